package dev.dlint.model;

import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.util.Objects;

/**
 * An argument as BuildKit's parser produced it (raw text for shell-form arguments, ENV/LABEL/ARG words and paths;
 * the decoded string for JSON elements), with the exact source range of every character where one exists.
 *
 * <p>Words can span continuation lines: {@link #range(int, int)} maps a sub-span of the text to its source range,
 * so a finding about part of a word (an image tag, a flag inside a shell command) points at exactly that part.
 * Decoded JSON strings map every sub-span to the whole JSON token.
 */
public final class Word {

    private final String text;
    private final SourceText source;
    private final int[] offsets; // source offset of each character, or null when the text is decoded
    private final int tokenStart;
    private final int tokenEnd;

    private Word(String text, SourceText source, int[] offsets, int tokenStart, int tokenEnd) {
        this.text = Objects.requireNonNull(text);
        this.source = source;
        this.offsets = offsets;
        this.tokenStart = tokenStart;
        this.tokenEnd = tokenEnd;
    }

    /** A word whose characters are source characters, one offset each. */
    public static Word mapped(String text, SourceText source, int[] offsets) {
        if (offsets.length != text.length()) {
            throw new IllegalArgumentException("one offset per character required");
        }
        int start = offsets.length == 0 ? 0 : offsets[0];
        int end = offsets.length == 0 ? 0 : offsets[offsets.length - 1] + 1;
        return new Word(text, source, offsets, start, end);
    }

    /** A word copied from a contiguous source span. */
    public static Word contiguous(SourceText source, int start, int end) {
        int[] offsets = new int[end - start];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = start + i;
        }
        return new Word(source.text().substring(start, end), source, offsets, start, end);
    }

    /** A decoded value (a JSON string) whose characters all map to the token {@code [start, end)}. */
    public static Word decoded(String text, SourceText source, int start, int end) {
        return new Word(text, source, null, start, end);
    }

    /** An empty word at an insertion point. */
    public static Word empty(SourceText source, int at) {
        return new Word("", source, new int[0], at, at);
    }

    public String text() {
        return text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Whether the text is exactly the source characters (false for decoded JSON strings). */
    public boolean isVerbatim() {
        return offsets != null;
    }

    public SourceRange range() {
        return source.range(tokenStart, tokenEnd);
    }

    /** Source range of {@code text[start, end)}. */
    public SourceRange range(int start, int end) {
        if (offsets == null || offsets.length == 0) {
            return range();
        }
        if (end <= start) {
            int at = start < offsets.length ? offsets[start] : offsets[offsets.length - 1] + 1;
            return source.range(at, at);
        }
        return source.range(offsets[start], offsets[end - 1] + 1);
    }

    /** The sub-word {@code text[start, end)}. */
    public Word sub(int start, int end) {
        if (offsets == null) {
            return new Word(text.substring(start, end), source, null, tokenStart, tokenEnd);
        }
        int[] part = java.util.Arrays.copyOfRange(offsets, start, end);
        if (part.length == 0) {
            int at = start < offsets.length ? offsets[start] : tokenEnd;
            return new Word("", source, part, at, at);
        }
        return new Word(text.substring(start, end), source, part, part[0], part[part.length - 1] + 1);
    }

    /** Source offset of the character at {@code index} (the token start for decoded words). */
    public int offsetOf(int index) {
        return offsets == null ? tokenStart : offsets[index];
    }

    /** Source offset of the first character (or the insertion point of an empty word). */
    public int sourceStart() {
        return tokenStart;
    }

    /** Source offset just past the last character. */
    public int sourceEnd() {
        return tokenEnd;
    }

    public SourceText source() {
        return source;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Word && ((Word) o).text.equals(text) && ((Word) o).tokenStart == tokenStart
                && ((Word) o).tokenEnd == tokenEnd;
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + tokenStart;
    }

    @Override
    public String toString() {
        return text;
    }
}
