package dev.dlint.shell.script;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code if … then … elif … then … else … fi}.
 *
 * @param branches the {@code if} branch followed by the {@code elif} branches; at least one
 * @param elseBody the {@code else} part, if written
 */
public record IfCommand(int start, int end, List<IfBranch> branches, Optional<Script> elseBody, List<Redirection> redirections)
        implements CompoundCommand {
    public IfCommand {
        Ranges.check(start, end);
        branches = List.copyOf(branches);
        Objects.requireNonNull(elseBody, "elseBody");
        redirections = List.copyOf(redirections);
        if (branches.isEmpty()) {
            throw new IllegalArgumentException("an if command needs a branch");
        }
    }
}
