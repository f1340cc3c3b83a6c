package dev.dlint.rules.dockerfile;

import dev.dlint.facts.Expanded;
import dev.dlint.model.BaseImage;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import dev.dlint.model.WorkdirInstruction;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.StageRule;

/**
 * The first WORKDIR of a stage chain (the stage and the stages it is built FROM) when it is relative: it resolves
 * against the base image's working directory, which the base image may change. As in BuildKit, only the first
 * WORKDIR counts, since the ones after it build on a directory this file chose.
 */
@RuleInfo(summary = "A relative WORKDIR is set before any absolute one, so it depends on the base image",
        severity = Severity.WARNING, category = Category.CORRECTNESS, aliases = {"DL3000"}, precision = Precision.HIGH)
public final class WorkdirRelativePath extends StageRule<Boolean> {

    @Override
    protected Boolean start(Stage stage, DockerfileContext context) {
        return false;
    }

    @Override
    protected Boolean step(Boolean workdirSet, Instruction instruction, Stage stage, DockerfileContext context) {
        if (!(instruction instanceof WorkdirInstruction)) {
            return workdirSet;
        }
        WorkdirInstruction workdir = (WorkdirInstruction) instruction;
        if (!workdirSet && workdir.path().isPresent()) {
            check(workdir, workdir.path().get(), stage, context);
        }
        return true;
    }

    private void check(WorkdirInstruction workdir, Word path, Stage stage, DockerfileContext context) {
        Dockerfile dockerfile = context.facts().dockerfile();
        Expanded expanded = Expanded.of(path.text(), dockerfile.scope(workdir), dockerfile.escape());
        boolean fromScratch = context.facts().rootBase(stage) instanceof BaseImage.Scratch;
        if (!expanded.ok() || (!expanded.unmatched().isEmpty() && !fromScratch) || absolute(expanded.value())) {
            return; // an unset variable may come from the base image's environment
        }
        String shown = expanded.value().equals(path.text()) ? "" : " (" + path.text() + ")";
        context.report(path.range(), "Relative workdir \"" + expanded.value() + "\"" + shown + " can have unexpected"
                + " results if the base image changes: it is resolved against the base image's working directory."
                + " Write an absolute path" + (fromScratch ? " (/" + expanded.value() + ")" : "") + ".");
    }

    /** Absolute for Linux ({@code /app}) or Windows ({@code C:\app}, {@code \app}) stages. */
    private static boolean absolute(String path) {
        return path.startsWith("/") || path.startsWith("\\") || path.matches("[A-Za-z]:[\\\\/].*");
    }
}
