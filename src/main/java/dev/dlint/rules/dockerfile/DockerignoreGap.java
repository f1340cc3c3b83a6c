package dev.dlint.rules.dockerfile;

import dev.dlint.context.IgnorePattern;
import dev.dlint.facts.ContextCopy;
import dev.dlint.facts.ContextFacts;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.facts.IgnoreFile;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.ContextLitter;
import dev.dlint.rules.knowledge.InstructionText;
import dev.dlint.rules.knowledge.IgnoreLines;
import java.util.List;
import java.util.Optional;

/**
 * The build has a {@code .dockerignore}, but a COPY or ADD still sweeps into the image what an image never needs
 * (version-control data, dependencies the build installs again, caches, editor and system files). Measured on the
 * real context; the fix appends the missing lines to the ignore file.
 */
@RuleInfo(summary = "A COPY or ADD sends what an image never needs, which the .dockerignore does not exclude",
        severity = Severity.WARNING, category = Category.SIZE)
public final class DockerignoreGap implements DockerfileRule, Fixable {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        DockerfileFacts facts = context.facts();
        Optional<ContextFacts> build = facts.buildContext();
        if (build.isEmpty() || build.get().ignoreFile().isEmpty()) {
            return;
        }
        IgnoreFile ignore = build.get().ignoreFile().get();
        List<ContextLitter.CopySweeps> all = ContextLitter.sweeps(facts);
        for (ContextLitter.CopySweeps sweeps : all) {
            ContextCopy copy = sweeps.copy();
            IgnoreLines lines = IgnoreLines.of(sweeps.sweeps(), all, facts, Optional.of(ignore));
            RuleContext.FindingBuilder finding = context.report(copy.source().range(), "`"
                    + InstructionText.firstLine(dockerfile, copy.instruction(), 60) + "` sends what the image never needs, and "
                    + ignore.name() + " does not exclude it: " + MissingDockerignore.describe(sweeps.sweeps())
                    + ". Add " + IgnoreLines.quoted(lines.lines()) + " to " + ignore.name() + "." + IgnoreLines.review(lines));
            boolean pointed = false;
            for (ContextLitter.Sweep sweep : sweeps.sweeps()) {
                Optional<IgnorePattern> narrow = ContextLitter.narrowPattern(sweep, ignore);
                if (narrow.isPresent() && sweep.ignoreLine().startsWith("**/")) {
                    finding.relatedIn(ignore.path(), ignore.range(narrow.get()), "`" + narrow.get().pattern()
                            + "` excludes " + sweep.item().pattern() + " only at the root of the context; `"
                            + sweep.ignoreLine() + "` excludes it at every depth");
                    pointed = true;
                }
            }
            if (!pointed) {
                finding.relatedIn(ignore.path(), ignore.lastLine(), "the lines go at the end of " + ignore.name());
            }
            finding.fix(lines.fix(Optional.of(ignore), ignore.path()));
        }
    }
}
