package dev.dlint.engine;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds Dockerfiles below a directory: {@code Dockerfile}, {@code Containerfile}, {@code Dockerfile.*},
 * {@code *.Dockerfile}, {@code *.dockerfile} (and the Containerfile spellings), skipping version-control and
 * dependency folders and files that only carry such a name (ignore files, docs, templates).
 */
public final class DockerfileFinder {

    private static final Set<String> SKIPPED_DIRECTORIES = Set.of(".git", ".hg", ".svn", ".jj", "node_modules",
            ".venv", "__pycache__", ".terraform", ".idea");
    private static final Set<String> NOT_DOCKERFILES = Set.of("dockerignore", "md", "rst", "txt", "json", "yml",
            "yaml", "sh", "j2", "jinja", "jinja2", "tmpl", "tpl", "template", "orig", "bak", "swp", "py", "go");

    private DockerfileFinder() {
    }

    /** Whether a file name is a Dockerfile name. */
    public static boolean isDockerfileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        if (dot >= 0 && NOT_DOCKERFILES.contains(lower.substring(dot + 1))) {
            return false;
        }
        return lower.equals("dockerfile") || lower.equals("containerfile")
                || lower.startsWith("dockerfile.") || lower.startsWith("containerfile.")
                || lower.endsWith(".dockerfile") || lower.endsWith(".containerfile");
    }

    /** The Dockerfiles below {@code root}, sorted by path. */
    public static List<Path> find(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skip = !dir.equals(root) && SKIPPED_DIRECTORIES.contains(dir.getFileName().toString());
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && isDockerfileName(file.getFileName().toString())) {
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
