package dev.dlint.engine;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds Dockerfiles below a directory by the names Docker users give them: {@code Dockerfile}, {@code Dockerfile.*},
 * {@code Dockerfile-*}, {@code Dockerfile_*}, {@code *.Dockerfile}, {@code *.dockerfile} and the same with
 * {@code Containerfile}; not files that only carry such a name (ignore files, docs, templates, scripts). It skips
 * version-control and dependency folders and whatever Git ignores. The pre-commit hooks select files with the same
 * two patterns ({@code .pre-commit-hooks.yaml}; PreCommitHooksTest keeps them equal).
 */
public final class DockerfileFinder {

    /** The names, as in the hooks' {@code files} pattern (applied there to the path, here to the file name). */
    public static final String NAME_PATTERN =
            "^([Dd]ocker|[Cc]ontainer)file([._-][^/]*)?$|\\.([Dd]ocker|[Cc]ontainer)file$";
    /** Names that match {@link #NAME_PATTERN} but are not Dockerfiles, as in the hooks' {@code exclude} pattern. */
    public static final String EXCLUDE_PATTERN =
            "\\.(dockerignore|md|rst|txt|json|ya?ml|sh|j2|jinja2?|tmpl|tpl|template|orig|bak|swp|py|go)$";
    /** How the names are described to users. */
    public static final String NAMES_DESCRIPTION = "Dockerfile, Dockerfile.*, Dockerfile-*, Dockerfile_*, *.Dockerfile,"
            + " *.dockerfile, Containerfile*";

    private static final Pattern NAME = Pattern.compile(NAME_PATTERN);
    private static final Pattern EXCLUDE = Pattern.compile(EXCLUDE_PATTERN);
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".hg", ".svn", ".jj", "node_modules",
            ".venv", "__pycache__", ".terraform", ".idea");

    private DockerfileFinder() {
    }

    /** Whether a file name is a Dockerfile name. */
    public static boolean isDockerfileName(String name) {
        return NAME.matcher(name).find() && !EXCLUDE.matcher(name).find();
    }

    /** The Dockerfiles below {@code root}, sorted by path. */
    public static List<Path> find(Path root) throws IOException {
        GitIgnoredPaths gitIgnored = GitIgnoredPaths.below(root);
        // A directory named on the command line is searched even when Git ignores it; only what is below it counts.
        boolean filter = !gitIgnored.ignores(root);
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) {
                    return FileVisitResult.CONTINUE;
                }
                boolean skip = SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
                        || filter && gitIgnored.ignores(dir);
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isDockerfileName(file.getFileName().toString())
                        && !(filter && gitIgnored.ignores(file))) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }
}
