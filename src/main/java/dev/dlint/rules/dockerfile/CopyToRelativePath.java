package dev.dlint.rules.dockerfile;

import dev.dlint.model.AddInstruction;
import dev.dlint.model.BaseImage;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.FileTransfer;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import dev.dlint.model.WorkdirInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.StageRule;
import java.util.Optional;

/**
 * COPY or ADD to a relative destination in a stage where no WORKDIR is set (in the stage or the stages it is built
 * FROM): the path resolves against whatever working directory the base image has. The state is whether the working
 * directory is known: set by WORKDIR, or {@code /} in a stage built on scratch.
 */
@RuleInfo(summary = "COPY to a relative path while the working directory is the base image's",
        severity = Severity.WARNING, category = Category.MAINTAINABILITY, aliases = {"DL3045"})
public final class CopyToRelativePath extends StageRule<Boolean> {

    @Override
    protected Boolean start(Stage stage, DockerfileContext context) {
        return stage.base() instanceof BaseImage.Scratch;
    }

    @Override
    protected Boolean step(Boolean workdirKnown, Instruction instruction, Stage stage, DockerfileContext context) {
        if (instruction instanceof WorkdirInstruction) {
            return true;
        }
        FileTransfer transfer = instruction instanceof CopyInstruction ? ((CopyInstruction) instruction).transfer()
                : instruction instanceof AddInstruction ? ((AddInstruction) instruction).transfer() : null;
        if (!workdirKnown && transfer != null && transfer.destination().isPresent()) {
            Optional<String> dest = context.facts().value(instruction, transfer.destination().get());
            if (dest.isPresent() && !dest.get().startsWith("/") && !dest.get().matches("[A-Za-z]:.*")) {
                context.report(transfer.destination().get().range(), instruction.name() + " to the relative path "
                        + dest.get() + ", but no WORKDIR is set in " + stage.displayName()
                        + (stage.parentStage().isPresent() ? " or the stages it is built FROM" : "")
                        + ": the path resolves against the base image's working directory, which the base"
                        + " image chooses and can change. Set WORKDIR (e.g. WORKDIR /app) before it, or write an"
                        + " absolute path.");
            }
        }
        return workdirKnown;
    }
}
