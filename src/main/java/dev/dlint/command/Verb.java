package dev.dlint.command;

import java.util.List;
import java.util.Objects;

/**
 * A package-manager command of a given {@link OperationKind}: a subcommand path ({@code [install]}, {@code [group,
 * install]}, or empty for a bare {@code yarn}), or for Maven and Gradle a goal or task named among the operands.
 *
 * @param kind what the command does
 * @param path the canonical subcommand path; empty for the bare tool (which then must have no operand and not ask for
 *             its version or help) or a goal
 * @param goal a goal/task prefix to find among the operands ({@code dependency:go-offline}); empty for a subcommand
 */
public record Verb(OperationKind kind, List<String> path, String goal) {
    public Verb {
        Objects.requireNonNull(kind, "kind");
        path = List.copyOf(path);
        Objects.requireNonNull(goal, "goal");
    }

    /** Whether {@code invocation}, whose path (front included) is {@code invocationPath}, is this command. */
    public boolean matches(Invocation invocation, List<String> invocationPath) {
        if (!goal.isEmpty()) {
            return invocation.operands().stream().anyMatch(o -> o.text().equals(goal) || o.text().startsWith(goal + "@"));
        }
        if (path.isEmpty()) {
            return invocationPath.isEmpty() && invocation.operands().isEmpty() && !asksForInformation(invocation);
        }
        return invocationPath.equals(path);
    }

    /** {@code yarn --version}, {@code bundle -v}, {@code yarn --help}: the bare tool prints something and does nothing else. */
    private static boolean asksForInformation(Invocation invocation) {
        return invocation.options().stream().map(Option::spelled)
                .anyMatch(o -> o.equals("--version") || o.equals("-v") || o.equals("--help") || o.equals("-h"));
    }
}
