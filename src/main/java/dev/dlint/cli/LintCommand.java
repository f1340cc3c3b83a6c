package dev.dlint.cli;

import dev.dlint.config.CommandLineSettings;
import dev.dlint.config.ConfigException;
import dev.dlint.config.ConfigLoader;
import dev.dlint.config.ConfigResolver;
import dev.dlint.engine.Engine;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.Linter;
import dev.dlint.engine.Report;
import dev.dlint.engine.Rules;
import dev.dlint.engine.Severity;
import dev.dlint.report.ReportContext;
import dev.dlint.syntax.BuildArgs;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dlint lint PATH...}: lint Dockerfiles. */
@Command(name = "lint", description = "Lint Dockerfiles: files, directories (searched recursively) or - for stdin.",
        mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false)
final class LintCommand extends Subcommand {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Dockerfile, directory to search, or - to read standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            completionCandidates = OutputFormat.Names.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: tty). Repeatable; pairs with --output.")
    List<OutputFormat> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report of the matching --format to FILE ('-' = stdout).")
    List<String> outputs = new ArrayList<>();

    @Option(names = {"-t", "--failure-threshold"}, paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at least this severe: error, warning, info, style, none (default: info).")
    String failureThreshold;

    @Option(names = "--no-fail", description = "Always exit 0 when every input was read.")
    boolean noFail;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file for every input (default: the nearest .dlint.yaml, else .hadolint.yaml, "
                    + "walking up from each file to the repository root).")
    Path config;

    @Option(names = "--ignore", paramLabel = "RULE", description = "Do not report this rule (name or alias). Repeatable.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
            description = "Report a rule at another severity: error, warning, info or style. Repeatable.")
    List<String> severity = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", description = "Turn on a rule that is off by default. Repeatable.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--trusted-registry", paramLabel = "REGISTRY",
            description = "A registry base images may come from (docker.io, *.corp.example). Repeatable.")
    List<String> trustedRegistries = new ArrayList<>();

    @Option(names = "--build-arg", paramLabel = "NAME=VALUE",
            description = "Value of a build argument, as with docker build; overrides ARG defaults.")
    List<String> buildArgs = new ArrayList<>();

    @Option(names = "--stdin-filename", paramLabel = "PATH", description = "The path to report for input read from stdin.")
    String stdinFilename = "-";

    @Option(names = "--color", paramLabel = "WHEN", description = "Colour the tty output: ${COMPLETION-CANDIDATES} (default: auto).")
    ColorMode color = ColorMode.AUTO;

    @Option(names = "--no-color", description = "Same as --color=never.")
    boolean noColor;

    @Mixin
    ReportOptions reportOptions = new ReportOptions();

    /** The catalogue and the resolved command-line settings, set by {@link #validate()}. */
    private Rules rules;
    private CommandLineSettings settings;

    @Override
    void validate() {
        if (paths.isEmpty()) {
            throw usageError("no input: give a Dockerfile, a directory to search, or - for standard input");
        }
        if (outputs.size() > Math.max(1, formats.size())) {
            throw usageError("more --output options (" + outputs.size() + ") than --format options (" + formats.size() + ")");
        }
        if (failureThreshold != null && threshold() == null) {
            throw usageError("invalid --failure-threshold '" + failureThreshold + "': use error, warning, info, style or none");
        }
        rules = Rules.all();
        settings = commandLineSettings();
    }

    /** The command-line settings with rule names resolved; unknown rules or levels are usage errors. */
    private CommandLineSettings commandLineSettings() {
        ConfigLoader loader = new ConfigLoader(rules);
        try {
            List<String> ignored = new ArrayList<>();
            for (String id : ignore) {
                ignored.add(loader.ruleName(id));
            }
            List<String> enabled = new ArrayList<>();
            for (String id : enable) {
                enabled.add(loader.ruleName(id));
            }
            Map<String, Severity> severities = new LinkedHashMap<>();
            for (String item : severity) {
                int eq = item.indexOf('=');
                Optional<Severity> level = eq < 0 ? Optional.empty() : Severity.parse(item.substring(eq + 1));
                if (level.isEmpty()) {
                    throw usageError("invalid --severity '" + item + "': write RULE=LEVEL with LEVEL error, warning, info or style");
                }
                severities.put(loader.ruleName(item.substring(0, eq)), level.get());
            }
            return new CommandLineSettings(Optional.ofNullable(failureThreshold).map(t -> threshold()), ignored,
                    severities, enabled, trustedRegistries);
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
    }

    private Severity threshold() {
        if (failureThreshold.equalsIgnoreCase("none") || failureThreshold.equalsIgnoreCase("ignore")) {
            return Severity.STYLE;
        }
        return Severity.parse(failureThreshold).orElse(null);
    }

    @Override
    ExitCode execute() {
        ConfigResolver configs = new ConfigResolver(new ConfigLoader(rules), Optional.ofNullable(config), settings);
        Linter linter = new Linter(new Engine(rules, BuildArgs.parse(buildArgs)), configs);
        List<FileResult> results;
        try {
            results = linter.lint(paths, System.in, stdinFilename);
        } catch (ConfigException e) {
            err().println("dlint: invalid configuration: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Report report = new Report(reportOptions.paths().apply(results));
        if (!writeReports(report, reportOptions.context(rules.metadata()))) {
            return ExitCode.UNREADABLE_INPUT;
        }
        for (FileResult file : report.files()) {
            file.readError().ifPresent(reason -> err().println("dlint: " + file.path() + ": " + reason));
        }
        if (report.hasUnreadableInputs()) {
            return ExitCode.UNREADABLE_INPUT;
        }
        boolean findingsFail = !noFail && !OutputFormat.findingsNeverFail(formats);
        return report.failed() && findingsFail ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    /** Writes each format to its output; returns false when an output file cannot be written. */
    private boolean writeReports(Report report, ReportContext context) {
        List<OutputFormat> chosen = formats.isEmpty() ? List.of(OutputFormat.TTY) : formats;
        for (int i = 0; i < chosen.size(); i++) {
            String target = i < outputs.size() ? outputs.get(i) : "-";
            boolean toFile = !target.equals("-");
            boolean colored = !noColor && color.enabled(toFile);
            try {
                if (toFile) {
                    try (Writer w = new OutputStreamWriter(Files.newOutputStream(Path.of(target)), StandardCharsets.UTF_8)) {
                        chosen.get(i).reporter(context, colored).write(report, w);
                    }
                } else {
                    PrintWriter out = out();
                    chosen.get(i).reporter(context, colored).write(report, out);
                    out.flush();
                }
            } catch (IOException e) {
                err().println("dlint: cannot write " + target + ": " + e.getMessage());
                return false;
            }
        }
        return true;
    }
}
