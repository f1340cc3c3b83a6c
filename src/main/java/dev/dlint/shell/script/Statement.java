package dev.dlint.shell.script;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An and-or list: pipelines joined by {@code &&} or {@code ||}, optionally ended by {@code ;}, {@code &} or a newline.
 * The range covers the pipelines, not the terminator.
 *
 * @param pipelines  at least one pipeline
 * @param operators  the {@code &&} / {@code ||} between the pipelines; one fewer than {@code pipelines}
 * @param terminator the {@code ;}, {@code &} or newline that ends the statement, if any
 */
public record Statement(int start, int end, List<Pipeline> pipelines, List<Operator> operators, Optional<Operator> terminator)
        implements Node {
    public Statement {
        Ranges.check(start, end);
        pipelines = List.copyOf(pipelines);
        operators = List.copyOf(operators);
        Objects.requireNonNull(terminator, "terminator");
        if (pipelines.isEmpty() || operators.size() != pipelines.size() - 1) {
            throw new IllegalArgumentException(pipelines.size() + " pipelines need " + (pipelines.size() - 1) + " operators");
        }
    }

    /** Whether the statement is started in the background ({@code cmd &}). */
    public boolean isBackground() {
        return terminator.map(t -> t.kind() == Connector.BACKGROUND).orElse(false);
    }
}
