package dev.dlint.cli;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.config.CommandLineSettings;
import dev.dlint.rule.RuleCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Mixin
    OutputOptions output = new OutputOptions();

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

    @Option(names = "--no-fail", description = "Exit 0 even with findings or failed gates (unreadable images still exit 3).")
    boolean noFail;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Configuration file (default: the nearest .dlint.yaml, else .hadolint.yaml, walking up from "
                    + "the working directory to the repository root).")
    Path config;

    @Mixin
    RuleSelectionOptions ruleOptions = new RuleSelectionOptions();

    @Mixin
    ReportOptions reportOptions = new ReportOptions();

    /** The catalogue and the resolved command-line settings, set by {@link #validate()}. */
    RuleCatalog rules;
    CommandLineSettings settings;

    @Override
    void validate() {
        if (image != null && image.isBlank()) {
            throw usageError("--image needs a NAME:TAG");
        }
        if (ciConfig != null && !Files.isRegularFile(ciConfig)) {
            throw usageError("--ci-config " + ciConfig + ": no such file");
        }
        try {
            output.validate();
            ImageRun.check(this);
            rules = BuiltinRules.catalog();
            settings = ruleOptions.settings(rules, List.of());
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
