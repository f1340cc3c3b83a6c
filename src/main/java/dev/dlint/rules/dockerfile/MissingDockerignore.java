package dev.dlint.rules.dockerfile;

import dev.dlint.facts.ContextCopy;
import dev.dlint.facts.ContextFacts;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.ContextLitter;
import dev.dlint.rules.knowledge.InstructionText;
import dev.dlint.rules.knowledge.IgnoreLines;
import java.util.List;
import java.util.Optional;

/**
 * A COPY or ADD sweeps into the image what an image never needs from the build context (version-control data,
 * installed dependencies the build installs again, caches, editor and system files), and the build has no
 * {@code .dockerignore} at all. Measured on the real context; silent without one.
 */
@RuleInfo(summary = "A COPY or ADD sends what an image never needs from the build context, and there is no"
        + " .dockerignore", severity = Severity.WARNING, category = Category.SIZE)
public final class MissingDockerignore implements DockerfileRule, Fixable {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        DockerfileFacts facts = context.facts();
        Optional<ContextFacts> build = facts.buildContext();
        if (build.isEmpty() || build.get().ignoreFile().isPresent()) {
            return;
        }
        List<ContextLitter.CopySweeps> all = ContextLitter.sweeps(facts);
        String path = build.get().directory().equals(".") ? ".dockerignore" : build.get().directory() + "/.dockerignore";
        for (ContextLitter.CopySweeps sweeps : all) {
            ContextCopy copy = sweeps.copy();
            IgnoreLines lines = IgnoreLines.of(sweeps.sweeps(), all, facts, Optional.empty());
            boolean git = sweeps.sweeps().stream().anyMatch(s -> s.item().pattern().equals(".git"));
            context.report(copy.source().range(), "`" + InstructionText.firstLine(dockerfile, copy.instruction(), 60)
                    + "` sends, with no .dockerignore in the build context, what the image never needs: "
                    + describe(sweeps.sweeps()) + " (the COPY takes " + copy.selection().totals().describe()
                    + " in all). They make the build context and the layer larger, and every change to them"
                    + (git ? " (each commit changes .git)" : "") + " misses the cache of this "
                    + copy.instruction().name() + " and of every step after it. Create a .dockerignore in the build context with "
                    + IgnoreLines.quoted(lines.lines()) + "." + IgnoreLines.review(lines))
                    .fix(lines.fix(Optional.empty(), path));
        }
    }

    static String describe(List<ContextLitter.Sweep> sweeps) {
        StringBuilder out = new StringBuilder();
        for (ContextLitter.Sweep sweep : sweeps) {
            out.append(out.length() == 0 ? "" : "; ").append(sweep.describe());
        }
        return out.toString();
    }
}
