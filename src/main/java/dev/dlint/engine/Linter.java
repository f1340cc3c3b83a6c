package dev.dlint.engine;

import dev.dlint.config.ConfigException;
import dev.dlint.config.ConfigResolver;
import dev.dlint.config.Configuration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints a list of inputs in one process: files, directories searched for Dockerfiles, and {@code -} for standard
 * input. An input that cannot be read becomes a result with its reason; the others are still linted.
 */
public final class Linter {

    /** Larger inputs are refused rather than risking the memory of a pre-commit hook. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final Engine engine;
    private final ConfigResolver configs;

    public Linter(Engine engine, ConfigResolver configs) {
        this.engine = engine;
        this.configs = configs;
    }

    /**
     * @param paths        files, directories, or {@code -}
     * @param stdin        standard input, read for {@code -}
     * @param stdinName    the path to report for standard input
     * @throws ConfigException when a configuration file that applies is invalid
     */
    public List<FileResult> lint(List<String> paths, InputStream stdin, String stdinName) throws ConfigException {
        List<FileResult> results = new ArrayList<>();
        for (String path : paths) {
            if (path.equals("-")) {
                results.add(lintStdin(stdin, stdinName));
                continue;
            }
            Path p = Path.of(path);
            if (Files.isDirectory(p)) {
                try {
                    for (Path file : DockerfileFinder.find(p)) {
                        results.add(lintFile(file, display(file)));
                    }
                } catch (IOException e) {
                    results.add(FileResult.unreadable(display(p), reason(e)));
                }
            } else {
                results.add(lintFile(p, display(p)));
            }
        }
        return results;
    }

    private FileResult lintStdin(InputStream stdin, String name) throws ConfigException {
        Configuration config = configs.forFile(name.equals("-") ? null : Path.of(name));
        try {
            byte[] bytes = stdin.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                return FileResult.unreadable(name, "input is larger than " + MAX_FILE_BYTES + " bytes");
            }
            return engine.lintStandardInput(name, bytes, config);
        } catch (IOException e) {
            return FileResult.unreadable(name, reason(e));
        }
    }

    private FileResult lintFile(Path file, String name) throws ConfigException {
        Configuration config = configs.forFile(file);
        try {
            if (!Files.exists(file)) {
                return FileResult.unreadable(name, "no such file or directory");
            }
            if (!Files.isRegularFile(file)) {
                return FileResult.unreadable(name, "not a regular file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return FileResult.unreadable(name, "file is " + size + " bytes, larger than the " + MAX_FILE_BYTES
                        + "-byte limit");
            }
            return engine.lint(name, Files.readAllBytes(file), config);
        } catch (IOException e) {
            return FileResult.unreadable(name, reason(e));
        }
    }

    /** The path as the user wrote it, without a leading {@code ./}, with forward slashes. */
    static String display(Path path) {
        String s = path.normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
