package dev.dlint.cli;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.config.CommandLineSettings;
import dev.dlint.config.ConfigException;
import dev.dlint.config.ConfigLoader;
import dev.dlint.config.ConfigResolver;
import dev.dlint.config.Configuration;
import dev.dlint.config.HadolintEnvironment;
import dev.dlint.config.RunSettings;
import dev.dlint.rule.RuleNames;
import dev.dlint.engine.Engine;
import dev.dlint.facts.BuildContexts;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.Linter;
import dev.dlint.shellcheck.ShellChecker;
import dev.dlint.engine.Report;
import dev.dlint.report.ReportContext;
import dev.dlint.rule.RuleCatalog;
import dev.dlint.syntax.BuildArgs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dlint lint PATH...}: lint Dockerfiles. */
@Command(name = "lint", description = "Lint Dockerfiles: files, directories (searched recursively) or - for stdin."
        + " hadolint's options and configuration work too (docs/hadolint.md).",
        versionProvider = Version.class, sortOptions = false)
final class LintCommand extends Subcommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = {"-v", "--version"}, versionHelp = true, description = "Print version information and exit.")
    boolean version;

    @Option(names = {"-V", "--verbose"},
            description = "Say on standard error which configuration is used and what it sets (hadolint's -V).")
    boolean verbose;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Dockerfile, directory to search, or - to read standard input.")
    List<String> paths = new ArrayList<>();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--no-fail", description = "Always exit 0 when every input was read (also no-fail: in"
            + " .hadolint.yaml, HADOLINT_NOFAIL).")
    boolean noFail;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file for every input, dlint's or hadolint's schema (default: the nearest"
                    + " .dlint.yaml, else .hadolint.yaml, walking up from each file to the repository root; else"
                    + " hadolint's places: ./.hadolint.yaml, $XDG_CONFIG_HOME/hadolint.yaml, ~/.config/hadolint.yaml,"
                    + " ~/.hadolint/hadolint.yaml, ~/.hadolint/config.yaml, ~/.hadolint.yaml; .yml too).")
    Path config;

    @Mixin
    RuleSelectionOptions ruleOptions = new RuleSelectionOptions();

    @Option(names = "--trusted-registry", paramLabel = "REGISTRY",
            description = "A registry base images may come from (docker.io, *.corp.example). Repeatable.")
    List<String> trustedRegistries = new ArrayList<>();

    @Option(names = "--build-arg", paramLabel = "NAME=VALUE",
            description = "Value of a build argument, as with docker build; overrides ARG defaults.")
    List<String> buildArgs = new ArrayList<>();

    @Option(names = "--target", paramLabel = "STAGE",
            description = "The stage a build would produce, as with docker build --target (default: the last stage):"
                    + " rules about layers judge only the stages whose layers reach that image.")
    String target;

    @Option(names = "--context", paramLabel = "DIR",
            description = "The build context, as the last argument of docker build (default: each Dockerfile's "
                    + "directory; none for standard input): rules compare COPY sources with what it holds.")
    Path context;

    @Option(names = "--stdin-filename", paramLabel = "PATH", description = "The path to report for input read from stdin.")
    String stdinFilename = "-";

    @Option(names = "--file-path-in-report", paramLabel = "PATH",
            description = "Report every input under this path, in every format (hadolint's option; for one input).")
    String filePathInReport;

    @Mixin
    ReportOptions reportOptions = new ReportOptions();

    /** The catalogue, the resolved environment and command-line settings and the notes, set by {@link #validate()}. */
    private RuleCatalog rules;
    private CommandLineSettings environmentSettings;
    private CommandLineSettings settings;
    private Notes notes;

    @Override
    void validate() {
        if (paths.isEmpty()) {
            throw usageError("no input: give a Dockerfile, a directory to search, or - for standard input");
        }
        if (context != null && !Files.isDirectory(context)) {
            throw usageError("--context " + context + ": not a directory");
        }
        rules = BuiltinRules.catalog();
        notes = new Notes(err());
        try {
            environmentSettings = HadolintEnvironment.read(environment, new RuleNames(rules), OutputFormat.allNames(),
                    notes);
            RunSettings run = new RunSettings(noFail ? Optional.of(true) : Optional.empty(),
                    output.noColor ? Optional.of(true) : Optional.empty(),
                    verbose ? Optional.of(true) : Optional.empty(), List.of());
            settings = ruleOptions.settings(rules, trustedRegistries, run, notes);
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
    }

    /** A file standing for the first input, whose configuration holds the run's settings; empty for stdin. */
    private Optional<Path> firstInput() {
        String first = paths.get(0);
        if (first.equals("-")) {
            return Optional.empty();
        }
        Path path = Path.of(first);
        return Optional.of(Files.isDirectory(path) ? path.resolve("Dockerfile") : path);
    }

    @Override
    ExitCode execute() {
        ConfigResolver configs = new ConfigResolver(new ConfigLoader(rules, environment, notes),
                Optional.ofNullable(config), environmentSettings, settings);
        RunSettings run;
        try {
            Configuration forRun = configs.forRun(firstInput());
            run = forRun.run();
            output.useUnlessGiven(run, forRun.source().map(Path::toString).orElse("HADOLINT_FORMAT"));
            output.validate();
            if (run.verbose().orElse(false)) {
                new VerboseReport(environment).write(forRun, err());
            }
        } catch (ConfigException e) {
            err().println("dlint: invalid configuration: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IllegalArgumentException e) {
            err().println("dlint: invalid configuration: " + e.getMessage());
            return ExitCode.USAGE;
        }
        ShellChecker shellChecker = ShellChecker.onPath();
        BuildContexts contexts = context == null ? BuildContexts.besideDockerfile() : BuildContexts.directory(context);
        Linter linter = new Linter(new Engine(rules, BuildArgs.parse(buildArgs), Optional.ofNullable(target), contexts,
                shellChecker), configs);
        List<FileResult> results;
        try {
            results = linter.lint(paths, System.in, stdinFilename);
        } catch (ConfigException e) {
            err().println("dlint: invalid configuration: " + e.getMessage());
            return ExitCode.USAGE;
        }
        results = reportOptions.paths().apply(results);
        if (filePathInReport != null) {
            results = results.stream().map(r -> new FileResult(filePathInReport, r.source(), r.findings(), r.readError(),
                    r.failureThreshold())).toList();
        }
        Report report = new Report(results);
        ReportContext context = reportOptions.context(rules.rules());
        boolean written = output.writeEach(out(), err(),
                (format, out, colored, toFile) -> format.reporter(context, colored).write(report, out));
        if (!written) {
            return ExitCode.UNREADABLE_INPUT;
        }
        shellChecker.notes().forEach(note -> err().println("dlint: " + note));
        for (FileResult file : report.files()) {
            file.readError().ifPresent(reason -> err().println("dlint: " + file.path() + ": " + reason));
        }
        if (report.hasUnreadableInputs()) {
            return ExitCode.UNREADABLE_INPUT;
        }
        boolean findingsFail = !run.noFail().orElse(false) && !output.findingsNeverFail();
        return report.failed() && findingsFail ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
