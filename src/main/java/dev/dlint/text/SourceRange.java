package dev.dlint.text;

/**
 * A half-open range of source text: lines are 1-based, columns are 1-based UTF-16 code units, and the end column
 * is one past the last character (SARIF's convention). An empty range ({@code start == end}) marks an insertion point.
 */
public record SourceRange(int startLine, int startColumn, int endLine, int endColumn) implements Comparable<SourceRange> {

    public SourceRange {
        if (startLine < 1 || startColumn < 1 || endLine < startLine || (endLine == startLine && endColumn < startColumn)) {
            throw new IllegalArgumentException("invalid range " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
        }
    }

    /** The range covering a whole single line of the given length. */
    public static SourceRange ofLine(int line, int length) {
        return new SourceRange(line, 1, line, length + 1);
    }

    /** The smallest range that contains both ranges. */
    public SourceRange union(SourceRange other) {
        SourceRange first = compareTo(other) <= 0 ? this : other;
        boolean thisEndsLater = endLine > other.endLine || (endLine == other.endLine && endColumn >= other.endColumn);
        SourceRange last = thisEndsLater ? this : other;
        return new SourceRange(first.startLine, first.startColumn, last.endLine, last.endColumn);
    }

    /** An empty range at the start of this one. */
    public SourceRange start() {
        return new SourceRange(startLine, startColumn, startLine, startColumn);
    }

    public boolean contains(SourceRange other) {
        boolean startsBefore = startLine < other.startLine || (startLine == other.startLine && startColumn <= other.startColumn);
        boolean endsAfter = endLine > other.endLine || (endLine == other.endLine && endColumn >= other.endColumn);
        return startsBefore && endsAfter;
    }

    @Override
    public int compareTo(SourceRange o) {
        if (startLine != o.startLine) {
            return Integer.compare(startLine, o.startLine);
        }
        if (startColumn != o.startColumn) {
            return Integer.compare(startColumn, o.startColumn);
        }
        if (endLine != o.endLine) {
            return Integer.compare(endLine, o.endLine);
        }
        return Integer.compare(endColumn, o.endColumn);
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
    }
}
