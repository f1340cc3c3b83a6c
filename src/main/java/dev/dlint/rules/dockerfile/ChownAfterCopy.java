package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
import dev.dlint.command.Operand;
import dev.dlint.facts.CommandUse;
import dev.dlint.facts.ImagePaths;
import dev.dlint.facts.LayerHistory;
import dev.dlint.facts.LayerWrite;
import dev.dlint.facts.PathResolver;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Edits;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.text.SourceRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * {@code RUN chown -R} or {@code chmod -R} over files an earlier layer wrote: changing ownership or mode copies every
 * file into the new layer, so their bytes are stored twice. COPY and ADD can set both while copying.
 */
@RuleInfo(summary = "A recursive chown/chmod rewrites files an earlier layer added, storing them twice",
        severity = Severity.WARNING, category = Category.SIZE)
public final class ChownAfterCopy implements DockerfileRule, Fixable {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        Optional<Stage> target = context.facts().stages().target();
        if (target.isPresent()) { // its layers and those of the stages it is built FROM are the image's
            List<LayerWrite> earlier = new ArrayList<>();
            for (LayerHistory.Step step : context.facts().layers(target.get())) {
                if (step.instruction() instanceof RunInstruction) {
                    check(dockerfile, step, earlier, context);
                }
                for (LayerHistory.Deletion deletion : step.deletions()) {
                    earlier.removeIf(w -> w.touchedBy(deletion.path())); // hidden files are not rewritten
                }
                earlier.addAll(step.writes());
            }
        }
    }

    /**
     * Each recursive chown/chmod of the RUN, against the files earlier layers left and this RUN did not delete. Files
     * are rewritten once per RUN: a second chown/chmod of the same files changes the same new copy.
     */
    private void check(Dockerfile dockerfile, LayerHistory.Step step, List<LayerWrite> earlier, DockerfileContext context) {
        List<LayerWrite> live = new ArrayList<>(earlier);
        List<String> madeHere = new ArrayList<>();
        for (LayerHistory.CommandEffect effect : step.commands()) {
            for (LayerHistory.Deletion deletion : effect.deletions()) {
                live.removeIf(w -> w.touchedBy(deletion.path()));
            }
            effect.writes().stream().filter(LayerWrite::isEmptyDirectory).forEach(w -> madeHere.add(w.path()));
            Optional<Invocation> invocation = effect.use().invocation();
            if (!effect.use().is("chown", "chmod") || invocation.isEmpty() || !invocation.get().has("-R")
                    || invocation.get().has("--reference")) {
                continue;
            }
            List<String> operands = invocation.get().operands().stream().map(Operand::text).toList();
            if (operands.size() < 2) {
                continue;
            }
            String value = operands.get(0);
            for (String target : operands.subList(1, operands.size())) {
                Optional<String> path = PathResolver.resolve(target, effect.cwd(), step.home(),
                        dockerfile.scope(step.instruction()).values());
                if (path.isEmpty() || path.get().equals("/")) {
                    continue;
                }
                boolean newDirectory = madeHere.contains(path.get());
                List<LayerWrite> hit = live.stream()
                        .filter(w -> !w.path().equals("/") && !w.isEmptyDirectory())
                        .filter(w -> newDirectory ? ImagePaths.isWithin(w.path(), path.get()) // a new directory holds
                                : ImagePaths.touches(path.get(), w.path(), false) // the target covers the files
                                || w.touchedBy(path.get())) // or lies among them
                        .filter(w -> !alreadySet(w, effect.use().tool(), value))
                        .sorted(Comparator.comparing((LayerWrite w) -> !ImagePaths.isWithin(w.path(), path.get()))
                                .thenComparing(w -> -w.specificity(path.get())))
                        .toList(); // writes inside the target first: they are surely rewritten
                if (!hit.isEmpty()) {
                    report(dockerfile, step, effect.use(), value, target, path.get(), hit, context);
                    live.removeAll(hit);
                    break;
                }
            }
        }
    }

    /** Whether the COPY/ADD already gave the files this owner or mode, so the command rewrites nothing. */
    private static boolean alreadySet(LayerWrite write, String tool, String value) {
        Optional<String> set = tool.equals("chown") ? write.owner() : write.mode();
        if (set.isEmpty()) {
            return false;
        }
        return tool.equals("chown") ? set.get().equals(value)
                : set.get().replaceFirst("^0+(?=\\d)", "").equals(value.replaceFirst("^0+(?=\\d)", ""));
    }

    private void report(Dockerfile dockerfile, LayerHistory.Step step, CommandUse command, String value, String target,
                        String path, List<LayerWrite> hit, DockerfileContext context) {
        RunInstruction run = (RunInstruction) step.instruction();
        String tool = command.tool();
        LayerWrite first = hit.get(0);
        String flag = tool.equals("chown") ? "--chown" : "--chmod";
        String advice = first.copied()
                ? "Set it while copying: " + first.instruction().name() + " " + flag + "=" + value + " … (line "
                        + first.instruction().range().startLine() + ")."
                : "Do it in the RUN that creates the files (line " + first.instruction().range().startLine() + ").";
        RuleContext.FindingBuilder finding = context.report(command.range(), "`" + tool + " -R " + value + " " + target
                + "` rewrites " + first.what() + " (line " + first.instruction().range().startLine()
                + "): every file is copied into a new layer, so its bytes are stored twice. " + advice);
        for (LayerWrite write : hit.subList(0, Math.min(3, hit.size()))) {
            finding.related(write.range(), "written here, then stored again by " + tool);
        }
        fix(dockerfile, run, flag, value, path, hit).ifPresent(edits ->
                finding.unsafeFix("Use " + first.instruction().name() + " " + flag + "=" + value + " and drop the RUN", edits));
    }

    /**
     * When the RUN is only this command, and one COPY/ADD without the flag wrote exactly the target: add the flag to
     * that COPY and delete the RUN. {@code --chmod} only takes octal modes.
     */
    private Optional<List<TextEdit>> fix(Dockerfile dockerfile, RunInstruction run, String flag, String value,
                                         String path, List<LayerWrite> hit) {
        boolean alone = run.commands().size() == 1;
        boolean octal = flag.equals("--chown") || value.matches("[0-7]{3,4}");
        if (!alone || !octal || hit.size() != 1 || !hit.get(0).copied()) {
            return Optional.empty();
        }
        Instruction copy = hit.get(0).instruction();
        if (copy.flag(flag.substring(2)).isPresent() || copy.flag("from").isPresent() && flag.equals("--chmod")) {
            return Optional.empty();
        }
        if (!path.equals(hit.get(0).path())) {
            return Optional.empty();
        }
        SourceRange keyword = copy.keyword().range();
        TextEdit addFlag = new TextEdit(new SourceRange(keyword.endLine(), keyword.endColumn(), keyword.endLine(),
                keyword.endColumn()), " " + flag + "=" + value);
        return Optional.of(List.of(addFlag, Edits.deleteLines(dockerfile.source(), run)));
    }
}
