package dev.dlint.shell.expand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Quote removal, the escape character and the options that change them. */
class QuotingAndEscapesTest {

    private static final ShellEnvironment ENV = ShellEnvironment.of(Map.of("PWD", "/home", "V", "a b"));

    private final ShellLexer lexer = ShellLexer.withDefaults();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "'a $PWD \\n'|a $PWD \\n",
        "\"a $PWD\"|a /home",
        "\"a\\\"b\"|a\"b",
        "\"a\\$PWD\"|a$PWD",
        "\"a\\\\b\"|a\\b",
        "\"a\\tb\"|a\\tb",
        "\"it's\"|it's",
        "'say \"hi\"'|say \"hi\"",
        "a\\$PWD|a$PWD",
        "a\\tb|atb",
        "a\\ b|a b",
        "a\\'b|a'b",
        "abc\\|abc",
        "abc\\\\|abc\\",
        "a''b|ab",
        "a\"\"b|ab",
    })
    void removesQuotesAndEscapes(String input, String expected) throws ShellLexException {
        assertThat(lexer.processWord(input, ENV)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
        "'abc|unexpected end of statement while looking for matching single-quote",
        "a'b|unexpected end of statement while looking for matching single-quote",
        "\"abc|unexpected end of statement while looking for matching double-quote",
        "\"abc\\\"|unexpected end of statement while looking for matching double-quote",
        "\"abc\\|unexpected end of statement while looking for matching double-quote",
        "\"$PWD|unexpected end of statement while looking for matching double-quote",
    })
    void unterminatedQuotesAreErrors(String input, String reason) {
        assertThatThrownBy(() -> lexer.processWord(input, ENV))
                .isInstanceOfSatisfying(ShellLexException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void errorMessageQuotesTheInputLikeGo() {
        assertThatThrownBy(() -> lexer.processWord("tab\there\n\"é", ENV))
                .hasMessage("failed to process \"tab\\there\\n\\\"é\": "
                        + "unexpected end of statement while looking for matching double-quote");
    }

    @Test
    void backtickEscapeReplacesBackslash() throws ShellLexException {
        ShellLexer windows = new ShellLexer(LexerOptions.defaults().withEscape('`'));

        assertThat(windows.processWord("C:\\dir\\$PWD", ENV)).isEqualTo("C:\\dir\\/home");
        assertThat(windows.processWord("a`$PWD` b", ENV)).isEqualTo("a$PWD b");
        assertThat(windows.processWord("\"a`\"b`$PWD``\\c\"", ENV)).isEqualTo("a\"b$PWD`\\c");
        assertThat(windows.processWord("\"a`tb\"", ENV)).isEqualTo("a`tb");
    }

    @Test
    void rejectsOtherEscapeCharacters() {
        assertThatThrownBy(() -> LexerOptions.defaults().withEscape('^'))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rawQuotesKeepQuotesButStillGroup() throws ShellLexException {
        ShellLexer raw = new ShellLexer(LexerOptions.defaults().withRawQuotes(true));

        assertThat(raw.process("'a b' \"$PWD x\" c", ENV).wordTexts())
                .containsExactly("'a b'", "\"/home x\"", "c");
        assertThat(raw.processWord("'$PWD'", ENV)).isEqualTo("'$PWD'");
    }

    @Test
    void rawEscapesKeepEscapeCharacters() throws ShellLexException {
        ShellLexer raw = new ShellLexer(LexerOptions.defaults().withRawEscapes(true));

        assertThat(raw.process("a\\ b c\\$PWD", ENV).wordTexts()).containsExactly("a\\ b", "c\\$PWD");
        assertThat(raw.processWord("abc\\", ENV)).isEqualTo("abc\\");
        assertThat(raw.processWord("\"q\\\"q\"", ENV)).isEqualTo("q\\\"q");
    }

    @Test
    void rawEscapesDoubleAnEscapeThatEscapesNothingInsideDoubleQuotes() throws ShellLexException {
        // BuildKit writes the raw escape and then the unescaped character, which is the escape again.
        ShellLexer raw = new ShellLexer(LexerOptions.defaults().withRawEscapes(true));

        assertThat(raw.processWord("\"a\\tb\"", ENV)).isEqualTo("a\\\\tb");
    }

    @Test
    void wordsOfPatternOperatorsKeepEscapesWhateverTheOption() throws ShellLexException {
        ShellEnvironment env = ShellEnvironment.of(Map.of("F", "a*b"));

        assertThat(lexer.processWord("${F#a\\*}", env)).isEqualTo("b");
        assertThat(lexer.processWord("${F:-a\\*}", ShellEnvironment.empty())).isEqualTo("a*");
    }

    @Test
    void defaultWordsOfRawLexerDropEscapes() throws ShellLexException {
        // The word of ${v:-w} is always read without raw escapes, even when the lexer keeps them.
        ShellLexer raw = new ShellLexer(LexerOptions.heredocDetection());

        assertThat(raw.processWord("${X:-a\\b}", ShellEnvironment.empty())).isEqualTo("${X:-ab}");
    }

    @Test
    void skipProcessQuotesTreatsQuotesAsPlainCharacters() throws ShellLexException {
        ShellLexer plain = new ShellLexer(LexerOptions.defaults().withSkipProcessQuotes(true));

        assertThat(plain.process("'a b' \"$PWD\"", ENV).wordTexts()).containsExactly("'a", "b'", "\"/home\"");
        assertThat(plain.processWord("'unbalanced", ENV)).isEqualTo("'unbalanced");
    }

    @Test
    void leadingByteOrderMarkIsIgnoredLikeGoTextScanner() throws ShellLexException {
        assertThat(lexer.process("\uFEFFab", ENV).words()).containsExactly(new LexedWord("ab", 1, 3));
        assertThat(lexer.processWord("a\uFEFFb", ENV)).isEqualTo("a\uFEFFb");
    }

    @Test
    void emptyInputGivesEmptyWordAndNoWords() throws ShellLexException {
        LexResult result = lexer.process("", ENV);

        assertThat(result.word()).isEmpty();
        assertThat(result.words()).isEmpty();
    }
}
