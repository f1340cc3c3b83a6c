package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.facts.LayerHistory;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.RunLeftovers;
import java.util.List;
import java.util.Optional;

/**
 * An archive that a RUN downloads (or writes) and extracts with {@code tar -x} or {@code unzip}, and that the same RUN
 * does not delete: the layer keeps the compressed copy next to the extracted files. Judged only in the stages whose
 * layers ship; an archive a later RUN deletes is SplitInstallCleanup's finding, and one a later instruction names is
 * kept on purpose. Henkel et al. (ICSE 2020), {@code tarSomethingRmTheSomething}.
 */
@RuleInfo(summary = "An archive the RUN extracted stays in its layer", severity = Severity.WARNING,
        category = Category.SIZE)
public final class ArchiveLeftAfterExtract implements DockerfileRule, Fixable {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        DockerfileFacts facts = context.facts();
        for (RunLeftovers.ShippedRun run : RunLeftovers.of(facts)) {
            List<LayerHistory.CommandEffect> effects = run.effects();
            for (int i = 0; i < effects.size(); i++) {
                LayerHistory.CommandEffect effect = effects.get(i);
                Optional<String> archive = archive(effect).flatMap(effect::resolve);
                if (archive.isEmpty()) {
                    continue;
                }
                Optional<Integer> creator = RunLeftovers.leftBehind(facts, run, i, archive.get());
                if (creator.isEmpty()) {
                    continue;
                }
                report(context, run, i, archive(effect).get(), effects.get(creator.get()), effect, archive.get());
            }
        }
    }

    private static void report(DockerfileContext context, RunLeftovers.ShippedRun run, int index, String written,
                               LayerHistory.CommandEffect creator, LayerHistory.CommandEffect extraction, String path) {
        String tool = extraction.use().invocation().map(Invocation::spelled).orElse("tar");
        var finding = context.report(RunLeftovers.creation(creator), "The archive `" + path + "` is extracted by `"
                + tool + "` on line " + extraction.use().range().startLine() + " and then stays in this RUN's layer,"
                + " a compressed copy of files the layer already holds: delete it at the end of the RUN (`rm -f "
                + path + "`).")
                .related(extraction.use().range(), "extracted here; nothing in the RUN deletes the archive after");
        RunLeftovers.appendRemoval(run, index, written, "-f", path)
                .ifPresent(edit -> finding.safeFix("Delete " + path + " at the end of the RUN", List.of(edit)));
    }

    /** The archive a command extracts, as written: {@code tar -xf A}, {@code tar xzf A}, {@code unzip A}. */
    private static Optional<String> archive(LayerHistory.CommandEffect effect) {
        Optional<Invocation> inv = effect.use().invocation();
        if (inv.isEmpty()) {
            return Optional.empty();
        }
        if (inv.get().is("tar") && inv.get().has("--extract")) {
            return inv.get().value("--file").filter(f -> !f.equals("-"));
        }
        if (inv.get().is("unzip") && !inv.get().has("-l") && !inv.get().has("-t")) {
            return inv.get().operandsAfterSubcommand().stream().findFirst().map(o -> o.text());
        }
        return Optional.empty();
    }
}
