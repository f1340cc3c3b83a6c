package dev.dlint.cli;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.config.CommandLineSettings;
import dev.dlint.config.ConfigException;
import dev.dlint.config.ConfigLoader;
import dev.dlint.config.ConfigResolver;
import dev.dlint.engine.Engine;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.FixOptions;
import dev.dlint.engine.FixResult;
import dev.dlint.engine.Fixer;
import dev.dlint.engine.Inputs;
import dev.dlint.engine.RegistryDigests;
import dev.dlint.engine.Report;
import dev.dlint.report.ReportContext;
import dev.dlint.rule.Finding;
import dev.dlint.rule.RuleCatalog;
import dev.dlint.syntax.BuildArgs;
import dev.dlint.text.SourceText;
import dev.dlint.text.UnifiedDiff;
import dev.dlint.text.Utf8;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dlint fix PATH...}: apply the rules' fixes in place (or show them as a diff), then report what remains as
 * {@code dlint lint} would. What was fixed is said on standard error, one line per changed file and a summary, so
 * standard output holds only the report, the diff, or (for {@code -}) the fixed text.
 */
@Command(name = "fix", description = "Fix Dockerfiles in place: apply the safe fixes (and the unsafe ones with"
        + " --unsafe-fixes), lint the result again until nothing changes, then report the findings that remain.",
        mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false)
