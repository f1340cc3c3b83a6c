package dev.dlint.rules.dockerfile;

import dev.dlint.facts.LayerHistory;
import dev.dlint.facts.LayerWrite;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A RUN deletes what an earlier layer of the same image created (package lists and caches, downloads, copied
 * files): the bytes stay in the earlier layer, so the image does not get smaller. Follows stages built FROM
 * earlier stages, which inherit their layers.
 */
@RuleInfo(summary = "A later RUN deletes files an earlier layer created, so the image does not shrink",
        severity = Severity.WARNING, category = Category.SIZE)
public final class SplitInstallCleanup implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Stage stage : dockerfile.stages()) {
            if (!context.facts().stages().layersShip(stage)) {
                continue; // its layers never reach the image: nothing is stored twice
            }
            List<LayerWrite> earlier = new ArrayList<>();
            for (LayerHistory.Step step : context.facts().layers(stage)) {
                if (!step.inherited()) {
                    for (LayerHistory.Deletion deletion : step.deletions()) {
                        report(deletion, earlier, context);
                    }
                }
                earlier.addAll(step.writes());
            }
        }
    }

    private void report(LayerHistory.Deletion deletion, List<LayerWrite> earlier, DockerfileContext context) {
        List<LayerWrite> hit = earlier.stream().filter(w -> w.touchedBy(deletion.path()))
                .sorted(Comparator.comparingInt((LayerWrite w) -> w.specificity(deletion.path())).reversed()).toList();
        if (hit.isEmpty()) {
            return;
        }
        LayerWrite first = hit.get(0);
        String how = first.copied()
                ? "Give the RUN the files without storing them in a layer (RUN --mount=type=bind,source=…,target=…),"
                        + " or use them in a build stage and copy only the result."
                : "Delete them in the RUN that creates them (line " + first.instruction().range().startLine()
                        + "), or keep them out of the layer with RUN --mount=type=cache.";
        RuleContext.FindingBuilder finding = context.report(deletion.range(), "`" + deletion.description()
                + "` deletes " + first.what() + " from the layer of line " + first.instruction().range().startLine()
                + ", but a later RUN cannot remove bytes from an earlier layer: the image does not get smaller. " + how);
        for (LayerWrite write : hit.subList(0, Math.min(3, hit.size()))) {
            finding.related(write.range(), "created here and kept in this layer: " + write.what());
        }
    }
}
