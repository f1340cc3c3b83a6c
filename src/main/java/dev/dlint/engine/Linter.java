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
import java.util.Map;

/**
 * Lints a list of inputs in one process: files, directories searched for Dockerfiles, and {@code -} for standard
 * input. An input that cannot be read becomes a result with its reason; the others are still linted. Files are read in
 * batches, and ShellCheck runs once over the RUN scripts of a whole batch.
 */
public final class Linter {

    /** Larger inputs are refused rather than risking the memory of a pre-commit hook. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** Files read, and checked by one ShellCheck process, at a time. */
    static final int BATCH = 256;

    /** The rule whose scripts {@link Engine#prefetchShellCheck} checks ahead. */
    private static final String SHELLCHECK_RULE = "ShellCheck";

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
        List<Input> inputs = new ArrayList<>();
        for (String path : paths) {
            if (path.equals("-")) {
                inputs.add(new Stdin());
                continue;
            }
            Path p = Path.of(path);
            if (Files.isDirectory(p)) {
                try {
                    DockerfileFinder.find(p).forEach(file -> inputs.add(new FileInput(file)));
                } catch (IOException e) {
                    inputs.add(new Known(FileResult.unreadable(display(p), reason(e))));
                }
            } else {
                inputs.add(new FileInput(p));
            }
        }
        List<FileResult> results = new ArrayList<>();
        for (int from = 0; from < inputs.size(); from += BATCH) {
            results.addAll(lintBatch(inputs.subList(from, Math.min(inputs.size(), from + BATCH)), stdin, stdinName));
        }
        return results;
    }

    /** Reads a batch of inputs, runs ShellCheck over all their RUN scripts at once, then lints them one by one. */
    private List<FileResult> lintBatch(List<Input> batch, InputStream stdin, String stdinName) throws ConfigException {
        List<Input> read = new ArrayList<>();
        List<Map.Entry<String, byte[]>> shellChecked = new ArrayList<>();
        for (Input input : batch) {
            Input file = input instanceof Stdin ? readStdin(stdin, stdinName)
                    : input instanceof FileInput ? readFile(((FileInput) input).path()) : input;
            if (file instanceof Read && ((Read) file).config().runs(SHELLCHECK_RULE, true)) {
                shellChecked.add(Map.entry(((Read) file).name(), ((Read) file).bytes()));
            }
            read.add(file);
        }
        engine.prefetchShellCheck(shellChecked);
        List<FileResult> results = new ArrayList<>();
        for (Input file : read) {
            if (file instanceof Read) {
                Read r = (Read) file;
                results.add(r.standardInput() ? engine.lintStandardInput(r.name(), r.bytes(), r.config())
                        : engine.lint(r.name(), r.bytes(), r.config()));
            } else {
                results.add(((Known) file).result());
            }
        }
        return results;
    }

    /** One input on its way: to read from a file or stdin, read, or already known to be unreadable. */
    private sealed interface Input permits FileInput, Stdin, Read, Known {
    }

    private record FileInput(Path path) implements Input {
    }

    private record Stdin() implements Input {
    }

    /** A file or standard input read, with the configuration that applies to it. */
    private record Read(String name, byte[] bytes, Configuration config, boolean standardInput) implements Input {
    }

    private record Known(FileResult result) implements Input {
    }

    private Input readStdin(InputStream stdin, String name) throws ConfigException {
        Configuration config = configs.forFile(name.equals("-") ? null : Path.of(name));
        try {
            byte[] bytes = stdin.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                return new Known(FileResult.unreadable(name, "input is larger than " + MAX_FILE_BYTES + " bytes"));
            }
            return new Read(name, bytes, config, true);
        } catch (IOException e) {
            return new Known(FileResult.unreadable(name, reason(e)));
        }
    }

    private Input readFile(Path file) throws ConfigException {
        String name = display(file);
        Configuration config = configs.forFile(file);
        try {
            if (!Files.exists(file)) {
                return new Known(FileResult.unreadable(name, "no such file or directory"));
            }
            if (!Files.isRegularFile(file)) {
                return new Known(FileResult.unreadable(name, "not a regular file"));
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return new Known(FileResult.unreadable(name, "file is " + size + " bytes, larger than the "
                        + MAX_FILE_BYTES + "-byte limit"));
            }
            return new Read(name, Files.readAllBytes(file), config, false);
        } catch (IOException e) {
            return new Known(FileResult.unreadable(name, reason(e)));
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
