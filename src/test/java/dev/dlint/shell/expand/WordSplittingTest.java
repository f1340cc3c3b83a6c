package dev.dlint.shell.expand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ShellLexer#processWords}: where words split and which part of the input each one covers. */
class WordSplittingTest {

    private static final ShellEnvironment ENV = ShellEnvironment.of(Map.of(
            "TWO", "1 2",
            "PADDED", " p ",
            "EMPTY", ""));

    private final ShellLexer lexer = ShellLexer.withDefaults();

    private static LexedWord word(String text, int start, int end) {
        return new LexedWord(text, start, end);
    }

    @Test
    void plainWordsCoverTheirCharacters() throws ShellLexException {
        assertThat(lexer.processWords("  ab c\t\tdef ", ENV))
                .containsExactly(word("ab", 2, 4), word("c", 5, 6), word("def", 8, 11));
    }

    @Test
    void quotedWordCoversItsQuotes() throws ShellLexException {
        assertThat(lexer.processWords("\"a b\" x'y z'", ENV))
                .containsExactly(word("a b", 0, 5), word("xy z", 6, 12));
    }

    @Test
    void escapedWhitespaceDoesNotSplit() throws ShellLexException {
        assertThat(lexer.processWords("a\\ b c", ENV)).containsExactly(word("a b", 0, 4), word("c", 5, 6));
    }

    @Test
    void expansionSplitsAfterExpandingAndEachPieceCoversTheWholeReference() throws ShellLexException {
        assertThat(lexer.processWords("x$TWO y", ENV))
                .containsExactly(word("x1", 0, 5), word("2", 1, 5), word("y", 6, 7));
        assertThat(lexer.processWords("a${PADDED}b", ENV))
                .containsExactly(word("a", 0, 1), word("p", 1, 10), word("b", 10, 11));
    }

    @Test
    void quotedExpansionDoesNotSplit() throws ShellLexException {
        assertThat(lexer.processWords("\"$TWO\"", ENV)).containsExactly(word("1 2", 0, 6));
    }

    @Test
    void nestedDefaultWordIsSplitAtTheTopLevel() throws ShellLexException {
        assertThat(lexer.processWords("${X:-a b}c", ENV)).containsExactly(word("a", 0, 9), word("bc", 0, 10));
    }

    @Test
    void emptyWordsAreDropped() throws ShellLexException {
        assertThat(lexer.processWords("'' \"\" $EMPTY x", ENV)).containsExactly(word("x", 13, 14));
    }

    @Test
    void emptyQuotesGlueToTheirWord() throws ShellLexException {
        assertThat(lexer.processWords("''x y\"\"", ENV)).containsExactly(word("x", 0, 3), word("y", 4, 7));
    }

    @Test
    void splitsOnGoWhitespaceOnly() throws ShellLexException {
        // U+00A0 is whitespace for Go but not for Character.isWhitespace; U+200B is neither.
        assertThat(lexer.process("a\u00A0b\u200Bc\u2003d", ENV).wordTexts())
                .containsExactly("a", "b\u200Bc", "d");
    }

    @Test
    void offsetsAreUtf16Indexes() throws ShellLexException {
        assertThat(lexer.processWords("😀 한국어", ENV)).containsExactly(word("😀", 0, 2), word("한국어", 3, 6));
    }

    @Test
    void singleWordKeepsTheSpacesThatSplittingRemoves() throws ShellLexException {
        LexResult result = lexer.process(" a  $TWO ", ENV);

        assertThat(result.word()).isEqualTo(" a  1 2 ");
        assertThat(result.wordTexts()).containsExactly("a", "1", "2");
    }
}
