package dev.dlint.shell.expand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlint.text.GoQuote;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code $name}, {@code ${name}} and every {@code ${name<op>word}} operator, with BuildKit's messages. */
class ParameterExpansionTest {

    private static final ShellEnvironment ENV = ShellEnvironment.of(Map.of(
            "PWD", "/home",
            "SHELL", "bash",
            "NULL", "",
            "SPACED", "a  b"));

    private final ShellLexer lexer = ShellLexer.withDefaults();

    /** Input, environment, expected word, names found set, names found unset. */
    static Stream<Arguments> operatorCases() {
        Map<String, String> fooBar = Map.of("FOO", "xxx", "BAR", "");
        return Stream.of(
                cases("${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}", fooBar, "xxx  ccc", List.of("FOO", "BAR"), List.of("BAZ")),
                cases("${FOO:-aaa} ${BAR:-bbb} ${BAZ:-ccc}", fooBar, "xxx bbb ccc", List.of("FOO", "BAR"), List.of("BAZ")),
                cases("${FOO+aaa} ${BAR+bbb} ${BAZ+ccc}", fooBar, "aaa bbb ", List.of("FOO", "BAR"), List.of("BAZ")),
                cases("${FOO:+aaa} ${BAR:+bbb} ${BAZ:+ccc}", fooBar, "aaa  ", List.of("FOO", "BAR"), List.of("BAZ")),
                cases("${FOO?aaa}", fooBar, "xxx", List.of("FOO"), List.of()),
                cases("${BAR?bbb}", fooBar, "", List.of("BAR"), List.of()),
                cases("${FOO:?aaa}", fooBar, "xxx", List.of("FOO"), List.of()),
                cases("${FOO:-}", fooBar, "xxx", List.of("FOO"), List.of()),
                cases("${FOO:-}", Map.of(), "", List.of(), List.of("FOO")),
                cases("${FOO#()[]{\\}^$.\\*\\?|\\\\}", Map.of("FOO", "()[]{}^$.*?|\\x"), "x", List.of("FOO"), List.of()),
                cases("${FOO%%\\**}", Map.of("FOO", "xx**"), "xx", List.of("FOO"), List.of()),
                cases("${FOO#*x*y}", Map.of("FOO", "xxyy"), "y", List.of("FOO"), List.of()),
                cases("${FOO#*}", Map.of("FOO", "xxyy"), "xxyy", List.of("FOO"), List.of()),
                cases("${FOO#$BAR}", Map.of("FOO", "xxyy", "BAR", "x"), "xyy", List.of("BAR", "FOO"), List.of()),
                cases("${FOO#$BAR}", Map.of("FOO", "xxyy", "BAR", ""), "xxyy", List.of("BAR", "FOO"), List.of()),
                cases("${FOO#}", Map.of("FOO", "xxyy"), "xxyy", List.of("FOO"), List.of()),
                cases("${FOO##*x}", Map.of("FOO", "xxyy"), "yy", List.of("FOO"), List.of()),
                cases("${FOO##}", Map.of("FOO", "xxyy"), "xxyy", List.of("FOO"), List.of()),
                cases("${FOO#?\\?}", Map.of("FOO", "???y"), "?y", List.of("FOO"), List.of()),
                cases("${ABC:-.}${FOO%x}${ABC:-.}", Map.of("FOO", "xxyy"), ".xxyy.", List.of("FOO"), List.of("ABC")),
                cases("${FOO%%\\**\\*}", Map.of("FOO", "a***yy*"), "a", List.of("FOO"), List.of()),
                cases("${FOO%}", Map.of("FOO", "xxyy"), "xxyy", List.of("FOO"), List.of()),
                cases("${FOO%y*}", Map.of("FOO", "xxyy"), "xxy", List.of("FOO"), List.of()),
                cases("${FOO%%y*}", Map.of("FOO", "xxyy"), "xx", List.of("FOO"), List.of()),
                cases("${FOO%%$BAR}", Map.of("FOO", "xxyy", "BAR", ""), "xxyy", List.of("BAR", "FOO"), List.of()),
                cases("${FOO/$NEEDLE/.} - ${FOO//$NEEDLE/.}", Map.of("FOO", "/foo*/*/*.txt", "NEEDLE", "\\*/"),
                        "/foo.*/*.txt - /foo..*.txt", List.of("NEEDLE", "FOO"), List.of()),
                cases("${FOO/$NEEDLE/} - ${FOO//$NEEDLE/}", Map.of("FOO", "/tmp/tmp/bar.txt", "NEEDLE", "/tmp"),
                        "/tmp/bar.txt - /bar.txt", List.of("NEEDLE", "FOO"), List.of()),
                cases("${FOO/$NEEDLE/$R} - ${FOO//$NEEDLE/$R}",
                        Map.of("FOO", "/a/foo/b/c.txt", "NEEDLE", "/?/", "R", "/"),
                        "/foo/b/c.txt - /foo/c.txt", List.of("NEEDLE", "R", "FOO"), List.of()),
                cases("${FOO/$NEEDLE/$R}", Map.of("FOO", "http://google.de", "NEEDLE", "http://", "R", "https://"),
                        "https://google.de", List.of("NEEDLE", "R", "FOO"), List.of()),
                cases("${FOO//\\//\\/}", Map.of("FOO", "/tmp/foo.txt"), "\\/tmp\\/foo.txt", List.of("FOO"), List.of()),
                cases("${FOO/$BAR/ww}", Map.of("FOO", "xxyy", "BAR", ""), "wwxxyy", List.of("BAR", "FOO"), List.of()),
                cases("${FOO///}", Map.of("FOO", "xxyy"), "xxyy", List.of("FOO"), List.of()),
                cases("${FOO///}", Map.of(), "", List.of(), List.of("FOO")),
                cases("something-${V}.${OS}-${ARCH}${VARIANT:+-${VARIANT}}.tar.gz",
                        Map.of("V", "v1.2.3", "OS", "linux", "ARCH", "arm", "VARIANT", "v7"),
                        "something-v1.2.3.linux-arm-v7.tar.gz", List.of("V", "OS", "ARCH", "VARIANT"), List.of()),
                cases("something-${V}.${OS}-${ARCH}${VARIANT:+-${VARIANT}}.tar.gz",
                        Map.of("V", "v1.2.3", "OS", "linux", "ARCH", "arm64"),
                        "something-v1.2.3.linux-arm64.tar.gz", List.of("V", "OS", "ARCH"), List.of("VARIANT")));
    }

