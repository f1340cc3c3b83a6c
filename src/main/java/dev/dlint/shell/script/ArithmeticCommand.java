package dev.dlint.shell.script;

import java.util.List;
import java.util.Objects;

/**
 * Bash's {@code (( expression ))}; the expression is kept as written and not parsed.
 *
 * @param expression the text between {@code ((} and {@code ))}
 */
public record ArithmeticCommand(int start, int end, String expression, List<Redirection> redirections) implements CompoundCommand {
    public ArithmeticCommand {
        Ranges.check(start, end);
        Objects.requireNonNull(expression, "expression");
        redirections = List.copyOf(redirections);
    }
}
