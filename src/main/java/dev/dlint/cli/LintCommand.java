package dev.dlint.cli;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.config.CommandLineSettings;
import dev.dlint.config.ConfigException;
import dev.dlint.config.ConfigLoader;
import dev.dlint.config.ConfigResolver;
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
@Command(name = "lint", description = "Lint Dockerfiles: files, directories (searched recursively) or - for stdin.",
        mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false)
final class LintCommand extends Subcommand {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Dockerfile, directory to search, or - to read standard input.")
    List<String> paths = new ArrayList<>();

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--no-fail", description = "Always exit 0 when every input was read.")
    boolean noFail;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file for every input (default: the nearest .dlint.yaml, else .hadolint.yaml, "
                    + "walking up from each file to the repository root).")
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

    @Mixin
    ReportOptions reportOptions = new ReportOptions();

    /** The catalogue and the resolved command-line settings, set by {@link #validate()}. */
    private RuleCatalog rules;
    private CommandLineSettings settings;

    @Override
    void validate() {
        if (paths.isEmpty()) {
            throw usageError("no input: give a Dockerfile, a directory to search, or - for standard input");
        }
        requireConfigFile(config);
        if (context != null && !Files.isDirectory(context)) {
            throw usageError("--context " + context + ": not a directory");
        }
        rules = BuiltinRules.catalog();
        try {
            output.validate();
            settings = ruleOptions.settings(rules, trustedRegistries);
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
    }

    @Override
    ExitCode execute() {
        ConfigResolver configs = new ConfigResolver(new ConfigLoader(rules), Optional.ofNullable(config), settings);
        ShellChecker shellChecker = ShellChecker.onPath();
        BuildContexts contexts = context == null ? BuildContexts.besideDockerfile() : BuildContexts.directory(context);
        Linter linter = new Linter(new Engine(rules, BuildArgs.parse(buildArgs), Optional.ofNullable(target), contexts,
                shellChecker), configs);
        List<FileResult> results;
        try {
            results = linter.lint(paths, System.in, stdinFilename,
                    (name, reason) -> err().println("dlint: " + name + ": skipped: " + reason));
        } catch (ConfigException e) {
            err().println("dlint: invalid configuration: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Report report = new Report(reportOptions.paths().apply(results));
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
        boolean findingsFail = !noFail && !output.findingsNeverFail();
        return report.failed() && findingsFail ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }
}
