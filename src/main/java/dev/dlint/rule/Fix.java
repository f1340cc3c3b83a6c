package dev.dlint.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A suggested change to one file: edits on its original text that are applied together or not at all.
 *
 * @param description one line saying what the fix does ({@code Add --no-install-recommends})
 * @param safe        true when the build provably behaves the same (the image may only get smaller or the cache
 *                    better); {@code dlint fix} applies only safe fixes unless asked for unsafe ones
 * @param edits       non-overlapping edits, sorted by position
 * @param target      the file the edits apply to when it is not the linted Dockerfile (the build's
 *                    {@code .dockerignore}), named as the engine was given the paths; a file that does not exist
 *                    yet is taken as empty, so an insertion at 1:1 creates it
 */
public record Fix(String description, boolean safe, List<TextEdit> edits, Optional<String> target) {

    public Fix {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(target, "target");
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

    /** A fix of the linted Dockerfile. */
    public Fix(String description, boolean safe, List<TextEdit> edits) {
        this(description, safe, edits, Optional.empty());
    }

    public static Fix safe(String description, List<TextEdit> edits) {
        return new Fix(description, true, edits);
    }

    public static Fix unsafe(String description, List<TextEdit> edits) {
        return new Fix(description, false, edits);
    }

    /** The same edits applied to another file ({@code target}) instead of the linted Dockerfile. */
    public Fix inFile(String file) {
        return new Fix(description, safe, edits, Optional.of(file));
    }

    /** Whether the fix edits the linted Dockerfile (not another file). */
    public boolean editsDockerfile() {
        return target.isEmpty();
    }
}
