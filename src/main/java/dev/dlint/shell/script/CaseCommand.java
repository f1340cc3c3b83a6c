package dev.dlint.shell.script;

import java.util.List;
import java.util.Objects;

/**
 * {@code case subject in pattern) … ;; esac}.
 *
 * @param subject the word matched against the patterns
 */
public record CaseCommand(int start, int end, Word subject, List<CaseItem> items, List<Redirection> redirections)
        implements CompoundCommand {
    public CaseCommand {
        Ranges.check(start, end);
        Objects.requireNonNull(subject, "subject");
        items = List.copyOf(items);
        redirections = List.copyOf(redirections);
    }
}
