package dev.dlint.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BuildKit's did-you-mean: Levenshtein distance below 3, case-sensitive, no suggestion for an exact match. */
class DidYouMeanTest {

    @Test
    void suggestsTheClosestNameWithinTwoEdits() {
        assertThat(DidYouMean.among("BULIDPLATFORM", List.of("BUILDPLATFORM", "TARGETPLATFORM"))).contains("BUILDPLATFORM");
        assertThat(DidYouMean.among("MYARCH", List.of("MY_OS", "MY_ARCH"))).contains("MY_ARCH");
        assertThat(DidYouMean.among("DIR_ASSET", List.of("DIR_BINARIES", "DIR_ASSETS", "DIR_CONFIG"))).contains("DIR_ASSETS");
        assertThat(DidYouMean.among("PAHT", List.of("PATH", "HOME"))).contains("PATH");
    }

    @Test
    void noSuggestionWhenFarOffExactOrInAnotherCase() {
        assertThat(DidYouMean.among("version", List.of("tag"))).isEmpty();
        assertThat(DidYouMean.among("PATH", List.of("PATH", "PAT"))).isEmpty();
        assertThat(DidYouMean.among("path", List.of("PATH"))).isEmpty();
        assertThat(DidYouMean.among("x", List.of())).isEmpty();
    }

    @Test
    void tiesGoToTheFirstInSortedOrderAndDistanceIsLevenshtein() {
        assertThat(DidYouMean.among("ab", List.of("ac", "aa"))).contains("aa");
        assertThat(DidYouMean.distance("ab", "ba")).isEqualTo(2);
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
    }
}
