package dev.dlint.shellcheck;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * ShellCheck for one dlint run: finds the executable once, runs it over many scripts per process and keeps the results,
 * so that scripts gathered for a batch of files ({@link #prefetch}) cost one process per dialect (one per core when
 * there are many), and a file's rule then finds its scripts' results ready. Remembers, for one note on stderr, that a script went unchecked because ShellCheck
 * is missing, or that a run failed. Thread-safe.
 */
public final class ShellChecker {

    /** The install command the note about a missing ShellCheck gives. */
    public static final String INSTALL = "apt-get install shellcheck (Debian, Ubuntu), brew install shellcheck (macOS)";

    /** At most this many scripts per process, which keeps the command line far below the system's limit. */
    private static final int FILES_PER_PROCESS = 2000;

    /** Fewer scripts than this per core run in one process: starting another would cost more than it saves. */
    private static final int SCRIPTS_PER_CORE = 50;

    /** Results kept for scripts not asked for again yet; the oldest are dropped beyond this. */
    private static final int CACHED_SCRIPTS = 50_000;

    private final Optional<Path> executable;
    private final Map<ShellCheckInput, List<ShellCheckComment>> cache = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<ShellCheckInput, List<ShellCheckComment>> eldest) {
            return size() > CACHED_SCRIPTS;
        }
    };
    /** Processes started ahead ({@link #start}) whose results are not in the cache yet, and their inputs. */
    private final List<ShellCheckRun> pending = new ArrayList<>();
    private final Set<ShellCheckInput> pendingInputs = new HashSet<>();
    private boolean missed;
    private String failure;
    private int processes;

    private ShellChecker(Optional<Path> executable) {
        this.executable = Objects.requireNonNull(executable, "executable");
    }

    /** The {@code shellcheck} found on {@code PATH}, or an absent checker. */
    public static ShellChecker onPath() {
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                for (String name : List.of("shellcheck", "shellcheck.exe")) {
                    Path candidate = Path.of(dir).resolve(name);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return new ShellChecker(Optional.of(candidate));
                    }
                }
            }
        }
        return absent();
    }

    /** A checker that never runs ShellCheck (tests, and runs that must not depend on it). */
    public static ShellChecker absent() {
        return new ShellChecker(Optional.empty());
    }

    /** ShellCheck at a known path. */
    public static ShellChecker at(Path executable) {
        return new ShellChecker(Optional.of(executable));
    }

    /** Whether there is an executable to run. */
    public boolean available() {
        return executable.isPresent();
    }

    /** Checks {@code inputs} ahead of the rule that asks for them, in as few processes as possible. */
    public void prefetch(Collection<ShellCheckInput> inputs) {
        start(inputs);
    }

    /**
     * Starts ShellCheck on those of {@code inputs} not checked or started yet, without waiting for it: the process runs
     * while the caller does other work, and {@link #check} later collects its results.
     */
    public synchronized void start(Collection<ShellCheckInput> inputs) {
        if (executable.isEmpty() || failure != null || inputs.isEmpty()) {
            return;
        }
        Map<Dialect, List<ShellCheckInput>> missing = new LinkedHashMap<>();
        for (ShellCheckInput input : new LinkedHashSet<>(inputs)) {
            if (!cache.containsKey(input) && pendingInputs.add(input)) {
                missing.computeIfAbsent(input.dialect(), d -> new ArrayList<>()).add(input);
            }
        }
        try {
            for (Map.Entry<Dialect, List<ShellCheckInput>> group : missing.entrySet()) {
                for (List<ShellCheckInput> part : split(group.getValue())) {
                    processes++;
                    pending.add(ShellCheckRun.start(executable.get(), group.getKey(), part));
                }
            }
        } catch (IOException e) {
            fail(e);
        }
    }

    /**
     * Waits for the processes started ahead that no check has collected yet (a file whose ShellCheck rule did not run
     * after all) and keeps their results, so that no process or script directory outlives the file that started it.
     */
    public synchronized void settle() {
        if (failure == null) {
            collectPending();
        }
    }

    /** Waits for the processes started ahead and keeps their results; false (and a failure noted) when one failed. */
    private boolean collectPending() {
        try {
            while (!pending.isEmpty()) {
                ShellCheckRun run = pending.get(0);
                run.results().forEach((input, comments) -> cache.put(input, List.copyOf(comments)));
                pending.remove(0);
            }
            pendingInputs.clear();
            return true;
        } catch (IOException | ShellCheckFailure e) {
            fail(e);
            return false;
        }
    }

    private void fail(Exception e) {
        pending.forEach(ShellCheckRun::abandon);
        pending.clear();
        pendingInputs.clear();
        failure = executable.get() + " " + (e instanceof IOException ? "could not be run: " : "") + e.getMessage();
    }

    /**
     * ShellCheck's comments on each input, from the results kept or from new runs (one process per dialect for the
     * inputs not yet checked); empty when ShellCheck is missing or failed, which {@link #notes()} then tells.
     */
    public synchronized Optional<Map<ShellCheckInput, List<ShellCheckComment>>> check(Collection<ShellCheckInput> inputs) {
        if (inputs.isEmpty()) {
            return Optional.of(Map.of());
        }
        if (executable.isEmpty()) {
            missed = true;
            return Optional.empty();
        }
        if (failure != null || !collectPending()) {
            return Optional.empty();
        }
        Map<Dialect, List<ShellCheckInput>> missing = new LinkedHashMap<>();
        for (ShellCheckInput input : new LinkedHashSet<>(inputs)) {
            if (!cache.containsKey(input)) {
                missing.computeIfAbsent(input.dialect(), d -> new ArrayList<>()).add(input);
            }
        }
        List<ShellCheckRun> runs = new ArrayList<>();
        try {
            for (Map.Entry<Dialect, List<ShellCheckInput>> group : missing.entrySet()) {
                for (List<ShellCheckInput> part : split(group.getValue())) {
                    processes++;
                    runs.add(ShellCheckRun.start(executable.get(), group.getKey(), part));
                }
            }
            for (ShellCheckRun run : runs) {
                run.results().forEach((input, comments) -> cache.put(input, List.copyOf(comments)));
            }
        } catch (IOException | ShellCheckFailure e) {
            runs.forEach(ShellCheckRun::abandon);
            fail(e);
            return Optional.empty();
        }
        Map<ShellCheckInput, List<ShellCheckComment>> results = new LinkedHashMap<>();
        for (ShellCheckInput input : inputs) {
            List<ShellCheckComment> comments = cache.get(input);
            results.put(input, comments == null ? List.of() : comments);
        }
        return Optional.of(results);
    }

    /**
     * The scripts of one dialect in parts of at most {@link #FILES_PER_PROCESS}, and in as many parts as there are
     * cores when there are enough scripts to keep them busy ({@link #SCRIPTS_PER_CORE} each at least).
     */
    private static List<List<ShellCheckInput>> split(List<ShellCheckInput> all) {
        int cores = Runtime.getRuntime().availableProcessors();
        int parts = Math.max(Math.min(cores, all.size() / SCRIPTS_PER_CORE),
                (all.size() + FILES_PER_PROCESS - 1) / FILES_PER_PROCESS);
        parts = Math.max(1, parts);
        List<List<ShellCheckInput>> split = new ArrayList<>();
        int size = (all.size() + parts - 1) / parts;
        for (int from = 0; from < all.size(); from += size) {
            split.add(all.subList(from, Math.min(all.size(), from + size)));
        }
        return split;
    }

    /** How many ShellCheck processes ran so far. */
    public synchronized int processes() {
        return processes;
    }

    /**
     * What users should be told once, on stderr, after the run: that ShellCheck is missing and how to install it, or
     * that it failed; nothing when every script that needed it was checked.
     */
    public synchronized List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (missed) {
            notes.add("shellcheck is not on PATH, so RUN scripts were not checked with ShellCheck (rule ShellCheck);"
                    + " install it to check them: " + INSTALL);
        }
        if (failure != null) {
            notes.add("ShellCheck failed, so the rest of the RUN scripts were not checked with it: " + failure);
        }
        return notes;
    }
}
