package dev.dlint.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Spot checks of the Go library behaviour reproduced here ({@code filepath.Match}, {@code regexp},
 * {@code filepath.Clean}, {@code strings.TrimSpace}); each case was compared with Go's own result.
 */
class GoSemanticsTest {

    private static boolean re(String regex, String input) throws GoRegexp.SyntaxError {
        return GoRegexp.compile(regex).matches(input);
    }

    @Test
    void filepathMatch() {
        assertThat(GoGlob.match("a*/b", "abc/b")).isEqualTo(GoGlob.Result.MATCH);
        assertThat(GoGlob.match("a*/b", "a/c/b")).isEqualTo(GoGlob.Result.NO_MATCH);
        assertThat(GoGlob.match("a*b*c*d*e*/f", "axbxcxdxexxx/f")).isEqualTo(GoGlob.Result.MATCH);
        assertThat(GoGlob.match("a*b?c*x", "abxbbxdbxebxczzx")).isEqualTo(GoGlob.Result.MATCH);
        assertThat(GoGlob.match("a?b", "a☺b")).isEqualTo(GoGlob.Result.MATCH);
        assertThat(GoGlob.match("a???b", "a☺b")).isEqualTo(GoGlob.Result.NO_MATCH);
        assertThat(GoGlob.match("[a-ζ]*", "α")).isEqualTo(GoGlob.Result.MATCH);
        assertThat(GoGlob.match("[^a]", "/")).as("a negated class matches /").isEqualTo(GoGlob.Result.MATCH);
        assertThat(GoGlob.match("[!a]", "b")).as("! does not negate").isEqualTo(GoGlob.Result.NO_MATCH);
        assertThat(GoGlob.match("[\\]a]", "]")).isEqualTo(GoGlob.Result.MATCH);
        assertThat(GoGlob.match("[x-]", "x")).isEqualTo(GoGlob.Result.BAD_PATTERN);
        assertThat(GoGlob.match("[a-b-c]", "a")).isEqualTo(GoGlob.Result.BAD_PATTERN);
        assertThat(GoGlob.match("a[", "x")).as("reported even when the name does not match")
                .isEqualTo(GoGlob.Result.BAD_PATTERN);
        assertThat(GoGlob.match("x*[é", "a")).isEqualTo(GoGlob.Result.BAD_PATTERN);
        assertThat(GoGlob.match("[z-a]", "m")).as("no order check").isEqualTo(GoGlob.Result.NO_MATCH);
        assertThat(GoGlob.containsWildcards("a\\*b")).isFalse();
        assertThat(GoGlob.containsWildcards("a[b")).isTrue();
    }

    @Test
    void regexpSyntaxAndSemantics() throws GoRegexp.SyntaxError {
        assertThat(re("^[^/]*$", "a\nb")).as("a negated class matches a newline").isTrue();
        assertThat(re("^.*$", "a\nb")).as(". does not").isFalse();
        assertThat(re("^^foo$", "foo")).isTrue();
        assertThat(re("[[:alpha:]]", ":")).isFalse();
        assertThat(re("^[[:^digit:]]$", "a")).isTrue();
        assertThat(re("^\\Qa.\\E*$", "a..")).as("the star repeats the last quoted character").isTrue();
        assertThat(re("^\\Qa.\\E*$", "a")).isTrue();
        assertThat(re("^\\Qa.\\E*$", "a.a.")).isFalse();
        assertThat(re("^a{2,3}$", "aaa")).isTrue();
        assertThat(re("^a{2,3}$", "aaaa")).isFalse();
        assertThat(re("^a{2,}$", "aaaaa")).isTrue();
        assertThat(re("b{0}", "(")).isTrue();
        assertThat(re("^a{07}$", "a{07}")).as("a leading zero makes the brace literal").isTrue();
        assertThat(re("\\bfoo\\b", "a foo b")).isTrue();
        assertThat(re("\\Bfoo", "afoo")).isTrue();
        assertThat(re("^\\x41\\x{42}\\101$", "ABA")).isTrue();
        assertThat(re("^a*?b$", "aab")).isTrue();
        assertThatThrownBy(() -> GoRegexp.compile("a**")).hasMessageContaining("nested repetition");
        assertThatThrownBy(() -> GoRegexp.compile("*a")).hasMessageContaining("missing argument");
        assertThatThrownBy(() -> GoRegexp.compile("\\Q\\E*")).hasMessageContaining("missing argument");
        assertThatThrownBy(() -> GoRegexp.compile("[a")).hasMessageContaining("missing closing ]");
        assertThatThrownBy(() -> GoRegexp.compile("[[:foo:]]")).hasMessageContaining("invalid character class");
        assertThatThrownBy(() -> GoRegexp.compile("\\1")).hasMessageContaining("invalid escape");
        assertThatThrownBy(() -> GoRegexp.compile("a{1001}")).hasMessageContaining("invalid repeat count");
    }

    @Test
    void cleanAndTrim() {
        assertThat(GoText.clean("")).isEqualTo(".");
        assertThat(GoText.clean("a//b/./c/..")).isEqualTo("a/b");
        assertThat(GoText.clean("/../x")).isEqualTo("/x");
        assertThat(GoText.clean("../../x/")).isEqualTo("../../x");
        assertThat(GoText.clean("a /b/..")).isEqualTo("a ");
        assertThat(GoText.trimSpace("\u00A0\u2003 x \u0085")).isEqualTo("x");
        assertThat(GoText.trimSpace("\uFEFFx")).as("a BOM is not space").isEqualTo("\uFEFFx");
    }
}
