package dev.dlint.context;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@code COPY}/{@code ADD} source takes from the context.
 *
 * @param source the source as given
 * @param outcome how BuildKit resolves it
 * @param entries the files, symlinks and special files copied, in path order (directories are implied)
 * @param totals the regular files among {@code entries} and their bytes
 * @param excludedBy for {@link CopyOutcome#NOT_FOUND}: the {@code .dockerignore} pattern that kept the source out
 *     of the context, when that is why it is missing
 * @param detail a short explanation for messages, empty when there is nothing to add
 */
public record CopySelection(String source, CopyOutcome outcome, List<ContextEntry> entries, FileTotals totals,
        Optional<IgnorePattern> excludedBy, String detail) {

    public CopySelection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outcome, "outcome");
        entries = List.copyOf(entries);
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(excludedBy, "excludedBy");
        Objects.requireNonNull(detail, "detail");
    }

    static CopySelection of(String source, CopyOutcome outcome, String detail) {
        return new CopySelection(source, outcome, List.of(), FileTotals.ZERO, Optional.empty(), detail);
    }

    /** The selected entries' paths, in order (convenient in tests and messages). */
    public List<String> paths() {
        return entries.stream().map(ContextEntry::path).toList();
    }

    /** The {@code n} largest groups of the selected files by first path segment. */
    public List<SizeGroup> largestGroups(int n) {
        return SizeGroup.largest(entries, n);
    }
}
