package dev.dlint.rules.dockerfile;

import dev.dlint.context.DockerIgnore;
import dev.dlint.facts.Expanded;
import dev.dlint.model.AddInstruction;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.FileTransfer;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.IgnoredSources;
import java.util.Optional;

/**
 * A COPY or ADD source from the build context that the {@code .dockerignore} excludes, checked as BuildKit checks it:
 * the source path (variables expanded, cleaned) or one of its parent directories matches, a negation that could
 * re-include something at or below it makes the check give up, and {@code .} or {@code /} counts only when a pattern
 * excludes everything. The Dockerfile's directory is taken as the build context.
 */
@RuleInfo(summary = "A COPY or ADD source is excluded by .dockerignore, so the build context lacks it",
        severity = Severity.WARNING, category = Category.CORRECTNESS)
public final class CopyIgnoredFile implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        Optional<DockerIgnore> ignore = context.facts().dockerIgnore();
        if (ignore.isEmpty() || ignore.get().isEmpty()) {
            return;
        }
        for (Stage stage : dockerfile.stages()) {
            for (Instruction instruction : stage.instructions()) {
                boolean add = instruction instanceof AddInstruction;
                boolean fromContext = instruction instanceof CopyInstruction && instruction.flag("from").isEmpty();
                if (add || fromContext) {
                    FileTransfer transfer = add ? ((AddInstruction) instruction).transfer()
                            : ((CopyInstruction) instruction).transfer();
                    transfer.sourcePaths().forEach(source -> check(instruction, source, ignore.get(), context));
                }
            }
        }
    }

    private void check(Instruction instruction, Word source, DockerIgnore ignore, DockerfileContext context) {
        Dockerfile dockerfile = context.facts().dockerfile();
        String path = Expanded.of(source.text(), dockerfile.scope(instruction), dockerfile.escape()).value();
        if (path.matches("(?i)https?://.*|git@.*") || !IgnoredSources.excluded(path, ignore)) {
            return;
        }
        String verb = instruction instanceof AddInstruction ? "Add" : "Copy";
        String pattern = ignore.decidingPattern(IgnoredSources.cleaned(path)).map(p -> " (" + ignore.sourceName() + " "
                + p.describe() + ")").orElse("");
        context.report(source.range(), "Attempting to " + verb + " file \"" + IgnoredSources.cleaned(path) + "\" that is"
                + " excluded by .dockerignore" + pattern + ": the build context does not contain it, so the "
                + instruction.name() + " fails or copies less than it names. Remove the source, or re-include it with a"
                + " ! pattern.");
    }
}
