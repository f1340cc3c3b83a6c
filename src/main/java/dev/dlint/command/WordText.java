package dev.dlint.command;

import dev.dlint.shell.script.LiteralPart;
import dev.dlint.shell.script.Word;
import dev.dlint.shell.script.WordPart;

/**
 * A word's value after quote removal ({@link Word#unquoted()}), with where each character came from, so that a piece of
 * the value ({@code y} of {@code -yq}) can be given exact offsets. A part whose text is not a verbatim copy of the source (a
 * backslash escape, or a node the parser collapsed onto an enclosing range) maps each of its characters to the part's
 * whole range.
 */
final class WordText {
    private final Word word;
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final boolean[] literal;

    private WordText(Word word) {
        this.word = word;
        StringBuilder value = new StringBuilder();
        for (WordPart part : word.parts()) {
            value.append(part.unquoted());
        }
        this.text = value.toString();
        this.starts = new int[text.length()];
        this.ends = new int[text.length()];
        this.literal = new boolean[text.length()];
        int at = 0;
        for (WordPart part : word.parts()) {
            String piece = part.unquoted();
            boolean verbatim = part.end() - part.start() == piece.length();
            for (int k = 0; k < piece.length(); k++) {
                starts[at] = verbatim ? part.start() + k : part.start();
                ends[at] = verbatim ? part.start() + k + 1 : part.end();
                literal[at] = part instanceof LiteralPart;
                at++;
            }
        }
    }

    static WordText of(Word word) {
        return new WordText(word);
    }

    Word word() {
        return word;
    }

    String text() {
        return text;
    }

    /** The source range of the characters {@code [from, to)} of {@link #text()}. */
    Span span(int from, int to) {
        if (text.isEmpty()) {
            return new Span(word.start(), word.end());
        }
        if (from >= to) {
            int at = from < text.length() ? starts[from] : ends[text.length() - 1];
            return new Span(at, at);
        }
        return new Span(starts[from], Math.max(starts[from], ends[to - 1]));
    }

    /** The whole word's range, quotes included. */
    Span whole() {
        return new Span(word.start(), word.end());
    }

    /** Whether the characters {@code [from, to)} all come from literal text (no expansion). */
    boolean isLiteral(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!literal[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the first character is literal text, so that a leading {@code -} really is a dash and not an expansion's value. */
    boolean startsLiterally() {
        return !text.isEmpty() && literal[0];
    }
}
