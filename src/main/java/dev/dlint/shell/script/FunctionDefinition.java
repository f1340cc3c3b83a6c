package dev.dlint.shell.script;

import java.util.Objects;

/**
 * {@code name() compound-command}, or bash's {@code function name { … }}. The body runs only when the function is called.
 *
 * @param name the function's name
 * @param body the function body, with its redirections
 */
public record FunctionDefinition(int start, int end, String name, CompoundCommand body) implements Command {
    public FunctionDefinition {
        Ranges.check(start, end);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }
}
