package dev.dlint.shell.script;

import java.util.List;

/**
 * Commands joined by {@code |} or {@code |&}; a single command is a pipeline of one.
 *
 * @param negated   whether the pipeline starts with {@code !}
 * @param commands  at least one command
 * @param operators the {@code |} / {@code |&} between the commands; one fewer than {@code commands}
 */
public record Pipeline(int start, int end, boolean negated, List<Command> commands, List<Operator> operators) implements Node {
    public Pipeline {
        Ranges.check(start, end);
        commands = List.copyOf(commands);
        operators = List.copyOf(operators);
        if (commands.isEmpty() || operators.size() != commands.size() - 1) {
            throw new IllegalArgumentException(commands.size() + " commands need " + (commands.size() - 1) + " operators");
        }
    }
}
