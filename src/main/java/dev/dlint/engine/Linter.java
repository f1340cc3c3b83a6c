package dev.dlint.engine;

import dev.dlint.config.ConfigException;
import dev.dlint.config.ConfigResolver;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints a list of inputs in one process: files, directories searched for Dockerfiles, and {@code -} for standard
 * input. An input that cannot be read becomes a result with its reason; the others are still linted.
 */
public final class Linter {

    /** Larger inputs are refused rather than risking the memory of a pre-commit hook. */
    public static final long MAX_FILE_BYTES = Inputs.MAX_FILE_BYTES;

    private final Engine engine;
    private final Inputs inputs;

    public Linter(Engine engine, ConfigResolver configs) {
        this.engine = engine;
        this.inputs = new Inputs(configs);
    }

    /**
     * @param paths        files, directories, or {@code -}
     * @param stdin        standard input, read for {@code -}
     * @param stdinName    the path to report for standard input
     * @throws ConfigException when a configuration file that applies is invalid
     */
    public List<FileResult> lint(List<String> paths, InputStream stdin, String stdinName) throws ConfigException {
        List<FileResult> results = new ArrayList<>();
        inputs.read(paths, stdin, stdinName, input -> results.add(input.error().isPresent()
                ? FileResult.unreadable(input.name(), input.error().get())
                : engine.lint(input.name(), input.bytes().get(), input.config())));
        return results;
    }

    /** The path as the user wrote it, without a leading {@code ./}, with forward slashes. */
    static String display(Path path) {
        return Inputs.display(path);
    }
}
