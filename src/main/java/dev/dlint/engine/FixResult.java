package dev.dlint.engine;

import java.util.List;
import java.util.Optional;

/**
 * What {@code dlint fix} did to one input.
 *
 * @param path      the path as reported
 * @param original  the bytes read
 * @param fixed     the bytes after the fixes (equal to {@code original} when nothing was fixed)
 * @param applied   the fixes in the result, in the order they were applied
 * @param refused   fixes that were tried and rolled back, with why
 * @param passes    how many lint-and-fix passes ran
 * @param converged false when fixes were still left after the last allowed pass
 * @param remaining the findings of the fixed text, as {@code dlint lint} reports them (or why the input could not
 *                  be read)
 */
public record FixResult(String path, Optional<byte[]> original, Optional<byte[]> fixed, List<AppliedFix> applied,
                        List<RefusedFix> refused, int passes, boolean converged, FileResult remaining) {

    /** A fix that is in the result. */
    public record AppliedFix(String rule, String description, boolean safe) {
    }

    /** A fix that was rolled back: applying it would have made the file worse. */
    public record RefusedFix(String rule, String description, String reason) {
    }

    public FixResult {
        applied = List.copyOf(applied);
        refused = List.copyOf(refused);
    }

    /** An input that could not be read: nothing was fixed. */
    static FixResult unreadable(FileResult result) {
        return new FixResult(result.path(), Optional.empty(), Optional.empty(), List.of(), List.of(), 0, true, result);
    }

    /** Whether the fixed bytes differ from the original ones. */
    public boolean changed() {
        return original.isPresent() && fixed.isPresent() && !java.util.Arrays.equals(original.get(), fixed.get());
    }

    /** The rules whose fixes were applied, each once, in the order of their first fix. */
    public List<String> fixedRules() {
        return applied.stream().map(AppliedFix::rule).distinct().toList();
    }
}
