package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
import dev.dlint.command.PackageManagers;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.AptSettings;
import dev.dlint.rules.knowledge.CommandEdits;
import dev.dlint.rules.knowledge.PackageRuns;
import java.util.List;

/**
 * {@code apt-get install} (or {@code apt install}, {@code aptitude install}) without {@code --no-install-recommends}:
 * APT also installs every package the named ones recommend, unless an option or an apt.conf file written by the
 * Dockerfile turns that off.
 */
@RuleInfo(summary = "apt-get install also installs recommended packages: add --no-install-recommends",
        severity = Severity.INFO, category = Category.SIZE, onbuild = true, aliases = {"DL3015"})
public final class MissingNoInstallRecommends implements DockerfileRule, Fixable {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (PackageRuns.Use use : PackageRuns.uses(context.facts(), context.rule().onbuild())) {
            Invocation apt = use.command().invocation().orElseThrow();
            boolean aptitude = apt.is("aptitude");
            if (use.operation().manager() != PackageManagers.APT || !apt.isSubcommand("install")
                    || apt.has("--no-install-recommends") || apt.has("--install-recommends")
                    || aptitude && (apt.has("-R") || apt.has("-r")) || AptSettings.recommendsOff(apt)
                    || AptSettings.recommendsOffBefore(context.facts(), use)) {
                continue;
            }
            String option = aptitude ? "--without-recommends" : "--no-install-recommends";
            RuleContext.FindingBuilder finding = context.report(CommandEdits.commandRange(use.command()), "`"
                    + PackageRuns.verb(use.command()) + "` also installs the packages these recommend, which the image"
                    + " rarely needs. Add `" + option + "` and name the ones you use.");
            CommandEdits.afterSubcommand(use.command(), option, context.facts().dockerfile().source())
                    .ifPresent(edit -> finding.unsafeFix("Add " + option, List.of(edit)));
        }
    }
}
