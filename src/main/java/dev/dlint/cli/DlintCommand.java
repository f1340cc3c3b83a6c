package dev.dlint.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root command: annotations only. {@code lint} is the default subcommand. {@code -v} is the version, as in
 * hadolint, whose {@code -V} ({@code --verbose}) is an option of {@code lint}.
 */
@Command(name = "dlint",
        description = "Lint Dockerfiles and container images: cache busting, image size, security, correctness.",
        versionProvider = Version.class,
        subcommands = {LintCommand.class, FixCommand.class, ImageCommand.class, ParseCommand.class, RulesCommand.class,
                ExplainCommand.class, CacheCommand.class, ContextCommand.class, TrainCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        footer = {"", "Run 'dlint PATH...' to lint (same as 'dlint lint PATH...'), 'dlint image PATH' for an image."})
public final class DlintCommand {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = {"-v", "--version"}, versionHelp = true, description = "Print version information and exit.")
    boolean version;
}
