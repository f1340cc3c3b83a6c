package dev.dlint.rules.dockerfile;

import dev.dlint.command.PackageManagers;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.CommandEdits;
import dev.dlint.rules.knowledge.PackageRuns;

/**
 * {@code zypper dist-upgrade} ({@code dup}) in a build: it moves the image to whatever the repositories hold that day,
 * vendor changes and package removals included, instead of the release the base image pins.
 */
@RuleInfo(summary = "zypper dist-upgrade moves the image to whatever distribution the repositories hold that day",
        severity = Severity.WARNING, category = Category.MAINTAINABILITY, onbuild = true, aliases = {"DL3035"})
public final class ZypperDistUpgrade implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (PackageRuns.Use use : PackageRuns.uses(context.facts(), context.rule().onbuild())) {
            if (use.operation().manager() == PackageManagers.ZYPPER
                    && use.command().invocation().orElseThrow().isSubcommand("dist-upgrade")) {
                context.report(CommandEdits.commandRange(use.command()), "`zypper dist-upgrade` upgrades the image to"
                        + " whatever the repositories hold at build time, removing or replacing packages as it goes."
                        + " Use a base image of the release you want, and `zypper update` (or `zypper patch`) for"
                        + " fixes.");
            }
        }
    }
}