    private static Arguments cases(String input, Map<String, String> env, String expected,
            List<String> matched, List<String> unmatched) {
        return Arguments.of(input, env, expected, matched, unmatched);
    }

    @ParameterizedTest(name = "{0} with {1} → \"{2}\"")
    @MethodSource("operatorCases")
    void operators(String input, Map<String, String> env, String expected, List<String> matched,
            List<String> unmatched) throws ShellLexException {
        LexResult result = lexer.process(input, ShellEnvironment.of(env));

        assertThat(result.word()).isEqualTo(expected);
        assertThat(result.matched()).containsExactlyInAnyOrderElementsOf(matched);
        assertThat(result.unmatched()).containsExactlyInAnyOrderElementsOf(unmatched);
    }

    @ParameterizedTest(name = "{0} → \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '~', emptyValue = "", value = {
        "$PWD|/home",
        "${PWD}|/home",
        "x$PWD.y|x/home.y",
        "$pwd|~~",
        "$.|$.",
        "$|$",
        "a$|a$",
        "$1x|x",
        "${10}|~~",
        "$@$*$#$?$-$$$!$0|~~",
        "${#:-none}|none",
        "$SHELL_X|~~",
        "${SHELL}_X|bash_X",
        "${NULL-unset}|~~",
        "${NULL:-empty}|empty",
        "${NULL+set}|set",
        "${NULL:+nonempty}|~~",
        "${PWD:+${SHELL}}|bash",
        "${X:-${Y:-${PWD}}}|/home",
        "${X:-a}}|a}",
        "${X:-a {b}|a {b",
        "${X:-'}'}|}",
        "${X:-\"$PWD\"}|/home",
        "${PWD#/}|home",
        "${PWD%e}|/hom",
        "${PWD/o/0}|/h0me",
        "${SPACED// /_}|a__b",
    })
    void expandsSimpleAndBracedReferences(String input, String expected) throws ShellLexException {
        assertThat(lexer.processWord(input, ENV)).isEqualTo(expected);
    }

    @Test
    void namesUseUnicodeLettersAndDigits() throws ShellLexException {
        ShellEnvironment env = ShellEnvironment.of(Map.of("é_1", "letter", "٣", "digit", "1", "one"));

        assertThat(lexer.processWord("$é_1.", env)).isEqualTo("letter.");
        assertThat(lexer.processWord("$٣x", env)).isEqualTo("digitx");
        assertThat(lexer.processWord("$1x", env)).isEqualTo("onex");
    }

    @Test
    void specialParametersAreOneCharacterNames() throws ShellLexException {
        ShellEnvironment env = ShellEnvironment.of(Map.of("@", "at", "0", "zero", "00", "double zero"));

        assertThat(lexer.processWord("$@@", env)).isEqualTo("at@");
        assertThat(lexer.processWord("${@}", env)).isEqualTo("at");
        assertThat(lexer.processWord("$0", env)).isEqualTo("zero");
        assertThat(lexer.processWord("$00", env)).isEqualTo("double zero");
    }

    @Test
    void recordsEmptyNameOfOperatorWithoutName() throws ShellLexException {
        LexResult result = lexer.process("${+x}", ENV);

        assertThat(result.word()).isEmpty();
        assertThat(result.unmatched()).containsExactly("");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "${|syntax error: missing '}'",
        "a${|syntax error: missing '}'",
        "${}|syntax error: bad substitution",
        "${:}|syntax error: bad substitution",
        "${:-x}|syntax error: bad substitution",
        "${{x}|syntax error: bad substitution",
        "${.}|unsupported modifier (.) in substitution",
        "${PWD:=x}|unsupported modifier (:=) in substitution",
        "${PWD=x}|unsupported modifier (=) in substitution",
        "${PWD:x}|unsupported modifier (:x) in substitution",
        "${PWD:#x}|unsupported modifier (:#) in substitution",
        "${PWD:%x}|unsupported modifier (:%) in substitution",
        "${PWD:/x/y}|unsupported modifier (:/) in substitution",
        "${PWD:1:2}|unsupported modifier (:1) in substitution",
        "${PWD x}|unsupported modifier ( ) in substitution",
        "${PWD:-x|syntax error: missing '}'",
        "${PWD:-x${PWD}|syntax error: missing '}'",
        "${PWD:-'x|syntax error: missing '}'",
        "${PWD:-\"x|syntax error: missing '}'",
        "${PWD:|syntax error: missing '}'",
        "${PWD:=|syntax error: missing '}'",
        "${PWD/x|syntax error: missing '/' in ${}",
        "${PWD/|syntax error: missing '/' in ${}",
        "${PWD//x|syntax error: missing '/' in ${}",
        "${PWD/x/y|syntax error: missing '}'",
        "${PWD:-${SHELL/x|syntax error: missing '}'",
        "${PWD/${SHELL:-x|syntax error: missing '/' in ${}",
        "${PWD:-${|syntax error: missing '}'",
        "${X:-${Y?oops}}|Y: oops",
        "${X:-${Y?oops}|syntax error: missing '}'",
        "${X?}|X: is not allowed to be unset",
        "${X:?}|X: is not allowed to be unset",
        "${NULL:?}|NULL: is not allowed to be empty",
        "${X?must be set, $SHELL}|X: must be set, bash",
        "${NULL:?$PWD is here}|NULL: /home is here",
        "${PWD#a\\x}|invalid pattern (a\\x) in substitution: invalid escape '\\x'",
        "${PWD%a\\x}|invalid pattern (\\xa) in substitution: invalid escape '\\x'",
        "${PWD#'a\\'}|invalid pattern (a\\) in substitution: invalid escape '\\\uFFFD'",
        "${PWD%'a\\'}|invalid pattern (\\a) in substitution: invalid escape '\\a'",
        "${PWD/a\\x/y}|invalid pattern (a\\x) in substitution: invalid escape '\\x'",
    })
    void reportsBuildKitMessages(String input, String reason) {
        assertThatThrownBy(() -> lexer.processWord(input, ENV))
                .isInstanceOfSatisfying(ShellLexException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.input()).isEqualTo(input);
                    assertThat(e.getMessage()).isEqualTo("failed to process " + GoQuote.quote(input) + ": " + reason);
                });
    }

    @Test
    void closingBraceMissingAfterNameIsReportedAsUnsupportedModifierLikeBuildKit() {
        // BuildKit reads EOF as the modifier and prints it as U+FFFD.
        assertThatThrownBy(() -> lexer.processWord("he${PWD", ENV))
                .isInstanceOf(ShellLexException.class)
                .hasMessage("failed to process \"he${PWD\": unsupported modifier (\uFFFD) in substitution");
    }

    @Test
    void anUnsupportedModifierStillExpandsItsWordFirst() {
        assertThatThrownBy(() -> lexer.process("${PWD:=${NEW}}", ENV))
                .hasMessageEndingWith("unsupported modifier (:=) in substitution");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "$X|$X",
        "${X}|${X}",
        "a${X}b$PWD|a${X}b/home",
        "${X:-w}|${X:-w}",
        "${X-w}|${X-w}",
        "${X:+$Y}|${X:+$Y}",
        "${X:-$PWD}|${X:-/home}",
        "${X?m}|${X?m}",
        "${X:?}|${X:?}",
        "${X:=w}|${X:=w}",
        "${X#p*}|${X#p*}",
        "${X%%p}|${X%%p}",
        "${X/a/b}|${X/a/b}",
        "${X//a/b}|${X/a/b}",
        "${PWD:-w}|/home",
        "${NULL:-w}|w",
    })
    void skipUnsetEnvKeepsReferencesToUnsetVariables(String input, String expected) throws ShellLexException {
        ShellLexer keeping = new ShellLexer(LexerOptions.defaults().withSkipUnsetEnv(true));

        assertThat(keeping.processWord(input, ENV)).isEqualTo(expected);
    }

    @Test
    void skipUnsetEnvRecordsUnsetNames() throws ShellLexException {
        ShellLexer keeping = new ShellLexer(LexerOptions.defaults().withSkipUnsetEnv(true));

        LexResult result = keeping.process("$A ${B:-$C} $PWD", ENV);

        assertThat(result.matched()).containsExactly("PWD");
        assertThat(result.unmatched()).containsExactly("A", "C", "B");
    }

    @Test
    void patternOperatorsOnUnsetVariablesWorkOnTheEmptyString() throws ShellLexException {
        assertThat(lexer.processWord("[${X#*}][${X%%a}][${X//a/b}][${X/*/b}]", ENV)).isEqualTo("[][][][b]");
    }

    @Test
    void matchedAndUnmatchedSetsAreUnmodifiable() throws ShellLexException {
        Set<String> matched = lexer.process("$PWD", ENV).matched();

        assertThatThrownBy(() -> matched.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
