package dev.dlint.shell.script;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One {@code pattern|pattern) body ;;} item of a {@link CaseCommand}.
 *
 * @param patterns   the patterns, at least one unless the input was malformed
 * @param terminator {@code ";;"}, or bash's {@code ";&"} / {@code ";;&"}; empty for a last item closed by {@code esac}
 */
public record CaseItem(int start, int end, List<Word> patterns, Script body, Optional<String> terminator) implements Node {
    public CaseItem {
        Ranges.check(start, end);
        patterns = List.copyOf(patterns);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(terminator, "terminator");
    }
}
