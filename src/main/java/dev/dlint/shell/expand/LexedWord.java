package dev.dlint.shell.expand;

/**
 * One word produced by {@link ShellLexer#processWords}, with the part of the input it came from.
 *
 * <p>The span runs from the first to the last input character that contributed to the word. A quoted
 * string, an escape pair, a {@code $} expansion and a heredoc operator each count as one unit, so a
 * word made partly from an expansion covers the whole {@code $…} text, and two words produced by
 * splitting one expansion share its span. Offsets are UTF-16 indexes into the input string.
 *
 * @param text  the word after quote removal and expansion
 * @param start offset of the first character of the word in the input (inclusive)
 * @param end   offset just past the last character of the word in the input (exclusive)
 */
public record LexedWord(String text, int start, int end) {

    /** Validates the span. */
    public LexedWord {
        if (text == null) {
            throw new NullPointerException("text");
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
