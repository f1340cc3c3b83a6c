package dev.dlint.shell.script;

import java.util.List;
import java.util.Objects;

/**
 * {@code while condition; do body; done}, or {@code until …} when {@code until} is set.
 *
 * @param until whether the loop runs until the condition succeeds rather than while it does
 */
public record WhileLoop(int start, int end, boolean until, Script condition, Script body, List<Redirection> redirections)
        implements CompoundCommand {
    public WhileLoop {
        Ranges.check(start, end);
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(body, "body");
        redirections = List.copyOf(redirections);
    }
}
