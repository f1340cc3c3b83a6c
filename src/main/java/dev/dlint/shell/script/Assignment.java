package dev.dlint.shell.script;

import java.util.Objects;

/**
 * {@code name=value} (or bash's {@code name+=value}) before a command name, or alone.
 *
 * @param name   the variable's name
 * @param append whether {@code +=} was used
 * @param value  the value word; it has no parts when the value is empty ({@code A=})
 */
public record Assignment(int start, int end, String name, boolean append, Word value) implements Node {
    public Assignment {
        Ranges.check(start, end);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
