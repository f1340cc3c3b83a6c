package dev.dlint.facts;

import dev.dlint.context.BuildContext;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The build context one Dockerfile is linted against: the directory, the ignore file BuildKit would use, and a
 * snapshot of what the build sends, taken on first use and shared by every Dockerfile of the run that uses the same
 * directory and ignore file. When the context cannot be known ({@link #problem()}: an ignore file BuildKit rejects,
 * a directory that cannot be walked, a walk cut short by its limits) rules that need it stay silent.
 */
public final class ContextFacts {

    /** A snapshot, or why there is none. */
    record Walk(Optional<BuildContext> snapshot, Optional<String> failure) {
    }

    private final String directory;
    private final Optional<IgnoreFile> ignoreFile;
    private final Optional<String> ignoreProblem;
    private final Supplier<Walk> walker;
    private Walk walk;

    ContextFacts(String directory, Optional<IgnoreFile> ignoreFile, Optional<String> ignoreProblem,
            Supplier<Walk> walker) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.ignoreFile = Objects.requireNonNull(ignoreFile, "ignoreFile");
        this.ignoreProblem = Objects.requireNonNull(ignoreProblem, "ignoreProblem");
        this.walker = Objects.requireNonNull(walker, "walker");
    }

    /** The context directory as reports name it ({@code .}, {@code app}). */
    public String directory() {
        return directory;
    }

    /** The ignore file the build uses, when there is one and BuildKit accepts it. */
    public Optional<IgnoreFile> ignoreFile() {
        return ignoreFile;
    }

    /**
     * The snapshot of the context, walked on first use; empty when the ignore file is invalid (BuildKit fails
     * before sending anything) or the directory cannot be walked.
     */
    public Optional<BuildContext> snapshot() {
        if (ignoreProblem.isPresent()) {
            return Optional.empty();
        }
        if (walk == null) {
            walk = walker.get();
        }
        return walk.snapshot();
    }

    /**
     * Why the context cannot be known, if so: an ignore file BuildKit rejects, a directory that cannot be walked,
     * or a walk that hit its limits. Walks the context when that has not happened yet.
     */
    public Optional<String> problem() {
        if (ignoreProblem.isPresent()) {
            return ignoreProblem;
        }
        Optional<BuildContext> snapshot = snapshot();
        if (snapshot.isEmpty()) {
            return walk.failure();
        }
        return snapshot.get().truncation().map(t -> "the walk of the context stopped: " + t.detail());
    }

    /** The snapshot when the context is fully known: no problem, not truncated. */
    public Optional<BuildContext> known() {
        return problem().isPresent() ? Optional.empty() : snapshot();
    }
}
