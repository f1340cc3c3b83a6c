package dev.dlint.rule;

import dev.dlint.text.SourceRange;
import java.util.Objects;

/** Replace the text in {@code range} with {@code replacement}; an empty range inserts, an empty replacement deletes. */
public record TextEdit(SourceRange range, String replacement) {

    public TextEdit {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(replacement, "replacement");
    }

    public static TextEdit insert(SourceRange at, String text) {
        return new TextEdit(at.start(), text);
    }

    public static TextEdit delete(SourceRange range) {
        return new TextEdit(range, "");
    }

    /**
     * Whether two edits cannot both be applied: their ranges share characters, or both insert at the same point
     * (the order of the inserted texts would be arbitrary). An insertion at the boundary of a replaced range is fine.
     */
    public static boolean overlap(TextEdit a, TextEdit b) {
        SourceRange first = a.range.compareTo(b.range) <= 0 ? a.range : b.range;
        SourceRange second = first == a.range ? b.range : a.range;
        boolean firstEmpty = isEmpty(first);
        boolean secondEmpty = isEmpty(second);
        if (firstEmpty && secondEmpty) {
            return samePoint(first, second);
        }
        int order = compare(first.endLine(), first.endColumn(), second.startLine(), second.startColumn());
        return order > 0;
    }

    private static boolean isEmpty(SourceRange r) {
        return r.startLine() == r.endLine() && r.startColumn() == r.endColumn();
    }

    private static boolean samePoint(SourceRange a, SourceRange b) {
        return a.startLine() == b.startLine() && a.startColumn() == b.startColumn();
    }

    private static int compare(int line1, int column1, int line2, int column2) {
        return line1 != line2 ? Integer.compare(line1, line2) : Integer.compare(column1, column2);
    }
}
