package dev.dlint.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * {@code dlint [lint] ARGS} without picocli, for the command lines editors, hooks and CI run: initialising picocli and
 * building the {@code lint} command model by reflection costs more than linting a small Dockerfile. The options of
 * {@link LintCommand} are set here exactly as picocli would set them, in their plain spellings only ({@code --opt VALUE},
 * {@code --opt=VALUE}, paths); anything else (help, {@code -v/--version}, {@code --repo-root}, {@code --}, {@code @files},
 * clustered short options, an option given twice that picocli allows once, a value that picocli would reject) is
 * declined, and {@link Main} parses the arguments with picocli, which gives the same result or the usual error.
 * {@code QuickLintTest} checks every lint option against picocli's parse.
 */
final class QuickLint {

    /** Declines a command line (or a usage error found while validating it): picocli handles it instead. */
    static final class Declined extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Declined(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Options without a value. */
    private static final Map<String, BiConsumer<LintCommand, Boolean>> FLAGS = Map.of(
            "--no-fail", (c, v) -> c.noFail = v,
            "--no-color", (c, v) -> c.output.noColor = v,
            "-V", (c, v) -> c.verbose = v,
            "--verbose", (c, v) -> c.verbose = v,
            "--disable-ignore-pragma", (c, v) -> c.ruleOptions.disableIgnorePragma = v,
            "--strict-labels", (c, v) -> c.ruleOptions.strictLabels = v,
            "--sarif-all-rules", (c, v) -> c.reportOptions.sarifAllRules = v,
            "--include-suppressed", (c, v) -> c.reportOptions.includeSuppressed = v,
            "--sarif-include-suppressed", (c, v) -> c.reportOptions.includeSuppressed = v,
            "--sarif-timestamps", (c, v) -> c.reportOptions.sarifTimestamps = v);

    /** Options that take one value and may be given once. */
    private static final Map<String, BiConsumer<LintCommand, String>> SINGLE = Map.ofEntries(
            Map.entry("-c", (c, v) -> c.config = path(v)),
            Map.entry("--config", (c, v) -> c.config = path(v)),
            Map.entry("-t", (c, v) -> c.ruleOptions.failureThreshold = v),
            Map.entry("--failure-threshold", (c, v) -> c.ruleOptions.failureThreshold = v),
            Map.entry("--target", (c, v) -> c.target = v),
            Map.entry("--context", (c, v) -> c.context = path(v)),
            Map.entry("--stdin-filename", (c, v) -> c.stdinFilename = v),
            Map.entry("--sarif-category", (c, v) -> c.reportOptions.sarifCategory = v),
            Map.entry("--file-path-in-report", (c, v) -> c.filePathInReport = v),
            Map.entry("--color", (c, v) -> c.output.color = color(v)));

    /** Options that take one value and may be repeated. */
    private static final Map<String, BiConsumer<LintCommand, String>> REPEATABLE = Map.ofEntries(
            Map.entry("-f", (c, v) -> c.output.formats.add(format(v))),
            Map.entry("--format", (c, v) -> c.output.formats.add(format(v))),
            Map.entry("-o", (c, v) -> c.output.outputs.add(v)),
            Map.entry("--output", (c, v) -> c.output.outputs.add(v)),
            Map.entry("--ignore", (c, v) -> c.ruleOptions.ignore.add(v)),
            Map.entry("--severity", (c, v) -> c.ruleOptions.severity.add(v)),
            Map.entry("--error", (c, v) -> c.ruleOptions.error.add(v)),
            Map.entry("--warning", (c, v) -> c.ruleOptions.warning.add(v)),
            Map.entry("--info", (c, v) -> c.ruleOptions.info.add(v)),
            Map.entry("--style", (c, v) -> c.ruleOptions.style.add(v)),
            Map.entry("--enable", (c, v) -> c.ruleOptions.enable.add(v)),
            Map.entry("--require-label", (c, v) -> c.ruleOptions.requireLabel.add(v)),
            Map.entry("--trusted-registry", (c, v) -> c.trustedRegistries.add(v)),
            Map.entry("--build-arg", (c, v) -> c.buildArgs.add(v)));

    /** The names picocli knows for the same option, so that giving an option once by each name counts as twice. */
    private static final Map<String, String> SAME = Map.of("-c", "--config", "-t", "--failure-threshold",
            "--sarif-include-suppressed", "--include-suppressed", "-V", "--verbose");

    private QuickLint() {
    }

    /** Every option name this class sets; the others are declined. */
    static Set<String> optionNames() {
        Set<String> names = new HashSet<>(FLAGS.keySet());
        names.addAll(SINGLE.keySet());
        names.addAll(REPEATABLE.keySet());
        return names;
    }

    /**
     * The lint command with these arguments set, or empty when picocli must parse them.
     *
     * @param args the arguments after {@code lint} (or all of them when {@code lint} was left out)
     */
    static Optional<LintCommand> parse(List<String> args) {
        LintCommand command = new LintCommand();
        Set<String> given = new HashSet<>();
        try {
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("-") || !arg.startsWith("-")) {
                    if (arg.startsWith("@")) {
                        return Optional.empty();
                    }
                    command.paths.add(arg);
                    continue;
                }
                int eq = arg.indexOf('=');
                String name = eq < 0 ? arg : arg.substring(0, eq);
                String value;
                if (FLAGS.containsKey(name)) {
                    if (eq >= 0 || !given.add(SAME.getOrDefault(name, name))) {
                        return Optional.empty();
                    }
                    FLAGS.get(name).accept(command, true);
                    continue;
                }
                boolean single = SINGLE.containsKey(name);
                if (!single && !REPEATABLE.containsKey(name)) {
                    return Optional.empty();
                }
                if (eq >= 0) {
                    value = arg.substring(eq + 1);
                } else if (i + 1 < args.size() && (args.get(i + 1).equals("-") || !args.get(i + 1).startsWith("-"))) {
                    value = args.get(++i);
                } else {
                    return Optional.empty();
                }
                if (single) {
                    if (!given.add(SAME.getOrDefault(name, name))) {
                        return Optional.empty();
                    }
                    SINGLE.get(name).accept(command, value);
                } else {
                    REPEATABLE.get(name).accept(command, value);
                }
            }
        } catch (Declined e) {
            return Optional.empty();
        }
        return Optional.of(command);
    }

    /**
     * Runs an already parsed lint command as picocli would: validation, execution, and an internal error reported in
     * one line. Empty when validation found a usage error: picocli then parses the arguments again and reports it.
     */
    static Optional<Integer> run(LintCommand command, PrintWriter out, PrintWriter err) {
        Deferred deferred = new Deferred(err);
        command.quickOut = out;
        command.quickErr = new PrintWriter(deferred, true);
        try {
            command.validate();
        } catch (Declined e) {
            return Optional.empty(); // picocli validates again and prints the notes (once)
        }
        deferred.release();
        try {
            return Optional.of(command.execute().code());
        } catch (RuntimeException e) {
            err.println("dlint: internal error: " + e + " (please report this)");
            return Optional.of(ExitCode.UNREADABLE_INPUT.code());
        } finally {
            command.quickErr.flush();
        }
    }

    /**
     * Standard error that holds what validation writes (notes about skipped rules) until it succeeds, so that a command
     * line picocli has to validate again does not print them twice; from then on it writes straight through.
     */
    private static final class Deferred extends Writer {
        private final PrintWriter target;
        private final StringBuilder held = new StringBuilder();
        private boolean released;

        Deferred(PrintWriter target) {
            this.target = target;
        }

        void release() {
            released = true;
            target.write(held.toString());
            target.flush();
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            if (released) {
                target.write(chars, offset, length);
            } else {
                held.append(chars, offset, length);
            }
        }

        @Override
        public void flush() {
            if (released) {
                target.flush();
            }
        }

        @Override
        public void close() {
            flush();
        }
    }

    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new Declined(e.getMessage());
        }
    }

    private static ColorMode color(String value) {
        for (ColorMode mode : ColorMode.values()) {
            if (mode.name().equalsIgnoreCase(value)) {
                return mode;
            }
        }
        throw new Declined("--color " + value);
    }

    private static OutputFormat format(String value) {
        return OutputFormat.find(value).orElseThrow(() -> new Declined("--format " + value));
    }
}
