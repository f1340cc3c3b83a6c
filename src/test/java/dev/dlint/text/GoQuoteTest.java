package dev.dlint.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Go text primitives: {@code strconv.Quote}, {@code unicode.IsSpace} and {@code string(rune)}. */
class GoQuoteTest {

    @ParameterizedTest(name = "U+{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "0000|\\x00",
        "001B|\\x1b",
        "007F|\\x7f",
        "0007|\\a",
        "000B|\\v",
        "0085|\\u0085",
        "00A0|\\u00a0",
        "00AD|\\u00ad",
        "200B|\\u200b",
        "200D|\\u200d",
        "2003|\\u2003",
        "3000|\\u3000",
        "2028|\\u2028",
        "FEFF|\\ufeff",
        "E000|\\ue000",
        "E0001|\\U000e0001",
        "10FFFF|\\U0010ffff",
        "00E9|é",
        "1F600|😀",
        "2665|♥",
        "0301|\u0301",
        "FFFD|\uFFFD",
        "0020|~ ~",
    })
    void quotesLikeStrconvQuote(String hex, String expectedInside) {
        String text = Character.toString(Integer.parseInt(hex, 16));

        assertThat(GoQuote.quote(text)).isEqualTo("\"" + expectedInside + "\"");
    }

    @Test
    void quotesQuotesBackslashesAndLoneSurrogates() {
        assertThat(GoQuote.quote("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\n\"");
        assertThat(GoQuote.quote("x\uD800")).isEqualTo("\"x\\xed\\xa0\\x80\"");
    }

    @Test
    void isSpaceFollowsGo() {
        "\t\n\u000B\f\r \u0085\u00A0\u1680\u2000\u200A\u2028\u2029\u202F\u205F\u3000".chars()
                .forEach(c -> assertThat(GoSpace.isSpace(c)).as("U+%04X", c).isTrue());
        "\u001C\u001F\u200B\u180E\uFEFFa".chars()
                .forEach(c -> assertThat(GoSpace.isSpace(c)).as("U+%04X", c).isFalse());
    }
}
