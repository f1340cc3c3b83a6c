package dev.dlint.shell.script;

import java.util.List;
import java.util.Objects;

/** <code>{ body; }</code>: groups commands in the current shell. */
public record BraceGroup(int start, int end, Script body, List<Redirection> redirections) implements CompoundCommand {
    public BraceGroup {
        Ranges.check(start, end);
        Objects.requireNonNull(body, "body");
        redirections = List.copyOf(redirections);
    }
}
