package dev.dlint.engine;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The paths below a directory that Git ignores ({@code .gitignore}, {@code .git/info/exclude}, the global excludes
 * file), as {@code git ls-files --others --ignored --exclude-standard --directory} lists them: an ignored directory
 * is one entry, so its contents are never walked. Outside a Git work tree, or without git, nothing is ignored.
 */
final class GitIgnoredPaths {

    private static final long TIMEOUT_SECONDS = 30;

    private final Set<Path> ignored;

    private GitIgnoredPaths(Set<Path> ignored) {
        this.ignored = ignored;
    }

    /** The ignored paths below {@code root}; none when {@code root} is not in a Git work tree or git cannot run. */
    static GitIgnoredPaths below(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        if (!insideWorkTree(absolute)) {
            return new GitIgnoredPaths(Set.of());
        }
        byte[] listing = listIgnored(absolute);
        Set<Path> ignored = new HashSet<>();
        for (String entry : new String(listing, StandardCharsets.UTF_8).split("\u0000")) {
            String name = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
            if (!name.isEmpty()) {
                ignored.add(absolute.resolve(name).normalize());
            }
        }
        return new GitIgnoredPaths(ignored);
    }

    /** Whether Git ignores this file or directory (a path below {@code root}). */
    boolean ignores(Path path) {
        return !ignored.isEmpty() && ignored.contains(path.toAbsolutePath().normalize());
    }

    /** Looks for a {@code .git} directory or file upwards, without starting git. */
    private static boolean insideWorkTree(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve(".git"))) {
                return true;
            }
        }
        return false;
    }

    /** git's listing, or nothing when git is missing, fails or takes too long. */
    private static byte[] listIgnored(Path root) {
        ProcessBuilder builder = new ProcessBuilder("git", "-c", "core.quotePath=false", "-C", root.toString(),
                "ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory")
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new byte[0];
        }
        try (InputStream in = process.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return new byte[0];
            }
            return out.toByteArray();
        } catch (IOException e) {
            process.destroyForcibly();
            return new byte[0];
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return new byte[0];
        }
    }
}
