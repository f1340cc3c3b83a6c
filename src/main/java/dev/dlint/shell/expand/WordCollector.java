package dev.dlint.shell.expand;

import dev.dlint.text.GoSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the processed text of the whole input into words and remembers where each word came from.
 *
 * <p>Text that BuildKit adds "raw" (quoted strings, escaped characters, heredoc operators) never splits a
 * word; text added character by character (plain characters and {@code $} expansions) splits it at Go
 * whitespace. A word ends only when whitespace arrives, and empty words are dropped.
 */
final class WordCollector {

    private static final int NO_SPAN = -1;

    private final List<LexedWord> words = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int start = NO_SPAN;
    private int end = NO_SPAN;

    /** Adds a character that splits the word if it is whitespace; it came from input offsets [from, to). */
    void addChar(int codePoint, int from, int to) {
        if (GoSpace.isSpace(codePoint)) {
            endWord();
        } else {
            addRawChar(codePoint, from, to);
        }
    }

    /** Adds a character that belongs to the current word whatever it is. */
    void addRawChar(int codePoint, int from, int to) {
        current.appendCodePoint(codePoint);
        cover(from, to);
    }

    /** Adds expanded text, splitting at its whitespace; all of it came from input offsets [from, to). */
    void addString(String text, int from, int to) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            addChar(codePoint, from, to);
        }
    }

    /** Adds text that belongs to the current word whatever it contains. */
    void addRawString(String text, int from, int to) {
        current.append(text);
        cover(from, to);
    }

    /** Ends the last word and returns all words. */
    List<LexedWord> finish() {
        endWord();
        return List.copyOf(words);
    }

    private void cover(int from, int to) {
        if (start == NO_SPAN) {
            start = from;
            end = to;
        } else {
            start = Math.min(start, from);
            end = Math.max(end, to);
        }
    }

    private void endWord() {
        if (current.length() > 0) {
            words.add(new LexedWord(current.toString(), start, end));
            current.setLength(0);
        }
        // Input that contributed no text (such as '') before the whitespace is not part of the next word.
        start = NO_SPAN;
        end = NO_SPAN;
    }
}
