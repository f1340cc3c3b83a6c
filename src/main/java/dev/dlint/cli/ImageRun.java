package dev.dlint.cli;

import dev.dlint.config.ConfigException;
import dev.dlint.config.ConfigLoader;
import dev.dlint.config.Configuration;
import dev.dlint.config.ImageGateSettings;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.ImageEngine;
import dev.dlint.engine.Report;
import dev.dlint.image.ImageFormatException;
import dev.dlint.image.ImageSelection;
import dev.dlint.image.Platform;
import dev.dlint.image.analysis.CiGateEvaluator;
import dev.dlint.image.analysis.CiRules;
import dev.dlint.image.analysis.GateConfigException;
import dev.dlint.image.analysis.GateResult;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.ImageAnalyzer;
import dev.dlint.report.ReportContext;
import dev.dlint.report.image.ImageJsonReporter;
import dev.dlint.report.image.ImageReport;
import dev.dlint.report.image.ImageTtyReporter;
import dev.dlint.rule.RuleCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One run of {@code dlint image}: configuration, analysis, rules, gates, reports. Kept apart from
 * {@link ImageCommand} so that picocli can build the command tree without loading any image class.
 */
final class ImageRun {

    private static final int DEFAULT_WIDTH = 100;

    private final ImageCommand command;

    ImageRun(ImageCommand command) {
        this.command = command;
    }

    /**
     * Checks the options that need image knowledge: platform syntax and gate values.
     *
     * @throws IllegalArgumentException with the message for the usage error
     */
    static void check(ImageCommand command) {
        ImageRun run = new ImageRun(command);
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
        ImageEngine engine = new ImageEngine(rules);
        Configuration configuration;
        CiRules gateRules;
        try {
            configuration = configuration(rules);
            engine.checkOptions(configuration);
            gateRules = gateRules(configuration);
        } catch (ConfigException | IllegalArgumentException e) {
            command.err().println("dlint: invalid configuration: " + e.getMessage());
            return ExitCode.USAGE;
        }
        String name = display(command.path);
        ImageAnalysis analysis;
        try (ImageProgress progress = new ImageProgress(command.err(), name, System.console() != null)) {
            analysis = new ImageAnalyzer(ImageAnalyzer.DEFAULT_PARALLELISM).run(command.path, selection(), progress);
        } catch (ImageFormatException e) {
            return unreadable(name, e.getMessage());
        } catch (UncheckedIOException e) {
            return unreadable(name, "read error: " + e.getCause().getMessage());
        } catch (OutOfMemoryError e) {
            return unreadable(name, "out of memory while analysing the image (give the JVM more heap, e.g. "
                    + "DLINT_JAVA_OPTS=-Xmx2g)");
        } catch (StackOverflowError e) {
            return unreadable(name, "the image is nested too deeply to analyse");
        }
        FileResult result = engine.lint(name, analysis, configuration);
        List<GateResult> gates;
        try {
            gates = CiGateEvaluator.evaluate(gateRules, analysis.dive(), analysis.waste());
        } catch (GateConfigException e) {
            command.err().println("dlint: invalid configuration: " + e.getMessage());
            return ExitCode.USAGE;
        }
        ImageReport report = new ImageReport(analysis, result, gates);
        if (!writeReports(report, rules)) {
            return ExitCode.UNREADABLE_INPUT;
        }
        if (result.readError().isPresent()) {
            command.err().println("dlint: " + name + ": " + result.readError().get());
            return ExitCode.UNREADABLE_INPUT;
        }
        boolean failed = result.failed() || report.gatesFailed();
        boolean findingsFail = !command.noFail && !command.output.findingsNeverFail();
        return failed && findingsFail ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    /** {@code dlint: <archive>: <member>: <problem>} on standard error, exit code 3. */
    private ExitCode unreadable(String name, String message) {
        String text = message.startsWith(command.path + ":") ? message : name + ": " + message;
        command.err().println("dlint: " + text);
        return ExitCode.UNREADABLE_INPUT;
    }

    /** The configuration: {@code --config}, else discovered from the working directory, with the options on top. */
    private Configuration configuration(RuleCatalog rules) throws ConfigException {
        ConfigLoader loader = new ConfigLoader(rules);
        Optional<Path> source = command.config != null ? Optional.of(command.config) : loader.discover(Path.of(""));
        Configuration base = source.isPresent() ? loader.load(source.get()) : Configuration.defaults();
        return base.with(command.settings).forFile(command.path);
    }

    private CiRules gateRules(Configuration configuration) throws ConfigException {
        Path diveCi = command.ciConfig != null ? command.ciConfig : Path.of(".dive-ci");
        Map<String, String> flags = gateFlags();
        if (Files.isRegularFile(diveCi)) {
            for (String flag : flags.keySet()) {
                if (ImageGateSettings.isDiveGate(flag)) {
                    command.err().println("dlint: note: " + diveCi + " sets the CI gates, so --" + kebab(flag)
                            + " is not used (as with dive)");
                }
            }
        }
        return ImageGateSettings.resolve(Optional.of(diveCi), flags, System.getenv(), configuration);
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

    /** Writes each format to its output; returns false when an output file cannot be written. */
    private boolean writeReports(ImageReport report, RuleCatalog rules) {
        Report findings = new Report(command.reportOptions.paths().apply(List.of(report.result())));
        ReportContext context = command.reportOptions.context(rules.rules());
        return command.output.writeEach(command.out(), command.err(), (format, out, colored, toFile) ->
                write(format, report, findings, context, out, colored, toFile ? DEFAULT_WIDTH : terminalWidth()));
    }

    /**
     * {@code tty} and {@code json} have image views (layer table, waste, dive, gates); every other format renders the
     * image's findings ({@code findings}: the archive's result with repository-relative paths) through the format's
     * ordinary reporter, like {@code dlint lint} does.
     */
    private static void write(OutputFormat format, ImageReport report, Report findings, ReportContext context,
                              Writer out, boolean colored, int width) throws IOException {
        switch (format) {
            case TTY:
                new ImageTtyReporter(colored, width).write(report, out);
                break;
            case JSON:
                new ImageJsonReporter(Version.current()).write(report, out);
                break;
            default:
                format.reporter(context, colored).write(findings, out);
        }
    }

    /** {@code COLUMNS} when the shell exports it, else 100. */
    private static int terminalWidth() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Integer.parseInt(columns);
        }
        return DEFAULT_WIDTH;
    }

    /** The path as the user wrote it, without a leading {@code ./}. */
    private static String display(Path path) {
        String s = path.normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }
}
