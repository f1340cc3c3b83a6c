package dev.dlint.cli;

import dev.dlint.report.ReportContext;
import dev.dlint.report.RepositoryPaths;
import dev.dlint.rule.RuleMetadata;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** The options of {@code lint} that shape reports rather than what is linted. */
final class ReportOptions {

    /** When the run started: written into SARIF only with {@code --sarif-timestamps}. */
    private final Instant started = Instant.now();

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private Path repoRoot;

    @Option(names = "--sarif-category", paramLabel = "CATEGORY",
            description = "SARIF automationDetails.id: the code scanning category, ending in / (default: dlint/). "
                    + "Use one per dlint run in the same repository, e.g. dlint/api/.")
    String sarifCategory = ReportContext.DEFAULT_SARIF_CATEGORY;

    @Option(names = "--sarif-all-rules",
            description = "List every rule in SARIF's tool.driver.rules, not just the rules that reported.")
    boolean sarifAllRules;

    @Option(names = {"--include-suppressed", "--sarif-include-suppressed"},
            description = "Also write findings silenced by a pragma or the configuration into SARIF, marked with "
                    + "suppressions (GitHub still shows them as open alerts).")
    boolean includeSuppressed;

    @Option(names = "--sarif-timestamps",
            description = "Write start and end times into SARIF (off by default, so reports diff cleanly).")
    boolean sarifTimestamps;

    @Option(names = "--repo-root", paramLabel = "DIR",
            description = "Report paths relative to DIR (default: the enclosing Git repository, else the working "
                    + "directory).")
    void setRepoRoot(String dir) {
        Path path;
        try {
            path = Path.of(dir);
        } catch (InvalidPathException e) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "invalid --repo-root '" + dir + "'");
        }
        if (!Files.isDirectory(path)) {
            throw new CommandLine.ParameterException(mixee.commandLine(),
                    "--repo-root '" + dir + "' is not a directory");
        }
        repoRoot = path;
    }

    /** How reported paths are made relative to the repository root. */
    RepositoryPaths paths() {
        return RepositoryPaths.discover(Optional.ofNullable(repoRoot), Path.of("").toAbsolutePath());
    }

    /** The context every reporter of this run shares. */
    ReportContext context(List<RuleMetadata> rules) {
        String summary = System.getenv("GITHUB_STEP_SUMMARY");
        Optional<Path> stepSummary = summary == null || summary.isBlank() ? Optional.empty() : Optional.of(Path.of(summary));
        return ReportContext.of(Version.current(), rules)
                .withSarif(sarifCategory, sarifAllRules, includeSuppressed)
                .withStartTime(sarifTimestamps ? Optional.of(started) : Optional.empty())
                .withStepSummary(stepSummary);
    }
}
