package dev.dlint.shell.script;

import java.util.List;
import java.util.Objects;

/** {@code ( body )}: runs the body in a child shell, so {@code cd} or variable changes do not leak out. */
public record Subshell(int start, int end, Script body, List<Redirection> redirections) implements CompoundCommand {
    public Subshell {
        Ranges.check(start, end);
        Objects.requireNonNull(body, "body");
        redirections = List.copyOf(redirections);
    }
}
