package dev.dlint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dlint image PATH}: analyse a saved container image, run the image rules and the CI gates. */
@Command(name = "image", sortOptions = false, mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Analyse a saved container image: the layers, the bytes later layers hide (exact accounting and "
                + "dive's numbers), package caches, secrets, the user, duplicated files; CI gates as dive's.",
            "PATH is a 'docker save' / 'podman save' / skopeo archive, an OCI archive, or an OCI layout directory."},
        footer = {"", "A failed CI gate exits 1, like a finding. Gates come from a .dive-ci file if one exists (as with "
                + "dive: it replaces the gate options), else from the options, the DIVE_RULES_* environment and "
                + "'image: rules:' in .dlint.yaml. dive's spellings (--lowestEfficiency, --highestWastedBytes, "
                + "--highestUserWastedPercent) work too."})
final class ImageCommand extends Subcommand {

    @Parameters(paramLabel = "PATH", arity = "1", description = "Image archive (.tar) or OCI layout directory.")
    Path path;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            completionCandidates = OutputFormat.Names.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: tty). Repeatable; pairs with --output.")
    List<OutputFormat> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report of the matching --format to FILE ('-' = stdout).")
    List<String> outputs = new ArrayList<>();

    @Option(names = "--image", paramLabel = "NAME:TAG",
            description = "The image to analyse when the archive holds several (a RepoTag or OCI ref name).")
    String image;

    @Option(names = "--platform", paramLabel = "OS/ARCH[/VARIANT]",
            description = "The platform to analyse in a multi-platform index (default: the only one, else linux/amd64).")
    String platform;

    @Option(names = "--lowest-efficiency", paramLabel = "RATIO",
            description = "Gate: fail when dive's efficiency is below RATIO (0-1; default 0.9; 'disabled' to skip).")
    String lowestEfficiency;

    @Option(names = "--highest-wasted-bytes", paramLabel = "SIZE",
            description = "Gate: fail when dive's wasted bytes exceed SIZE (20MB, 20MiB, bytes; default disabled).")
    String highestWastedBytes;

    @Option(names = "--highest-user-wasted-percent", paramLabel = "RATIO",
            description = "Gate: fail when dive's wasted/user bytes ratio exceeds RATIO (0-1; default 0.1).")
    String highestUserWastedPercent;

    @Option(names = "--lowestEfficiency", hidden = true, paramLabel = "RATIO", description = "dive's spelling.")
    void lowestEfficiencyDive(String value) {
        lowestEfficiency = value;
    }

    @Option(names = "--highestWastedBytes", hidden = true, paramLabel = "SIZE", description = "dive's spelling.")
    void highestWastedBytesDive(String value) {
        highestWastedBytes = value;
    }

    @Option(names = "--highestUserWastedPercent", hidden = true, paramLabel = "RATIO", description = "dive's spelling.")
    void highestUserWastedPercentDive(String value) {
        highestUserWastedPercent = value;
    }

    @Option(names = "--max-wasted-bytes", paramLabel = "SIZE",
            description = "Gate: fail when the exact wasted bytes exceed SIZE (default disabled).")
    String maxWastedBytes;

    @Option(names = "--ci-config", paramLabel = "FILE",
            description = "dive's CI rules file (default: .dive-ci in the working directory, if it exists).")
    Path ciConfig;

    @Option(names = {"-t", "--failure-threshold"}, paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at least this severe: error, warning, info, style, none (default: info).")
    String failureThreshold;

    @Option(names = "--no-fail", description = "Exit 0 even with findings or failed gates (unreadable images still exit 3).")
    boolean noFail;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: the nearest .dlint.yaml, else .hadolint.yaml, walking up from "
                    + "the working directory to the repository root).")
    Path config;

    @Option(names = "--ignore", paramLabel = "RULE", description = "Do not report this rule (name or alias). Repeatable.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
            description = "Report a rule at another severity: error, warning, info or style. Repeatable.")
    List<String> severity = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", description = "Turn on a rule that is off by default. Repeatable.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--color", paramLabel = "WHEN", description = "Colour the tty output: ${COMPLETION-CANDIDATES} (default: auto).")
    ColorMode color = ColorMode.AUTO;

    @Option(names = "--no-color", description = "Same as --color=never.")
    boolean noColor;

    @Mixin
    ReportOptions reportOptions = new ReportOptions();

    @Override
    void validate() {
        if (outputs.size() > Math.max(1, formats.size())) {
            throw usageError("more --output options (" + outputs.size() + ") than --format options (" + formats.size() + ")");
        }
        if (failureThreshold != null && ImageRun.threshold(failureThreshold) == null) {
            throw usageError("invalid --failure-threshold '" + failureThreshold + "': use error, warning, info, style or none");
        }
        if (image != null && image.isBlank()) {
            throw usageError("--image needs a NAME:TAG");
        }
        if (ciConfig != null && !Files.isRegularFile(ciConfig)) {
            throw usageError("--ci-config " + ciConfig + ": no such file");
        }
        try {
            ImageRun.check(this);
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage());
        }
    }

    /** The work happens in {@link ImageRun}, so that other commands never load the image analyzer. */
    @Override
    ExitCode execute() {
        return new ImageRun(this).execute();
    }
}
