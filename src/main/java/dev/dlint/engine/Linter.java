package dev.dlint.engine;

import dev.dlint.config.ConfigException;
import dev.dlint.config.ConfigResolver;
import dev.dlint.shellcheck.ShellCheckInput;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** An input parsed (when it could be read) and the scripts ShellCheck is to check for it. */
    private record Prepared(Inputs.Input input, Optional<Engine.Parsed> parsed, List<ShellCheckInput> scripts) {
    }

    /**
     * Lints a batch of read inputs on as many threads as there are cores, one file per task, with the results in the
     * order of the inputs: first every file is parsed and its RUN scripts gathered, and ShellCheck is started over all
     * of them at once; then the files are linted from their parsed models while it runs.
     */
    private List<FileResult> lintBatch(List<Inputs.Input> batch) throws ConfigException {
        int threads = Math.min(batch.size(), Runtime.getRuntime().availableProcessors());
        if (threads < 2) {
            List<FileResult> results = new ArrayList<>();
            for (Inputs.Input input : batch) {
                results.add(lintOne(prepare(input, false)));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "dlint-lint");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Prepared>> preparing = new ArrayList<>();
            for (Inputs.Input input : batch) {
                preparing.add(pool.submit(() -> prepare(input, true)));
            }
            List<Prepared> prepared = new ArrayList<>();
            List<ShellCheckInput> scripts = new ArrayList<>();
            for (Future<Prepared> file : preparing) {
                prepared.add(file.get());
                scripts.addAll(file.get().scripts());
            }
            engine.shellChecker().start(scripts);
            List<Future<FileResult>> pending = new ArrayList<>();
            for (Prepared file : prepared) {
                pending.add(pool.submit(() -> lintOne(file)));
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

    /** Parses a readable input; with {@code withScripts}, also gathers its ShellCheck scripts (when the rule runs). */
    private Prepared prepare(Inputs.Input input, boolean withScripts) {
        if (input.bytes().isEmpty()) {
            return new Prepared(input, Optional.empty(), List.of());
        }
        Engine.Parsed parsed = engine.parse(input.name(), input.bytes().get());
        List<ShellCheckInput> scripts = withScripts && input.config().runs(SHELLCHECK_RULE, true)
                ? engine.shellCheckInputs(parsed) : List.of();
        return new Prepared(input, Optional.of(parsed), scripts);
    }

    private FileResult lintOne(Prepared file) throws ConfigException {
        Inputs.Input input = file.input();
        if (input.error().isPresent() || file.parsed().isEmpty()) {
            return FileResult.unreadable(input.name(), input.error().orElse("cannot be read"));
        }
        if (input.isStdin()) {
            return engine.lintStandardInput(file.parsed().get(), input.config());
        }
        return engine.lint(file.parsed().get(), input.config());
    }

    /** The path as the user wrote it, without a leading {@code ./}, with forward slashes. */
    static String display(Path path) {
        return Inputs.display(path);
    }
}
