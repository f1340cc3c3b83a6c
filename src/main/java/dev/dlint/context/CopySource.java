package dev.dlint.context;

import java.util.List;
import java.util.Objects;

/**
 * One {@code COPY}/{@code ADD} source as the Dockerfile gives it, after variable expansion.
 *
 * @param source relative to the context ({@code "."}, {@code "src/"}, {@code "*.json"}, {@code "a/./b"} with
 *     {@code --parents})
 * @param excludes the {@code --exclude} patterns, in order
 * @param parents whether {@code --parents} is given
 */
public record CopySource(String source, List<String> excludes, boolean parents) {

    public CopySource {
        Objects.requireNonNull(source, "source");
        excludes = List.copyOf(excludes);
    }

    /** A plain source without flags. */
    public static CopySource of(String source) {
        return new CopySource(source, List.of(), false);
    }

    public CopySource withExcludes(String... patterns) {
        return new CopySource(source, List.of(patterns), parents);
    }

    public CopySource withParents() {
        return new CopySource(source, excludes, true);
    }
}
