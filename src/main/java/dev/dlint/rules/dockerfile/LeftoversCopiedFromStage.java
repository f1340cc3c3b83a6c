package dev.dlint.rules.dockerfile;

import dev.dlint.facts.ImagePaths;
import dev.dlint.facts.LayerHistory;
import dev.dlint.facts.LayerWrite;
import dev.dlint.facts.PathResolver;
import dev.dlint.facts.StageGraph;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@code COPY --from=<stage>} into the shipped image whose source covers package caches or downloads that the build
 * stage left behind ({@code COPY --from=build / /}, a whole home directory with {@code .cache}): the leftovers of the
 * build stage now ship, though its layers do not. The COPY is the place to fix it.
 */
@RuleInfo(summary = "COPY --from copies package caches or downloads a build stage left behind into the image",
        severity = Severity.WARNING, category = Category.SIZE)
public final class LeftoversCopiedFromStage implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        StageGraph stages = context.facts().stages();
        for (StageGraph.Use use : stages.uses()) {
            if (stages.layersShip(use.reader()) && use.instruction() instanceof CopyInstruction) {
                CopyInstruction copy = (CopyInstruction) use.instruction();
                for (Word source : copy.transfer().sourcePaths()) {
                    check(copy, source, use.source(), context);
                }
            }
        }
    }

    private static void check(CopyInstruction copy, Word source, Stage from, DockerfileContext context) {
        Optional<String> path = PathResolver.resolve(source.text(), workdirAtEnd(from, context), "/root", Map.of());
        if (path.isEmpty()) {
            return;
        }
        List<LayerWrite> carried = new ArrayList<>();
        for (LayerWrite left : leftovers(from, context)) {
            boolean leftover = left.kind() == LayerWrite.Kind.PACKAGE_CACHE || left.kind() == LayerWrite.Kind.DOWNLOAD;
            if (leftover && ImagePaths.touches(path.get(), left.path(), false)) {
                carried.add(left);
            }
        }
        if (carried.isEmpty()) {
            return;
        }
        LayerWrite first = carried.get(0);
        RuleContext.FindingBuilder finding = context.report(source.range(), "COPY --from=" + from.name()
                .orElse(String.valueOf(from.index())) + " " + source.text() + " copies " + first.what() + " (" + first.path()
                + ", left by line " + first.instruction().range().startLine() + ")" + (carried.size() > 1 ? " and "
                + (carried.size() - 1) + " more leftover" + (carried.size() > 2 ? "s" : "") : "") + " into the image."
                + " Copy only what the application needs out of the build stage, or delete the leftovers in the RUN"
                + " that makes them (or keep them out with RUN --mount=type=cache).");
        for (LayerWrite left : carried.subList(0, Math.min(3, carried.size()))) {
            finding.related(left.range(), "left in the build stage here: " + left.what());
        }
    }

    /** What the stage's layers hold at its end: every write not deleted by a later instruction. */
    private static List<LayerWrite> leftovers(Stage stage, DockerfileContext context) {
        List<LayerWrite> live = new ArrayList<>();
        for (LayerHistory.Step step : context.facts().layers(stage)) {
            for (LayerHistory.Deletion deletion : step.deletions()) {
                live.removeIf(w -> w.touchedBy(deletion.path()));
            }
            live.addAll(step.writes());
        }
        return live;
    }

    private static String workdirAtEnd(Stage stage, DockerfileContext context) {
        List<LayerHistory.Step> steps = context.facts().layers(stage);
        return steps.isEmpty() ? "/" : steps.get(steps.size() - 1).workdir();
    }
}
