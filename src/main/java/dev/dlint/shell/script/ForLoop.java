package dev.dlint.shell.script;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code for name in words; do body; done}.
 *
 * @param variable the loop variable's name; empty when it was missing
 * @param items    the words after {@code in}; empty when there is no {@code in} (the loop then runs over {@code "$@"})
 */
public record ForLoop(int start, int end, String variable, Optional<List<Word>> items, Script body, List<Redirection> redirections)
        implements CompoundCommand {
    public ForLoop {
        Ranges.check(start, end);
        Objects.requireNonNull(variable, "variable");
        items = items.map(List::copyOf);
        Objects.requireNonNull(body, "body");
        redirections = List.copyOf(redirections);
    }
}
