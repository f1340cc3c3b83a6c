package dev.dlint.shell.expand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Glob patterns and the trim/replace operations built on them, with Go regexp semantics. */
class PatternSubstitutionTest {

    @ParameterizedTest(name = "{0} reversed is {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "a\\*c|c\\*a",
        "\\\\\\ab|b\\a\\\\",
        "ab\\|\\ba",
        "👽\\🚀🖖|🖖\\🚀👽",
        "\\\\b|b\\\\",
    })
    void reversePatternKeepsEscapePairs(String pattern, String reversed) {
        assertThat(PatternSubstitution.reversePattern(pattern)).isEqualTo(reversed);
    }

    @Test
    void reverseWorksOnCodePoints() {
        assertThat(PatternSubstitution.reverse("🖖🚀👽")).isEqualTo("👽🚀🖖");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\", "\\x", "\\\\\\", "a\\#"})
    void rejectsInvalidEscapes(String pattern) {
        assertThatThrownBy(() -> GlobPattern.compile(pattern))
                .isInstanceOf(InvalidPatternException.class)
                .hasMessageStartingWith("invalid escape '\\");
    }

    @Test
    void escapedBraceAndSlashArePlainCharacters() throws InvalidPatternException {
        assertThat(GlobPattern.compile("a\\}\\/").matchAt("a}/", 0, false)).isEqualTo(3);
    }

    @Test
    void leadingByteOrderMarkOfPatternIsIgnored() throws InvalidPatternException {
        assertThat(GlobPattern.compile("\uFEFFa").matchAt("ab", 0, false)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} # {1} (longest={2}) → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "xxyy|*x*y|false|y",
        "xxyy|*x*y|true|~~",
        "xxyy|*|false|xxyy",
        "xxyy|*|true|~~",
        "xxyy|?|true|xyy",
        "abcabc|*b|false|cabc",
        "abcabc|*b|true|c",
        "abc|x*|true|abc",
        "abc|~~|true|abc",
    })
    void trimsPrefixes(String value, String pattern, boolean longest, String expected) throws InvalidPatternException {
        assertThat(PatternSubstitution.trimPrefix(value, pattern, longest)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} % {1} (longest={2}) → {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "file.tar.gz|.*|false|file.tar",
        "file.tar.gz|.*|true|file",
        "a***yy*|\\**\\*|true|a",
        "xx**|\\**|false|xx*",
        "abc|b|false|abc",
    })
    void trimsSuffixes(String value, String pattern, boolean longest, String expected) throws InvalidPatternException {
        assertThat(PatternSubstitution.trimSuffix(value, pattern, longest)).isEqualTo(expected);
    }

    @Test
    void wildcardsDoNotMatchNewlinesLikeGoDot() throws InvalidPatternException {
        assertThat(PatternSubstitution.trimPrefix("ab\ncd", "*", true)).isEqualTo("\ncd");
        assertThat(PatternSubstitution.trimPrefix("ab\ncd", "*c", true)).isEqualTo("ab\ncd");
        assertThat(PatternSubstitution.trimPrefix("ab\ncd", "ab?c", true)).isEqualTo("ab\ncd");
        assertThat(PatternSubstitution.trimPrefix("ab\ncd", "*\n*", true)).isEmpty();
        assertThat(PatternSubstitution.replaceAll("ab\ncd", "*", "x")).isEqualTo("x\nx");
    }

    @Test
    void replaceFirstTakesTheLeftmostLongestMatchLiterally() throws InvalidPatternException {
        assertThat(PatternSubstitution.replaceFirst("aXbXc", "X*", "$0-")).isEqualTo("a$0-");
        assertThat(PatternSubstitution.replaceFirst("aXbXc", "X?", "-")).isEqualTo("a-Xc");
        assertThat(PatternSubstitution.replaceFirst("abc", "z", "-")).isEqualTo("abc");
        assertThat(PatternSubstitution.replaceFirst("abc", "", "-")).isEqualTo("-abc");
    }

    @Test
    void replaceAllFollowsGoReplaceAllString() throws InvalidPatternException {
        assertThat(PatternSubstitution.replaceAll("abc", "", "-")).isEqualTo("-a-b-c-");
        assertThat(PatternSubstitution.replaceAll("a😀b", "", "-")).isEqualTo("-a-😀-b-");
        assertThat(PatternSubstitution.replaceAll("banana", "an", "AN")).isEqualTo("bANANa");
        assertThat(PatternSubstitution.replaceAll("baaac", "a", "x")).isEqualTo("bxxxc");
        assertThat(PatternSubstitution.replaceAll("baaac", "a*", "x")).isEqualTo("bx"); // a, then anything
        assertThat(PatternSubstitution.replaceAll("ab", "*", "x")).isEqualTo("x");
        assertThat(PatternSubstitution.replaceAll("ab", "?", "x")).isEqualTo("xx");
    }

    @ParameterizedTest(name = "template {0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "[$0]|a[b]c",
        "[${0}]|a[b]c",
        "$$|a$c",
        "$1|ac",
        "${name}|ac",
        "$00|ac",
        "$0x|ac",
        "$|a$c",
        "${0|a${0c",
        "$-|a$-c",
        "x\\$0|ax\\bc",
    })
    void replaceAllExpandsGoTemplates(String replacement, String expected) throws InvalidPatternException {
        assertThat(PatternSubstitution.replaceAll("abc", "b", replacement)).isEqualTo(expected);
    }

    @Test
    void invalidPatternMessagesNameThePatternBuildKitCompiled() {
        assertThatThrownBy(() -> PatternSubstitution.trimSuffix("v", "ab\\", false))
                .hasMessage("invalid pattern (\\ba) in substitution: invalid escape '\\b'");
        assertThatThrownBy(() -> PatternSubstitution.replaceAll("v", "a\\q", ""))
                .hasMessage("invalid pattern (a\\q) in substitution: invalid escape '\\q'");
    }
}
