package dev.dlint.shell.script;

import java.util.Objects;

/**
 * One {@code if … then …} or {@code elif … then …} part of an {@link IfCommand}.
 *
 * @param condition the commands whose exit status is tested
 * @param body      the commands run when the condition succeeds
 */
public record IfBranch(int start, int end, Script condition, Script body) implements Node {
    public IfBranch {
        Ranges.check(start, end);
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(body, "body");
    }
}
