package dev.dlint.shell.script;

import java.util.List;

/**
 * A list of statements: a whole script, or the body of a compound command or command substitution.
 *
 * @param statements the statements in source order; empty for an empty body
 */
public record Script(int start, int end, List<Statement> statements) implements Node {
    public Script {
        Ranges.check(start, end);
        statements = List.copyOf(statements);
    }
}
