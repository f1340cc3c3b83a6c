package dev.dlint.shell.expand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * How the lexer treats {@code <<}, which decides where BuildKit's parser finds heredoc markers.
 *
 * <p>BuildKit's parser lexes a whole {@code RUN}/{@code COPY}/{@code ADD} line with raw quotes, raw
 * escapes and unset variables kept, then matches every word against {@code ^(\d*)<<(-?)\s*([^<]*)$}.
 * Older {@code lex.go} versions (including the newest one in the source index used for this port) split
 * {@code << EOF} into {@code <<} and {@code EOF}. moby/buildkit#5817 (BuildKit 0.22, March 2025) added
 * {@code processPossibleHeredoc}: an unquoted {@code <<} keeps the spaces, tabs and carriage returns after
 * it, and the regular expression gained its {@code \s*}. The word therefore keeps the blanks: it is
 * {@code "<< EOF"}, not {@code "<<EOF"}. Only blanks directly after {@code <<} are absorbed, so
 * {@code <<- EOF} is still two words and no heredoc.
 */
class HeredocGluingTest {

    private final ShellLexer lineLexer = new ShellLexer(LexerOptions.heredocDetection());

    private static LexedWord word(String text, int start, int end) {
        return new LexedWord(text, start, end);
    }

    @Test
    void spaceAfterHeredocOperatorStaysInTheWord() throws ShellLexException {
        assertThat(lineLexer.processWords("RUN cat << EOF > /f", ShellEnvironment.empty())).containsExactly(
                word("RUN", 0, 3), word("cat", 4, 7), word("<< EOF", 8, 14), word(">", 15, 16), word("/f", 17, 19));
    }

    @Test
    void tabsAndCarriageReturnsAreGluedToo() throws ShellLexException {
        assertThat(lineLexer.process("<< \t\r'EOF' x", ShellEnvironment.empty()).words())
                .containsExactly(word("<< \t\r'EOF'", 0, 10), word("x", 11, 12));
    }

    @Test
    void otherWhitespaceIsNotGlued() throws ShellLexException {
        assertThat(lineLexer.process("<<\u000BEOF <<\nEOF", ShellEnvironment.empty()).wordTexts())
                .containsExactly("<<", "EOF", "<<", "EOF");
    }

    @Test
    void chompingOperatorWithSpaceStaysTwoWords() throws ShellLexException {
        assertThat(lineLexer.processWords("RUN <<- EOF", ShellEnvironment.empty()))
                .containsExactly(word("RUN", 0, 3), word("<<-", 4, 7), word("EOF", 8, 11));
    }

    @Test
    void ungluedFormsAreUnchanged() throws ShellLexException {
        assertThat(lineLexer.process("<<EOF <<-EOF 3<<EOF <<\"EOF\" < EOF <<<EOF", ShellEnvironment.empty())
                .wordTexts())
                .containsExactly("<<EOF", "<<-EOF", "3<<EOF", "<<\"EOF\"", "<", "EOF", "<<<EOF");
    }

    @Test
    void thirdAngleBracketIsNotAHeredocOperator() throws ShellLexException {
        assertThat(lineLexer.process("<<< EOF", ShellEnvironment.empty()).wordTexts()).containsExactly("<<<", "EOF");
    }

    @Test
    void blanksAtTheEndOfTheLineStayInTheLastWord() throws ShellLexException {
        assertThat(lineLexer.processWords("COPY <<  ", ShellEnvironment.empty()))
                .containsExactly(word("COPY", 0, 4), word("<<  ", 5, 9));
    }

    @Test
    void quotedOrEscapedOperatorIsNotGlued() throws ShellLexException {
        assertThat(lineLexer.process("\"<< EOF\" \\<< EOF", ShellEnvironment.empty()).wordTexts())
                .containsExactly("\"<< EOF\"", "\\<<", "EOF");
    }

    @Test
    void unsetVariableAfterOperatorIsKeptInTheWord() throws ShellLexException {
        assertThat(lineLexer.process("<< $EOF", ShellEnvironment.empty()).wordTexts()).containsExactly("<< $EOF");
    }

    @Test
    void gluingAppliesWhateverTheOptionsAndDoesNotChangeTheSingleWord() throws ShellLexException {
        ShellLexer plain = ShellLexer.withDefaults();

        assertThat(plain.process("cat << EOF", ShellEnvironment.empty()).wordTexts()).containsExactly("cat", "<< EOF");
        assertThat(plain.processWord("cat <<  EOF", ShellEnvironment.empty())).isEqualTo("cat <<  EOF");
    }

    @Test
    void unbalancedQuoteAnywhereFailsTheWholeLine() {
        // BuildKit then finds no heredoc at all on the line.
        assertThatThrownBy(() -> lineLexer.processWords("RUN <<EOF echo 'x", ShellEnvironment.empty()))
                .isInstanceOf(ShellLexException.class);
    }
}
