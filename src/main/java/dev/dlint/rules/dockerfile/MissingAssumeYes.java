package dev.dlint.rules.dockerfile;

import dev.dlint.command.PackageManager;
import dev.dlint.command.PackageManagers;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.CommandEdits;
import dev.dlint.rules.knowledge.PackageRuns;
import dev.dlint.shell.script.SimpleCommand;
import java.util.List;
import java.util.Map;

/**
 * A package-manager command that asks for confirmation (an install, removal or upgrade with apt-get, yum, dnf, zypper,
 * a pip uninstall) has no yes option and no {@code yes |} feeding it: a build has no terminal, the prompt reads end of
 * input, and the command aborts as soon as it has something to confirm.
 */
@RuleInfo(summary = "A package-manager command would stop at its confirmation prompt: it has no -y",
        severity = Severity.WARNING, category = Category.CORRECTNESS, onbuild = true,
        aliases = {"DL3014", "DL3030", "DL3034", "DL3038"})
public final class MissingAssumeYes implements DockerfileRule, Fixable {

    private static final Map<PackageManager, String> CODES = Map.of(PackageManagers.APT, "DL3014",
            PackageManagers.YUM, "DL3030", PackageManagers.ZYPPER, "DL3034", PackageManagers.DNF, "DL3038");

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (PackageRuns.Use use : PackageRuns.uses(context.facts(), context.rule().onbuild())) {
            if (!use.operation().needsConfirmation() || answeredByYes(use)) {
                continue;
            }
            PackageManager manager = use.operation().manager();
            boolean zypper = manager == PackageManagers.ZYPPER;
            String option = zypper ? "-n" : "-y";
            RuleContext.FindingBuilder finding = context.report(CommandEdits.commandRange(use.command()), "`"
                    + PackageRuns.verb(use.command()) + "` asks for confirmation, and a build cannot answer: it aborts as"
                    + " soon as there is something to confirm. Add `" + option + "`"
                    + (zypper ? " (--non-interactive) before the subcommand." : "."));
            String code = CODES.get(manager);
            if (code != null) {
                finding.as(code);
            } else {
                finding.as();
            }
            var source = context.facts().dockerfile().source();
            (zypper ? CommandEdits.afterName(use.command(), option, source)
                    : CommandEdits.afterSubcommand(use.command(), option, source))
                    .ifPresent(edit -> finding.safeFix("Add " + option, List.of(edit)));
        }
    }

    /** {@code yes | apt-get install x}: the prompt is answered. */
    private static boolean answeredByYes(PackageRuns.Use use) {
        return use.command().command().context().pipedFrom()
                .filter(c -> c instanceof SimpleCommand && ((SimpleCommand) c).isNamed("yes")).isPresent();
    }
}
