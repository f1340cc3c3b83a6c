package dev.dlint.context;

/**
 * How BuildKit resolves a {@code COPY}/{@code ADD} source against the context it received.
 *
 * <p>Verified in BuildKit's code: the Dockerfile frontend copies with {@code AllowWildcard} and
 * {@code AllowEmptyWildcard}, so a wildcard that matches nothing copies nothing and the build goes on (only the
 * legacy builder fails, with "no source files were specified"); a non-wildcard source that is missing fails the
 * build when the cache key is computed ({@code "/x": not found}); a wildcard whose leading directory is missing
 * fails ({@code lstat ... no such file or directory}).
 */
public enum CopyOutcome {
    /** The source exists; its files are selected (possibly none, for an empty directory). */
    SELECTED(false),
    /**
     * A wildcard (or the pattern of a {@code --parents} source) matched nothing: BuildKit copies nothing and goes
     * on; the legacy builder fails with "no source files were specified".
     */
    NOTHING_MATCHED(false),
    /** A source without wildcards is not in the context (missing, or excluded by {@code .dockerignore}). */
    NOT_FOUND(true),
    /** The directory before the first wildcard is not in the context. */
    WILDCARD_BASE_NOT_FOUND(true),
    /** More than 255 symlinks on the way to the source. */
    SYMLINK_LOOP(true),
    /** An {@code --exclude} pattern that BuildKit rejects. */
    INVALID_PATTERN(true),
    /** A URL or git source: not taken from the context. */
    REMOTE(false),
    /** The context snapshot is truncated: the answer is unknown and callers should stay silent. */
    UNKNOWN(false);

    private final boolean failsBuild;

    CopyOutcome(boolean failsBuild) {
        this.failsBuild = failsBuild;
    }

    /** Whether BuildKit fails the build on this source. */
    public boolean failsBuild() {
        return failsBuild;
    }
}
