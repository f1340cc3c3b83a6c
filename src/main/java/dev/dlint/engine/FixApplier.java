package dev.dlint.engine;

import dev.dlint.rule.Fix;
import dev.dlint.rule.TextEdit;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applies fixes to a file's text, each whole or not at all. Fixes are taken in the order given (the engine's finding
 * order: position, then rule); a fix any of whose edits overlaps an edit already taken waits for the next pass, when
 * the file has been re-parsed and re-linted and the fix recomputed against the new text. So the outcome does not
 * depend on anything but the input, and no fix is ever half applied.
 *
 * <p>A fix names the file it edits ({@link Fix#target()}): {@link #apply(SourceText, List)} takes only the fixes of
 * the linted Dockerfile; those of another file (a {@code .dockerignore}) are applied to that file's text with
 * {@link #apply(SourceText, List, Optional)}, and are neither applied nor deferred by the other.
 */
public final class FixApplier {

    /** The new text, the fixes it contains and those that must wait for another pass. */
    public record Result(String text, List<Fix> applied, List<Fix> deferred) {
        public Result {
            applied = List.copyOf(applied);
            deferred = List.copyOf(deferred);
        }

        public boolean changed() {
            return !applied.isEmpty();
        }
    }

    private FixApplier() {
    }

    /** Applies the fixes that edit the linted Dockerfile. */
    public static Result apply(SourceText source, List<Fix> fixes) {
        return apply(source, fixes, Optional.empty());
    }

    /**
     * Applies the fixes whose target is {@code target} (empty: the linted Dockerfile) to {@code source}, that file's
     * text; the other fixes are left out.
     */
    public static Result apply(SourceText source, List<Fix> fixes, Optional<String> target) {
        List<Fix> applied = new ArrayList<>();
        List<Fix> deferred = new ArrayList<>();
        List<TextEdit> taken = new ArrayList<>();
        for (Fix fix : fixes) {
            if (!fix.target().equals(target)) {
                continue;
            }
            if (conflicts(fix, taken)) {
                deferred.add(fix);
            } else {
                applied.add(fix);
                taken.addAll(fix.edits());
            }
        }
        taken.sort(Comparator.comparing(TextEdit::range));
        StringBuilder out = new StringBuilder(source.text().length());
        int at = 0;
        for (TextEdit edit : taken) {
            int start = source.offset(edit.range().startLine(), edit.range().startColumn());
            int end = source.offset(edit.range().endLine(), edit.range().endColumn());
            out.append(source.text(), at, start).append(edit.replacement());
            at = end;
        }
        out.append(source.text(), at, source.text().length());
        return new Result(out.toString(), applied, deferred);
    }

    private static boolean conflicts(Fix fix, List<TextEdit> taken) {
        for (TextEdit edit : fix.edits()) {
            for (TextEdit other : taken) {
                if (TextEdit.overlap(edit, other)) {
                    return true;
                }
            }
        }
        return false;
    }
}
