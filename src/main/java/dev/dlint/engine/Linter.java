package dev.dlint.engine;

import dev.dlint.config.ConfigException;
import dev.dlint.config.ConfigResolver;
import dev.dlint.shellcheck.ShellCheckInput;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Lints a list of inputs in one process: files, directories searched for Dockerfiles, and {@code -} for standard
 * input. An input that cannot be read becomes a result with its reason; the others are still linted. Files are read in
 * batches, ShellCheck runs once over the RUN scripts of a whole batch, and the files of a batch are linted on every core,
 * their results kept in the order of the inputs.
 */
public final class Linter {

    /** Larger inputs are refused rather than risking the memory of a pre-commit hook. */
    public static final long MAX_FILE_BYTES = Inputs.MAX_FILE_BYTES;

    /** Files read, and checked by one ShellCheck process, at a time. */
    static final int BATCH = 256;

    /** The rule whose scripts are handed to ShellCheck for a whole batch ahead. */
    private static final String SHELLCHECK_RULE = Engine.SHELLCHECK_RULE;

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
        List<Inputs.Input> batch = new ArrayList<>();
        inputs.read(paths, stdin, stdinName, input -> {
            batch.add(input);
            if (batch.size() == BATCH) {
                results.addAll(lintBatch(batch));
                batch.clear();
            }
        });
        results.addAll(lintBatch(batch));
        return results;
    }

    /**
     * Lints a batch of read inputs on as many threads as there are cores, one file per task, with the results in the
     * order of the inputs: first the RUN scripts of every file are gathered and ShellCheck is started over all of them
     * at once, then the files are linted while it runs.
     */
    private List<FileResult> lintBatch(List<Inputs.Input> batch) throws ConfigException {
        int threads = Math.min(batch.size(), Runtime.getRuntime().availableProcessors());
        if (threads < 2) {
            List<FileResult> results = new ArrayList<>();
            for (Inputs.Input input : batch) {
                results.add(lintOne(input));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "dlint-lint");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<List<ShellCheckInput>>> scripts = new ArrayList<>();
            for (Inputs.Input input : batch) {
                if (input.bytes().isPresent() && input.config().runs(SHELLCHECK_RULE, true)) {
                    scripts.add(pool.submit(() -> engine.shellCheckInputs(input.name(), input.bytes().get())));
                }
            }
            List<ShellCheckInput> all = new ArrayList<>();
            for (Future<List<ShellCheckInput>> found : scripts) {
                all.addAll(found.get());
            }
            engine.shellChecker().start(all);
            List<Future<FileResult>> pending = new ArrayList<>();
            for (Inputs.Input input : batch) {
                pending.add(pool.submit(() -> lintOne(input)));
            }
            List<FileResult> results = new ArrayList<>();
            for (Future<FileResult> result : pending) {
                results.add(result.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while linting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ConfigException config) {
                throw config;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private FileResult lintOne(Inputs.Input input) throws ConfigException {
        if (input.error().isPresent()) {
            return FileResult.unreadable(input.name(), input.error().get());
        }
        if (input.isStdin()) {
            return engine.lintStandardInput(input.name(), input.bytes().get(), input.config());
        }
        return engine.lint(input.name(), input.bytes().get(), input.config());
    }

    /** The path as the user wrote it, without a leading {@code ./}, with forward slashes. */
    static String display(Path path) {
        return Inputs.display(path);
    }
}
