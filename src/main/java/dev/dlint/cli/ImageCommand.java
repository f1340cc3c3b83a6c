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

/** {@code dlint image IMAGE}: analyse a saved container image, run the image rules and the CI gates. */
@Command(name = "image", sortOptions = false, mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Analyse a saved container image: the layers, the bytes later layers hide (exact accounting and "
                + "dive's numbers), package caches, secrets, the user, duplicated files; CI gates as dive's.",
            "IMAGE is a 'docker save' / 'podman save' / skopeo archive, an OCI archive, an OCI layout directory, or "
                + "SOURCE://NAME as dive takes it: docker-archive://FILE, oci-archive://FILE, oci-dir://DIR, "
                + "docker://NAME or podman://NAME (the local engine saves the image first)."},
        footer = {"", "A failed CI gate is an ImageGate finding (an error, so it exits 1 like any finding). With --ci the "
                + "gates decide, as with dive: exit 0 when they pass, 1 when one fails, whatever the other findings "
                + "(unless --fail-on-findings). Gates come from a .dive-ci file if one exists (as with dive: it "
                + "replaces the gate options), else from the options, the DIVE_RULES_* environment and "
                + "'image: rules:' in .dlint.yaml. dive's spellings (--lowestEfficiency, --highestWastedBytes, "
                + "--highestUserWastedPercent) work too. An incomplete image (a layer blob missing, unreadable or not "
                + "matching its digest) exits 3 unless --ignore-errors, and never passes."})
final class ImageCommand extends Subcommand {

    @Parameters(paramLabel = "IMAGE", arity = "1",
            description = "Image archive (.tar), OCI layout directory, or SOURCE://NAME.")
    String imageArgument;

    @Mixin
    OutputOptions output = new OutputOptions();

    @Option(names = "--source", paramLabel = "SOURCE",
            description = "Where IMAGE is: docker-archive, oci-archive, oci-dir (files), docker, podman (the local "
                    + "engine saves it; dive's default is docker, dlint's is a file).")
    String source;

    @Option(names = "--image", paramLabel = "NAME:TAG",
            description = "The image to analyse when the archive holds several (a RepoTag or OCI ref name).")
    String image;

    @Option(names = "--platform", paramLabel = "OS/ARCH[/VARIANT]",
            description = "The platform to analyse in a multi-platform index (default: the only one, else linux/amd64).")
    String platform;

    @Option(names = "--dockerfile", paramLabel = "PATH",
            description = "The Dockerfile the image was built from: every layer is tied to the instruction that made it "
                    + "(a BuildKit provenance attestation when the image has one, else its history), and wasted bytes, "
                    + "package caches, secrets and duplicates are reported at the Dockerfile line that wrote them, with "
                    + "the line that hid them (default: image: dockerfile: in .dlint.yaml).")
    Path dockerfile;

    @Option(names = "--target", paramLabel = "STAGE",
            description = "With --dockerfile: the stage the image was built from (docker build --target; default the "
                    + "last stage).")
    String target;

    @Option(names = "--ci", description = "dive's CI mode: the gates decide the exit code (0 pass, 1 fail); other "
            + "findings are reported but do not fail unless --fail-on-findings. CI=true in the environment does not "
            + "turn it on.")
    boolean ci;

    @Option(names = "--fail-on-findings", description = "With --ci: findings at the failure threshold fail too.")
    boolean failOnFindings;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write dive's JSON export to FILE (dive's schema: layer[].fileList, image.efficiencyScore,"
                    + " …). With --ci, as with dive, the gates then do not set the exit code.")
    Path diveJson;

    @Option(names = "--ignore-errors", description = "Analyse an incomplete image (a layer blob missing, unreadable or "
            + "not matching its digest) instead of exiting 3; every format says the result is partial.")
    boolean ignoreErrors;

    @Option(names = "--tree", description = "Print the merged file tree up to a layer (--layer) with each entry "
            + "marked as that layer changed it: + added, ~ modified, - removed. Replaces the report.")
    boolean tree;

    @Option(names = "--layer", paramLabel = "INDEX",
            description = "With --tree: the layer, 0-based as dive's index (default: the last).")
    Integer layer;

    @Option(names = "--changes-only", description = "With --tree: only what the layer changed.")
    boolean changesOnly;

    @Option(names = "--path", paramLabel = "PREFIX", description = "With --tree: only this path and what is below it.")
    String treePath;

    @Option(names = "--sort", paramLabel = "ORDER", description = "With --tree: name (default) or size (largest first).")
    String sort;

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
        if (target != null && target.isBlank()) {
            throw usageError("--target needs a STAGE (a stage name or a 0-based stage index)");
        }
        if (ciConfig != null && !Files.isRegularFile(ciConfig)) {
            throw usageError("--ci-config " + ciConfig + ": no such file");
        }
        if (failOnFindings && !ci) {
            throw usageError("--fail-on-findings goes with --ci (without --ci, findings always decide the exit code)");
        }
        if (!tree && (layer != null || changesOnly || treePath != null || sort != null)) {
            throw usageError("--layer, --changes-only, --path and --sort go with --tree");
        }
        if (sort != null && !sort.equals("name") && !sort.equals("size")) {
            throw usageError("--sort: expected name or size, got '" + sort + "'");
        }
        if (layer != null && layer < 0) {
            throw usageError("--layer: expected a layer index from 0, got " + layer);
        }
        try {
            output.validate();
            ImageRun.check(this);
            rules = BuiltinRules.catalog();
            settings = ruleOptions.settings(rules, List.of(), new Notes(err()));
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
