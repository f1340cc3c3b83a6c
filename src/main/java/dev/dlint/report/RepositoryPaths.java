package dev.dlint.report;

import dev.dlint.engine.FileResult;
import dev.dlint.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Makes reported paths relative to the repository root, with {@code /} separators, so every format names a file the
 * same way whatever the working directory (GitHub, GitLab and SonarQube resolve paths against the repository root).
 *
 * <p>The root is {@code --repo-root}, else the nearest folder at or above the working directory holding a
 * {@code .git} directory or file (what {@code git rev-parse --show-toplevel} prints, found without starting git),
 * else the working directory. A file is named by its real path (symlinks resolved) when that lies inside the root,
 * else by the path as given when that does; files outside the root keep their absolute path. {@code -} (standard
 * input without {@code --stdin-filename}) stays {@code -}.
 */
public final class RepositoryPaths {

    /** The name reported for standard input when no {@code --stdin-filename} was given. */
    public static final String STDIN = "-";

    private final Path root;
    private final Path realRoot;
    private final Path workingDirectory;

    private RepositoryPaths(Path root, Path workingDirectory) {
        this.root = root;
        this.realRoot = realPath(root);
        this.workingDirectory = workingDirectory;
    }

    /**
     * @param repoRoot         the root given on the command line, if any (relative to the working directory)
     * @param workingDirectory the absolute working directory
     */
    public static RepositoryPaths discover(Optional<Path> repoRoot, Path workingDirectory) {
        Path cwd = workingDirectory.toAbsolutePath().normalize();
        Path root = repoRoot.map(r -> cwd.resolve(r).normalize()).or(() -> findRepositoryRoot(cwd)).orElse(cwd);
        return new RepositoryPaths(root, cwd);
    }

    /** The nearest folder at or above {@code start} that holds {@code .git} (a directory, or a file in worktrees). */
    public static Optional<Path> findRepositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    public Path root() {
        return root;
    }

    /** The path to report for an input given as {@code path} (relative to the working directory, or absolute). */
    public String relativize(String path) {
        if (path.equals(STDIN)) {
            return STDIN;
        }
        Path given;
        try {
            given = workingDirectory.resolve(path).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return path.replace('\\', '/');
        }
        Path real = realPath(given);
        if (real.startsWith(realRoot)) {
            return slashes(realRoot.relativize(real));
        }
        if (given.startsWith(root)) {
            return slashes(root.relativize(given));
        }
        return slashes(real);
    }

    /** Whether a reported path lies outside the root (absolute), so it cannot be given relative to it. */
    public static boolean isOutsideRoot(String reportedPath) {
        return reportedPath.startsWith("/") || reportedPath.matches("^[A-Za-z]:/.*");
    }

    /**
     * The results with repository-relative paths (also for the other files findings name), sorted by path (stable, so inputs named twice keep their order):
     * every format then lists files in the same order, whatever order the inputs were given in.
     */
    public List<FileResult> apply(List<FileResult> results) {
        List<FileResult> mapped = new ArrayList<>(results.size());
        for (FileResult r : results) {
            List<Finding> findings = r.findings().stream().map(f -> f.withOtherFilesRenamed(this::relativize)).toList();
            mapped.add(new FileResult(relativize(r.path()), r.source(), findings, r.readError(), r.failureThreshold()));
        }
        mapped.sort(Comparator.comparing(FileResult::path));
        return mapped;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path;
        }
    }

    private static String slashes(Path path) {
        String s = path.toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}
