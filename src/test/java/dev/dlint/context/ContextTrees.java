package dev.dlint.context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds context directories for tests: {@code "dir/"} makes a directory, anything else a file. */
final class ContextTrees {

    private ContextTrees() {
    }

    /** Creates each path under {@code root}; a file's content is its own path unless given as {@code path=content}. */
    static Path create(Path root, String... paths) throws IOException {
        for (String spec : paths) {
            int eq = spec.indexOf('=');
            String path = eq < 0 ? spec : spec.substring(0, eq);
            Path target = root.resolve(path);
            if (path.endsWith("/")) {
                Files.createDirectories(target);
                continue;
            }
            Files.createDirectories(target.getParent());
            Files.writeString(target, eq < 0 ? path : spec.substring(eq + 1), StandardCharsets.UTF_8);
        }
        return root;
    }

    static void link(Path root, String link, String target) throws IOException {
        Path p = root.resolve(link);
        Files.createDirectories(p.getParent());
        Files.createSymbolicLink(p, Path.of(target));
    }

    static DockerIgnore ignore(String text) {
        try {
            return DockerIgnore.parse(text, ".dockerignore");
        } catch (DockerIgnoreException e) {
            throw new AssertionError(e);
        }
    }

    static BuildContext walk(Path root, String ignoreText) throws IOException {
        return BuildContext.walk(root, ignore(ignoreText), Limits.defaults());
    }

    /** Whether the tests run as root, which reads every file whatever its permissions. */
    static boolean permissionsAreIgnored(Path dir) throws IOException {
        Path probe = dir.resolve(".probe");
        Files.writeString(probe, "x");
        try {
            probe.toFile().setReadable(false, false);
            return Files.isReadable(probe);
        } finally {
            probe.toFile().setReadable(true, false);
            Files.delete(probe);
        }
    }
}
