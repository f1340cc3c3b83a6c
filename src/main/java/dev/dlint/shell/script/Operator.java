package dev.dlint.shell.script;

import java.util.Objects;

/**
 * An operator that joins or ends commands, with its position.
 *
 * @param kind which operator; never {@link Connector#NONE}
 */
public record Operator(Connector kind, int start, int end) implements Node {
    public Operator {
        Objects.requireNonNull(kind, "kind");
        Ranges.check(start, end);
    }
}
