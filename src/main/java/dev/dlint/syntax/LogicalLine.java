package dev.dlint.syntax;

import dev.dlint.text.GoSpace;

/**
 * One instruction's logical line: its physical lines joined after removing line continuations, skipped comment and
 * blank lines inside them, and surrounding whitespace, exactly as BuildKit assembles it. Every character remembers
 * where it came from, so anything found in the logical line can be reported at its exact source position.
 */
public final class LogicalLine {

    private final String text;
    private final int[] sourceOffsets;

    LogicalLine(String text, int[] sourceOffsets) {
        this.text = text;
        this.sourceOffsets = sourceOffsets;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Source offset of the character at {@code index}. */
    public int sourceOffset(int index) {
        return sourceOffsets[index];
    }

    /** Source offset just past the character before {@code end} (an exclusive end); {@code end} must be positive. */
    public int sourceEnd(int end) {
        return sourceOffsets[end - 1] + 1;
    }

    /** Source offsets of {@code [start, end)}: an empty range maps to an insertion point. */
    public int[] sourceSpan(int start, int end) {
        if (end <= start) {
            int at = start < text.length() ? sourceOffsets[start] : sourceEnd(text.length());
            return new int[] {at, at};
        }
        return new int[] {sourceOffsets[start], sourceEnd(end)};
    }

    /** Builds a logical line from source segments. */
    static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[64];

        void append(String source, int start, int end) {
            int needed = text.length() + (end - start);
            if (needed > offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, Math.max(needed, offsets.length * 2));
            }
            for (int i = start; i < end; i++) {
                offsets[text.length()] = i;
                text.append(source.charAt(i));
            }
        }

        int length() {
            return text.length();
        }

        /** The line with Go's {@code strings.TrimSpace} applied, as BuildKit's {@code splitCommand} sees it. */
        LogicalLine buildTrimmed() {
            int start = GoSpace.skipSpace(text, 0, text.length());
            int end = GoSpace.trimEnd(text, start, text.length());
            return new LogicalLine(text.substring(start, end), java.util.Arrays.copyOfRange(offsets, start, end));
        }

        /** The untrimmed line, as BuildKit's heredoc detection and warnings see it. */
        String untrimmed() {
            return text.toString();
        }
    }
}
