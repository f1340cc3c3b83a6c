package dev.dlint.rules.dockerfile;

import dev.dlint.command.OperationKind;
import dev.dlint.facts.CommandUse;
import dev.dlint.facts.LayerHistory;
import dev.dlint.facts.LayerWrite;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.fixes.CleanupMove;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A RUN deletes what an earlier layer of the shipped image created (package lists and caches, downloads, clones,
 * unpacked trees, copied files): the bytes stay in the earlier layer, so the image does not get smaller. Only the
 * stages whose layers ship (the target and the stages it is built FROM) are judged; one leak is one finding, at the
 * first deletion, with later deletions of the same bytes as related locations.
 */
@RuleInfo(summary = "A later RUN deletes files an earlier layer created, so the image does not shrink",
        severity = Severity.WARNING, category = Category.SIZE)
public final class SplitInstallCleanup implements DockerfileRule, Fixable {

    /** Earlier writes a deletion hides, and the later deletions of the same bytes. */
    private record Leak(LayerHistory.Deletion deletion, List<LayerWrite> writes, List<LayerHistory.Deletion> again) {
    }

    /** The stages whose layers ship are the target and the stages it is built FROM: its layer history. */
    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        Optional<Stage> target = context.facts().stages().target();
        target.ifPresent(stage -> {
            List<LayerHistory.Step> steps = context.facts().layers(stage);
            leaks(steps).forEach(leak -> report(leak, steps, context));
        });
    }

    private static List<Leak> leaks(List<LayerHistory.Step> steps) {
        List<Leak> leaks = new ArrayList<>();
        List<LayerWrite> live = new ArrayList<>();
        for (LayerHistory.Step step : steps) {
            Map<LayerWrite, LayerHistory.Deletion> exact = exactDeletions(step, live);
            for (LayerHistory.Deletion deletion : step.deletions()) {
                if (deletion.ofThisRun()) {
                    continue;
                }
                List<LayerWrite> hit = live.stream().filter(w -> !w.isEmptyDirectory() && w.touchedBy(deletion.path()))
                        .filter(w -> exact.getOrDefault(w, deletion) == deletion)
                        .sorted(Comparator.comparingInt((LayerWrite w) -> w.specificity(deletion.path())).reversed())
                        .toList();
                live.removeAll(hit);
                Leak last = leaks.isEmpty() ? null : leaks.get(leaks.size() - 1);
                if (!hit.isEmpty() && last != null && last.deletion().range().equals(deletion.range())) {
                    last.writes().addAll(hit); // one command cleaning several caches (dnf: /var/cache/dnf and libdnf5)
                } else if (!hit.isEmpty()) {
                    Leak leak = new Leak(deletion, new ArrayList<>(hit), new ArrayList<>());
                    leaks.add(leak);
                } else {
                    // related to every leak whose bytes it deletes again, so the result never depends on an order
                    leaks.stream().filter(l -> l.writes().stream().anyMatch(w -> w.touchedBy(deletion.path())))
                            .forEach(l -> l.again().add(deletion));
                }
            }
            live.addAll(step.writes());
        }
        return leaks;
    }

    /** The writes a deletion of the step names by their exact path: no other deletion of the step claims them. */
    private static Map<LayerWrite, LayerHistory.Deletion> exactDeletions(LayerHistory.Step step, List<LayerWrite> live) {
        Map<LayerWrite, LayerHistory.Deletion> exact = new IdentityHashMap<>();
        for (LayerHistory.Deletion deletion : step.deletions()) {
            for (LayerWrite write : live) {
                if (write.path().equals(deletion.path())) {
                    exact.putIfAbsent(write, deletion);
                }
            }
        }
        return exact;
    }

    private static void report(Leak leak, List<LayerHistory.Step> steps, DockerfileContext context) {
        LayerWrite first = leak.writes().get(0);
        int line = first.instruction().range().startLine();
        RuleContext.FindingBuilder finding = context.report(leak.deletion().range(), "`"
                + leak.deletion().description() + "` deletes " + first.what() + " from the layer of line " + line
                + ", but a later RUN cannot remove bytes from an earlier layer: the image does not get smaller. "
                + advice(first, context));
        for (LayerWrite write : leak.writes().subList(0, Math.min(3, leak.writes().size()))) {
            finding.related(write.range(), "created here and kept in this layer: " + write.what());
        }
        for (LayerHistory.Deletion again : leak.again()) {
            finding.related(again.range(), "deletes the same files again; their bytes are still in the layer of line "
                    + line);
        }
        CleanupMove.plan(context.facts(), steps, leak.deletion(), leak.writes()).fix().ifPresent(finding::fix);
    }

    /** How to fix the shape found: copied files, a bare index update, or files a RUN made. */
    private static String advice(LayerWrite first, DockerfileContext context) {
        int line = first.instruction().range().startLine();
        if (first.copied()) {
            return "Give the RUN the files without storing them in a layer (RUN --mount=type=bind,source=…,target=…),"
                    + " or use them in a build stage and copy only the result.";
        }
        if (first.kind() == LayerWrite.Kind.PACKAGE_CACHE && isBareIndexUpdate(first, context)) {
            return "Line " + line + " only refreshes the package index, which the install needs: merge the update,"
                    + " the install and this cleanup into one RUN (`apt-get update && apt-get install … && rm -rf"
                    + " /var/lib/apt/lists/*`).";
        }
        if (first.kind() == LayerWrite.Kind.PACKAGE_CACHE) {
            return "Delete them in the RUN that creates them (line " + line + "), or keep them out of the layer with"
                    + " RUN --mount=type=cache.";
        }
        return "Delete them in the RUN that creates them (line " + line + "), or do that work in a build stage and"
                + " copy only the result.";
    }

    /** Whether the write comes from a RUN that refreshes a package index and installs nothing. */
    private static boolean isBareIndexUpdate(LayerWrite write, DockerfileContext context) {
        if (!(write.instruction() instanceof RunInstruction) || write.instruction().index() < 0) {
            return false;
        }
        boolean update = false;
        for (CommandUse use : context.facts().commands((RunInstruction) write.instruction())) {
            Optional<OperationKind> kind = use.packages().map(p -> p.kind());
            if (kind.isPresent() && kind.get() == OperationKind.INSTALL) {
                return false;
            }
            update |= kind.isPresent() && kind.get() == OperationKind.UPDATE_INDEX;
        }
        return update;
    }
}
