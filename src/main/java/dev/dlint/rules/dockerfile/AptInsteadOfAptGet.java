package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
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
import java.util.List;
import java.util.Set;

/**
 * {@code apt} run as a command. apt(8) is APT's interactive front end: its output and options are not a stable
 * interface, and it warns so on every non-interactive run. {@code apt-get} (and {@code apt-cache}) are the stable ones.
 */
@RuleInfo(summary = "RUN uses apt, whose command line is meant for terminals; use apt-get",
        severity = Severity.WARNING, category = Category.MAINTAINABILITY, onbuild = true, aliases = {"DL3027"})
public final class AptInsteadOfAptGet implements DockerfileRule, Fixable {

    /** Subcommands apt-get runs the same way; {@code apt upgrade} also installs new dependencies, apt-get's does not. */
    private static final Set<String> SAME_IN_APT_GET = Set.of("install", "reinstall", "remove", "purge", "autoremove",
            "autopurge", "update", "dist-upgrade", "clean", "autoclean", "distclean", "build-dep", "satisfy", "source",
            "download", "changelog", "check");

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (PackageRuns.Use use : PackageRuns.uses(context.facts(), context.rule().onbuild())) {
            Invocation apt = use.command().invocation().orElseThrow();
            if (!apt.is("apt")) {
                continue;
            }
            RuleContext.FindingBuilder finding = context.report(use.command().command().range(apt.nameWord()), "`"
                    + PackageRuns.verb(use.command()) + "` runs apt, APT's front end for terminals: its command line is"
                    + " not stable and it warns so in every build. Use `apt-get` (or `apt-cache` to query).");
            boolean same = apt.subcommands().size() == 1 && SAME_IN_APT_GET.contains(apt.subcommands().get(0));
            if (same && apt.nameWord().literal().filter(n -> n.equals("apt")).isPresent()) {
                CommandEdits.replace(use.command(), apt.nameWord(), "apt-get", context.facts().dockerfile().source())
                        .ifPresent(edit -> finding.unsafeFix("Use apt-get", List.of(edit)));
            }
        }
    }
}
