package dev.dlint.engine;

import dev.dlint.config.ConfigException;
import dev.dlint.config.ConfigResolver;
import java.io.InputStream;
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
    public static final long MAX_FILE_BYTES = Inputs.MAX_FILE_BYTES;

    /** Files read, and checked by one ShellCheck process, at a time. */
    static final int BATCH = 256;

    /** The rule whose scripts {@link Engine#prefetchShellCheck} checks ahead. */
    private static final String SHELLCHECK_RULE = "ShellCheck";

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
     * @param notes        told of each file a directory search skipped because it is not text
     * @throws ConfigException when a configuration file that applies is invalid
     */
    public List<FileResult> lint(List<String> paths, InputStream stdin, String stdinName, Inputs.Notes notes)
            throws ConfigException {
        List<FileResult> results = new ArrayList<>();
        List<Inputs.Input> batch = new ArrayList<>();
        inputs.read(paths, stdin, stdinName, input -> {
            batch.add(input);
            if (batch.size() == BATCH) {
                results.addAll(lintBatch(batch));
                batch.clear();
            }
        }, notes);
        results.addAll(lintBatch(batch));
        return results;
    }

    /** Runs ShellCheck over all RUN scripts of a batch of read inputs at once, then lints them one by one. */
    private List<FileResult> lintBatch(List<Inputs.Input> batch) throws ConfigException {
        List<Map.Entry<String, byte[]>> shellChecked = new ArrayList<>();
        for (Inputs.Input input : batch) {
            if (input.bytes().isPresent() && input.config().runs(SHELLCHECK_RULE, true)) {
                shellChecked.add(Map.entry(input.name(), input.bytes().get()));
            }
        }
        engine.prefetchShellCheck(shellChecked);
        List<FileResult> results = new ArrayList<>();
        for (Inputs.Input input : batch) {
            if (input.error().isPresent()) {
                results.add(FileResult.unreadable(input.name(), input.error().get()));
            } else if (input.isStdin()) {
                results.add(engine.lintStandardInput(input.name(), input.bytes().get(), input.config()));
            } else {
                results.add(engine.lint(input.name(), input.bytes().get(), input.config()));
            }
        }
        return results;
    }

    /** The path as the user wrote it, without a leading {@code ./}, with forward slashes. */
    static String display(Path path) {
        return Inputs.display(path);
    }
}
