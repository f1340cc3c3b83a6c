package dev.dlint.rules.dockerfile;

import dev.dlint.command.OperationKind;
import dev.dlint.command.PackageManagers;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.CommandEdits;
import dev.dlint.rules.knowledge.PackageRuns;
import java.util.List;
import java.util.Optional;

/**
 * An {@code apt-get install} (also {@code apt}, {@code aptitude}) in a RUN that does not run {@code apt-get update}
 * before it: the package lists come from an earlier layer (stale as soon as that layer is cached: the mirror drops the
 * versions it names and the install fails with 404) or from nowhere (the base image ships none: "Unable to locate
 * package"). Installs of local {@code .deb} files only are left alone. Henkel et al. (ICSE 2020),
 * {@code aptGetUpdatePrecedesInstall}.
 */
@RuleInfo(summary = "apt-get install runs without an apt-get update in the same RUN", severity = Severity.WARNING,
        category = Category.CORRECTNESS, onbuild = true)
public final class AptInstallWithoutUpdate implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        DockerfileFacts facts = context.facts();
        List<PackageRuns.Use> uses = PackageRuns.uses(facts, context.rule().onbuild());
        for (int i = 0; i < uses.size(); i++) {
            PackageRuns.Use use = uses.get(i);
            if (!isApt(use) || use.operation().kind() != OperationKind.INSTALL || onlyLocalFiles(use) || use.command().invocation().get().has("--update")
                    || updatedBefore(uses, i)) {
                continue;
            }
            var finding = context.report(CommandEdits.commandRange(use.command()), "`" + PackageRuns.verb(use.command())
                    + "` runs without `apt-get update` in the same RUN: it reads package lists from an earlier layer,"
                    + " which go stale once that layer is cached (the mirror drops the versions they name), or finds"
                    + " none. Run `apt-get update &&` before it in this RUN (and remove the lists at its end).");
            earlierUpdate(facts, uses, i).ifPresent(u -> finding.related(u.command().range(),
                    "the package lists it relies on were fetched here, in another layer"));
        }
    }

    private static boolean isApt(PackageRuns.Use use) {
        return use.operation().manager() == PackageManagers.APT;
    }

    private static boolean onlyLocalFiles(PackageRuns.Use use) {
        var packages = use.operation().packages();
        return packages.isEmpty() || packages.stream().allMatch(p -> p.text().contains("/") || p.text().endsWith(".deb"));
    }

    /** Whether an index update of APT ran earlier in the same RUN. */
    private static boolean updatedBefore(List<PackageRuns.Use> uses, int index) {
        PackageRuns.Use use = uses.get(index);
        for (int j = index - 1; j >= 0 && uses.get(j).site().run() == use.site().run(); j--) {
            PackageRuns.Use earlier = uses.get(j);
            if (isApt(earlier) && (earlier.operation().kind() == OperationKind.UPDATE_INDEX
                    || earlier.operation().kind() == OperationKind.INSTALL && earlier.command().invocation().get()
                            .has("--update"))) {
                return true;
            }
        }
        return false;
    }

    /** The last APT index update of an earlier RUN in the stage or a stage it is built on. */
    private static Optional<PackageRuns.Use> earlierUpdate(DockerfileFacts facts, List<PackageRuns.Use> uses, int index) {
        PackageRuns.Use use = uses.get(index);
        var lineage = facts.dockerfile().lineage(use.site().stage());
        for (int j = index - 1; j >= 0; j--) {
            PackageRuns.Use earlier = uses.get(j);
            if (earlier.site().run() != use.site().run() && !earlier.site().trigger() && isApt(earlier)
                    && earlier.operation().kind() == OperationKind.UPDATE_INDEX
                    && lineage.contains(earlier.site().stage())) {
                return Optional.of(earlier);
            }
        }
        return Optional.empty();
    }
}
