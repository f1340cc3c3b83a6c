package dev.dlint.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A suggested change to the file: edits on the original text that are applied together or not at all.
 *
 * @param description one line saying what the fix does ({@code Add --no-install-recommends})
 * @param safe        true when the build provably behaves the same (the image may only get smaller or the cache
 *                    better); {@code dlint fix} applies only safe fixes unless asked for unsafe ones
 * @param edits       non-overlapping edits, sorted by position
 */
public record Fix(String description, boolean safe, List<TextEdit> edits) {

    public Fix {
        Objects.requireNonNull(description, "description");
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparing(TextEdit::range));
        for (int i = 1; i < sorted.size(); i++) {
            TextEdit previous = sorted.get(i - 1);
            TextEdit next = sorted.get(i);
            if (TextEdit.overlap(previous, next)) {
                throw new IllegalArgumentException("overlapping edits in one fix: " + previous.range() + " and "
                        + next.range());
            }
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a fix needs at least one edit");
        }
        edits = List.copyOf(sorted);
    }

    public static Fix safe(String description, List<TextEdit> edits) {
        return new Fix(description, true, edits);
    }

    public static Fix unsafe(String description, List<TextEdit> edits) {
        return new Fix(description, false, edits);
    }
}
