package dev.dlint.cli;

import dev.dlint.config.ConfigException;
import dev.dlint.config.ImageGateSettings;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.ImageInput;
import dev.dlint.engine.ImageLinter;
import dev.dlint.engine.ImageResult;
import dev.dlint.engine.Report;
import dev.dlint.image.ImageFormatException;
import dev.dlint.image.ImageSelection;
import dev.dlint.image.Platform;
import dev.dlint.report.ReportContext;
import dev.dlint.report.image.DiveExportReporter;
import dev.dlint.report.image.ImageJsonReporter;
import dev.dlint.report.image.ImageTreeReporter;
import dev.dlint.report.image.ImageTtyReporter;
import dev.dlint.rule.RuleCatalog;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One run of {@code dlint image}: turns the options into an {@link ImageLinter.Request}, lets the engine lint the
 * image, writes the chosen reports (and dive's export, or the file tree) and decides the exit code. Kept apart from
 * {@link ImageCommand} so that picocli can build the command tree without loading any image class.
 */
final class ImageRun {

    private final ImageCommand command;

    ImageRun(ImageCommand command) {
        this.command = command;
    }

    /**
     * Checks the options that need image knowledge: the image argument and source, platform syntax, gate values.
     *
     * @throws IllegalArgumentException with the message for the usage error
     */
    static void check(ImageCommand command) {
        ImageRun run = new ImageRun(command);
        run.input();
        run.selection();
        for (Map.Entry<String, String> flag : run.gateFlags().entrySet()) {
            try {
                ImageGateSettings.check(flag.getKey(), flag.getValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--" + kebab(flag.getKey()) + ": " + e.getMessage());
            }
        }
    }

    ExitCode execute() {
        RuleCatalog rules = command.rules;
        ImageLinter linter = new ImageLinter(rules);
        ImageLinter.Prepared prepared;
        try {
            prepared = linter.prepare(request());
        } catch (ConfigException e) {
            command.err().println("dlint: invalid configuration: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            command.err().println("dlint: " + (message.startsWith("--") ? "" : "invalid configuration: ") + message);
            return ExitCode.USAGE;
        }
        for (String flag : prepared.unusedFlags()) {
            command.err().println("dlint: note: " + prepared.request().diveCi() + " sets the CI gates, so --"
                    + kebab(flag) + " is not used (as with dive)");
        }
        String name = input().display();
        ImageResult result;
        try (ImageProgress progress = new ImageProgress(command.err(), name, System.console() != null)) {
            result = linter.lint(prepared, progress);
        } catch (ImageFormatException e) {
            return unreadable(name, e);
        } catch (ConfigException e) {
            command.err().println("dlint: invalid configuration: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (OutOfMemoryError e) {
            return unreadable(name, "out of memory while analysing the image (give the JVM more heap, e.g. "
                    + "DLINT_JAVA_OPTS=-Xmx2g)");
        } catch (StackOverflowError e) {
            return unreadable(name, "the image is nested too deeply to analyse");
        }
        if (command.diveJson != null && !writeDiveExport(result)) {
            return ExitCode.UNREADABLE_INPUT;
        }
        if (command.tree) {
            return writeTree(result);
        }
        if (!writeReports(result, rules)) {
            return ExitCode.UNREADABLE_INPUT;
        }
        if (result.result().readError().isPresent()) {
            command.err().println("dlint: " + name + ": " + result.result().readError().get());
            return ExitCode.UNREADABLE_INPUT;
        }
        return exitCode(result);
    }

    /**
     * The exit code of an analysed image. Without {@code --ci}: 1 when a finding is at the failure threshold (failed
     * gates and an incomplete image are error findings). With {@code --ci}, dive's semantics: the gates decide, and
     * findings only with {@code --fail-on-findings}; with {@code --json} too, dive exits 0 after the export, and so
     * does dlint. An incomplete image never passes.
     */
    private ExitCode exitCode(ImageResult result) {
        boolean failed;
        if (command.ci) {
            boolean gates = result.gatesFailed() && command.diveJson == null;
            if (result.gatesFailed() && command.diveJson != null) {
                command.err().println("dlint: note: with --json the gates do not set the exit code, as with dive; "
                        + "the report shows them (drop --json to let them fail the run)");
            }
            failed = gates || (command.failOnFindings && result.failed());
        } else {
            failed = result.failed() && !command.output.findingsNeverFail();
        }
        if (result.partial()) {
            return command.noFail ? ExitCode.CLEAN : ExitCode.FINDINGS;
        }
        return failed && !command.noFail ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    private ImageLinter.Request request() {
        Path diveCi = command.ciConfig != null ? command.ciConfig : Path.of(".dive-ci");
        boolean keepEntries = command.tree || command.diveJson != null
                || command.output.formats.contains(OutputFormat.JSON);
        return new ImageLinter.Request(input(), selection(), Optional.ofNullable(command.config), command.settings,
                gateFlags(), diveCi, command.environment, command.ignoreErrors, keepEntries,
                Optional.ofNullable(command.dockerfile), Optional.ofNullable(command.target));
    }

    private ImageInput input() {
        return ImageInput.parse(command.imageArgument, Optional.ofNullable(command.source));
    }

    /** {@code dlint: <image>: <member>: <problem>} on standard error, with what to do about it; exit code 3. */
    private ExitCode unreadable(String name, ImageFormatException e) {
        String message = e.getMessage();
        if (e.incomplete()) {
            message += " (the image is incomplete; --ignore-errors analyses the layers that are there, and the result"
                    + " is partial)";
        } else if (!input().source().isEngine() && ImageLinter.looksLikeDockerfile(Path.of(input().reference()))) {
            message += "; this looks like a Dockerfile: lint it with 'dlint lint "
                    + input().reference() + "', or build and save the image (docker build -t app . && docker save -o "
                    + "app.tar app) and run 'dlint image app.tar'";
        }
        return unreadable(name, message);
    }

    private ExitCode unreadable(String name, String message) {
        String text = message.startsWith(name + ":") ? message : name + ": " + message;
        command.err().println("dlint: " + text);
        return ExitCode.UNREADABLE_INPUT;
    }

    /** The gate options given, by dive's camelCase name. */
    private Map<String, String> gateFlags() {
        Map<String, String> flags = new LinkedHashMap<>();
        put(flags, "lowestEfficiency", command.lowestEfficiency);
        put(flags, "highestWastedBytes", command.highestWastedBytes);
        put(flags, "highestUserWastedPercent", command.highestUserWastedPercent);
        put(flags, "maxWastedBytes", command.maxWastedBytes);
        return flags;
    }

    private static void put(Map<String, String> flags, String name, String value) {
        if (value != null) {
            flags.put(name, value);
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private ImageSelection selection() {
        ImageSelection selection = ImageSelection.defaults();
        if (command.image != null) {
            selection = selection.withImage(command.image);
        }
        if (command.platform != null) {
            try {
                selection = selection.withPlatform(Platform.parse(command.platform));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--platform: " + e.getMessage());
            }
        }
        return selection;
    }

    /** dive's export to {@code --json FILE}; false, after saying so, when the file cannot be written. */
    private boolean writeDiveExport(ImageResult result) {
        try (Writer out = Files.newBufferedWriter(command.diveJson, StandardCharsets.UTF_8)) {
            new DiveExportReporter().write(result.analysis(), out);
            return true;
        } catch (IOException e) {
            command.err().println("dlint: cannot write " + command.diveJson + ": " + e.getMessage());
            return false;
        }
    }

    private ExitCode writeTree(ImageResult result) {
        boolean colored = !command.output.noColor && command.output.color.enabled(false);
        ImageTreeReporter.Options options = new ImageTreeReporter.Options(command.layer == null ? -1 : command.layer,
                command.changesOnly, command.treePath == null ? "" : command.treePath, "size".equals(command.sort),
                colored);
        try {
            new ImageTreeReporter(options).write(result.analysis(), command.out());
        } catch (IllegalArgumentException e) {
            command.err().println("dlint: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            command.err().println("dlint: cannot write the tree: " + e.getMessage());
            return ExitCode.UNREADABLE_INPUT;
        }
        command.out().flush();
        return result.partial() && !command.noFail ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    /** Writes each format to its output; returns false when an output file cannot be written. */
    private boolean writeReports(ImageResult result, RuleCatalog rules) {
        List<FileResult> files = result.results();
        Report findings = new Report(input().source().isEngine() ? files : command.reportOptions.paths().apply(files));
        ReportContext context = command.reportOptions.context(rules.rules());
        int terminal = TerminalWidth.of(command.environment, System.console() != null);
        return command.output.writeEach(command.out(), command.err(), (format, out, colored, toFile) ->
                write(format, result, findings, context, out, colored,
                        toFile ? TerminalWidth.DEFAULT : terminal));
    }

    /**
     * {@code tty} and {@code json} have image views (layer table, waste, dive, gates); every other format renders the
     * image's findings ({@code findings}: the archive's result with repository-relative paths) through the format's
     * ordinary reporter, like {@code dlint lint} does; failed gates and an incomplete image are findings there.
     */
    private static void write(OutputFormat format, ImageResult result, Report findings, ReportContext context,
                              Writer out, boolean colored, int width) throws IOException {
        switch (format) {
            case TTY:
                new ImageTtyReporter(colored, width).write(result, out);
                break;
            case JSON:
                new ImageJsonReporter(Version.current()).write(result, out);
                break;
            default:
                format.reporter(context, colored).write(findings, out);
        }
    }
}
