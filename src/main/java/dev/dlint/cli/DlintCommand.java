package dev.dlint.cli;

import picocli.CommandLine.Command;

/** The root command: annotations only. {@code lint} is the default subcommand. */
@Command(name = "dlint",
        description = "Lint Dockerfiles and container images: cache busting, image size, security, correctness.",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        subcommands = {LintCommand.class, FixCommand.class, ImageCommand.class, ParseCommand.class, RulesCommand.class,
                ExplainCommand.class, CacheCommand.class, ContextCommand.class, TrainCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        footer = {"", "Run 'dlint PATH...' to lint (same as 'dlint lint PATH...'), 'dlint image PATH' for an image,",
                "'dlint help COMMAND' for the options and exit codes of a command."})
public final class DlintCommand {
}
