package dev.dlint.rules.dockerfile;

import dev.dlint.facts.FsPaths;
import dev.dlint.facts.LayerHistory;
import dev.dlint.facts.LayerWrite;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunCommand;
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
        for (Stage stage : dockerfile.stages()) {
            if (!context.facts().stages().layersShip(stage)) {
                continue; // its layers never reach the image: nothing is stored twice
            }
            List<LayerWrite> earlier = new ArrayList<>();
            for (LayerHistory.Step step : context.facts().layers(stage)) {
                if (!step.inherited() && step.instruction() instanceof RunInstruction) {
                    check(dockerfile, step, earlier, context);
                }
                earlier.addAll(step.writes());
            }
        }
    }

    private void check(Dockerfile dockerfile, LayerHistory.Step step, List<LayerWrite> earlier, DockerfileContext context) {
        RunInstruction run = (RunInstruction) step.instruction();
        List<String> createdHere = new ArrayList<>();
        for (RunCommand command : run.commands()) {
            if (command.isNamed("mkdir", "useradd", "adduser")) {
                createdHere.addAll(created(command, step, dockerfile));
                continue;
            }
            if (!command.isNamed("chown", "chmod") || !recursive(command)) {
                continue;
            }
            List<String> operands = command.arguments().stream().filter(a -> !a.startsWith("-")).toList();
            if (operands.size() < 2) {
                continue;
            }
            String owner = operands.get(0);
            for (String target : operands.subList(1, operands.size())) {
                Optional<String> path = FsPaths.resolve(target, step.workdir(), step.home(), dockerfile.scope(run).values());
                if (path.isEmpty() || path.get().equals("/") || createdHere.contains(path.get())) {
                    continue;
                }
                List<LayerWrite> hit = earlier.stream().filter(w -> !w.path().equals("/"))
                        .filter(w -> FsPaths.isWithin(w.path(), path.get()) || FsPaths.isWithin(path.get(), w.path()))
                        .toList();
                if (!hit.isEmpty()) {
                    report(dockerfile, step, command, owner, target, path.get(), hit, context);
                    break;
                }
            }
        }
    }

    private void report(Dockerfile dockerfile, LayerHistory.Step step, RunCommand command, String value, String target,
                        String path, List<LayerWrite> hit, DockerfileContext context) {
        RunInstruction run = (RunInstruction) step.instruction();
        String tool = command.name().get();
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

    /** Directories a command creates empty: {@code mkdir} operands, the home of {@code useradd -m}. */
    private static List<String> created(RunCommand command, LayerHistory.Step step, Dockerfile dockerfile) {
        List<String> paths = new ArrayList<>();
        List<String> args = command.arguments();
        if (command.isNamed("mkdir")) {
            for (String arg : args) {
                if (!arg.startsWith("-")) {
                    FsPaths.resolve(arg, step.workdir(), step.home(), dockerfile.scope(step.instruction()).values())
                            .ifPresent(paths::add);
                }
            }
        } else if (!args.isEmpty()) {
            int home = Math.max(args.indexOf("-d"), args.indexOf("--home-dir"));
            paths.add(home >= 0 && home + 1 < args.size() ? args.get(home + 1) : "/home/" + args.get(args.size() - 1));
        }
        return paths;
    }

    private static boolean recursive(RunCommand command) {
        for (String arg : command.arguments()) {
            if (arg.equals("--recursive") || (arg.startsWith("-") && !arg.startsWith("--") && arg.contains("R"))) {
                return true;
            }
        }
        return false;
    }
}