final class FixCommand extends Subcommand {

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Dockerfile, directory to search, or - to read standard input and write the fixed text to"
                    + " standard output.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--diff", description = "Print the changes as a unified diff and write nothing; exit 1 when"
            + " there is something to fix.")
    boolean diff;

    @Option(names = "--unsafe-fixes", description = "Also apply fixes that may change what the build does (each"
            + " rule's documentation says why its fix is unsafe).")
    boolean unsafeFixes;

    @Option(names = "--select", paramLabel = "RULE",
            description = "Only this rule fixes (name or alias); the others are still reported. Repeatable.")
    List<String> select = new ArrayList<>();

    /** The rules of {@code --select}, resolved. */
    private final Set<String> selected = new LinkedHashSet<>();

    @Option(names = "--resolve-digests", description = "Let UnpinnedBaseImage pin images to the digest their tag"
            + " points to now, asking the registry with crane or skopeo (an unsafe fix).")
    boolean resolveDigests;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--no-fail", description = "Exit 0 even when findings remain (inputs that cannot be read still"
            + " exit 3).")
    boolean noFail;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file for every input (default: the nearest .dlint.yaml, else .hadolint.yaml).")
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
            description = "The stage a build would produce, as with docker build --target (default: the last stage).")
    String target;

    @Option(names = "--stdin-filename", paramLabel = "PATH", description = "The path to report for input read from stdin.")
    String stdinFilename = "-";

    @Mixin
    ReportOptions reportOptions = new ReportOptions();

    private RuleCatalog rules;
    private CommandLineSettings settings;
    private FixOptions fixOptions;

    @Override
    void validate() {
        if (paths.isEmpty()) {
            throw usageError("no input: give a Dockerfile, a directory to search, or - for standard input");
        }
        if (paths.stream().filter(p -> p.equals("-")).count() > 1) {
            throw usageError("- (standard input) can be given only once");
        }
        rules = BuiltinRules.catalog();
        try {
            output.validate();
            Notes notes = new Notes(err());
            settings = ruleOptions.settings(rules, trustedRegistries, notes);
            ConfigLoader loader = new ConfigLoader(rules, environment, notes);
            for (String id : select) {
                for (String part : id.split(",")) {
                    if (!part.isBlank()) {
                        selected.add(loader.ruleName(part));
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
        fixOptions = new FixOptions(unsafeFixes, selected, Set.of());
    }

    @Override
    ExitCode execute() {
        ConfigResolver configs = new ConfigResolver(new ConfigLoader(rules), Optional.ofNullable(config), settings);
        Engine engine = new Engine(rules, BuildArgs.parse(buildArgs), Optional.ofNullable(target));
        if (resolveDigests) {
            engine = engine.withDigests(new RegistryDigests(environment));
        }
        Fixer fixer = new Fixer(engine, fixOptions);
        List<FixResult> results = new ArrayList<>();
        boolean[] writeFailed = {false};
        try {
            new Inputs(configs).read(paths, System.in, stdinFilename, input -> {
                if (input.error().isPresent()) {
                    results.add(unreadable(input.name(), input.error().get()));
                    return;
                }
                FixResult result = fixer.fix(input.name(), input.bytes().get(), input.config());
                results.add(result);
                if (!diff && !deliver(input, result)) {
                    writeFailed[0] = true;
                }
            });
        } catch (ConfigException e) {
            err().println("dlint: invalid configuration: " + e.getMessage());
            return ExitCode.USAGE;
        }
        tell(results);
        if (diff) {
            for (FixResult result : results) {
                if (result.changed()) {
                    out().print(diffOf(result));
                }
            }
            out().flush();
        } else if (!report(results)) {
            return ExitCode.UNREADABLE_INPUT;
        }
        for (FixResult result : results) {
            result.remaining().readError().ifPresent(reason -> err().println("dlint: " + result.path() + ": " + reason));
        }
        if (writeFailed[0] || results.stream().anyMatch(r -> r.remaining().readError().isPresent())) {
            return ExitCode.UNREADABLE_INPUT;
        }
        if (diff) {
            return results.stream().anyMatch(FixResult::changed) ? ExitCode.FINDINGS : ExitCode.CLEAN;
        }
        Report report = new Report(results.stream().map(FixResult::remaining).toList());
        boolean findingsFail = !noFail && !output.findingsNeverFail();
        return report.failed() && findingsFail ? ExitCode.FINDINGS : ExitCode.CLEAN;
    }

    private static FixResult unreadable(String name, String reason) {
        return new FixResult(name, Optional.empty(), Optional.empty(), List.of(), List.of(), 0, true,
                FileResult.unreadable(name, reason));
    }

    /** Writes the fixed file in place, or the fixed text to standard output for {@code -}; false when it fails. */
    private boolean deliver(Inputs.Input input, FixResult result) {
        if (input.isStdin()) {
            SourceText fixed = SourceText.decode(result.fixed().get());
            boolean rawBytes = fixed.text().chars().anyMatch(c -> Utf8.rawByte((char) c) >= 0);
            if (!rawBytes) { // the writer encodes UTF-8 (and lets tests read what was written)
                out().print((fixed.hasByteOrderMark() ? "\uFEFF" : "") + fixed.text());
                out().flush();
                return true;
            }
            try {
                OutputStream stdout = System.out;
                out().flush();
                stdout.write(result.fixed().get());
                stdout.flush();
                return true;
            } catch (IOException e) {
                err().println("dlint: cannot write the fixed text to standard output: " + e.getMessage());
                return false;
            }
        }
        if (!result.changed()) {
            return true;
        }
        try {
            Files.write(input.file().get(), result.fixed().get());
            return true;
        } catch (IOException e) {
            err().println("dlint: " + input.name() + ": cannot write the fixed file: " + Inputs.reason(e));
            return false;
        }
    }

    /** One line per changed file, the refused fixes, and a summary, on standard error. */
    private void tell(List<FixResult> results) {
        PrintWriter err = err();
        int fixes = 0;
        int files = 0;
        int unsafeLeft = 0;
        for (FixResult result : results) {
            if (result.changed()) {
                files++;
                fixes += result.applied().size();
                err.println(result.path() + ": " + count(result.applied().size(), "fix", "fixes")
                        + (diff ? " to apply" : "") + " (" + String.join(", ", result.fixedRules()) + ")");
            }
            for (FixResult.RefusedFix refused : result.refused()) {
                err.println(result.path() + ": not fixed by " + refused.rule() + " (" + refused.description() + "): "
                        + refused.reason());
            }
            if (!result.converged()) {
                err.println(result.path() + ": fixes were still left after " + Fixer.MAX_PASSES
                        + " passes; run dlint fix again");
            }
            for (Finding finding : result.remaining().reported()) {
                if (finding.fix().isPresent() && !finding.fix().get().safe() && !unsafeFixes && fixOptions.fixes(finding)) {
                    unsafeLeft++;
                }
            }
        }
        long remaining = results.stream().mapToLong(r -> r.remaining().reported().size()).sum();
        String verb = diff ? "would fix " : "fixed ";
        err.println("dlint fix: " + verb + count(fixes, "finding", "findings") + " in " + count(files, "file", "files")
                + " of " + results.size() + "; " + count((int) remaining, "finding remains", "findings remain")
                + (unsafeLeft > 0 ? " (" + unsafeLeft + " with an unsafe fix: --unsafe-fixes applies it)" : "") + ".");
        err.flush();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The findings that remain, as {@code dlint lint} reports them; to standard error when stdout has the text. */
    private boolean report(List<FixResult> results) {
        List<FileResult> remaining = results.stream().map(FixResult::remaining).toList();
        Report report = new Report(reportOptions.paths().apply(remaining));
        ReportContext context = reportOptions.context(rules.rules());
        PrintWriter stdout = paths.contains("-") ? err() : out();
        return output.writeEach(stdout, err(),
                (format, out, colored, toFile) -> format.reporter(context, colored).write(report, out));
    }

    private static String diffOf(FixResult result) {
        String before = SourceText.decode(result.original().get()).text();
        String after = SourceText.decode(result.fixed().get()).text();
        String name = result.path().equals("-") ? "stdin" : result.path();
        return UnifiedDiff.of("a/" + name, "b/" + name, before, after);
    }
}
