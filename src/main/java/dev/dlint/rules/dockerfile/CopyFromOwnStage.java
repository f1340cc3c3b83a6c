package dev.dlint.rules.dockerfile;

import dev.dlint.facts.StageReferences.StageReference;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;

/**
 * {@code COPY --from} (or {@code RUN --mount from=}) naming the stage it is in, by name or index, or a stage built
 * FROM it: the stage would depend on itself, and BuildKit fails with a circular dependency.
 */
@RuleInfo(summary = "COPY --from names the stage it is in", severity = Severity.ERROR,
        category = Category.CORRECTNESS, aliases = {"DL3023"}, precision = Precision.VERY_HIGH)
public final class CopyFromOwnStage implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (StageReference ref : context.facts().stageReferences()) {
            if (ref.target().isEmpty()) {
                continue;
            }
            Stage target = ref.target().get();
            String head = ref.form() + "=" + ref.value();
            String fix = " Copy from the stage that produces the files, or use the path directly (it is already in"
                    + " this stage's filesystem).";
            if (target == ref.stage()) {
                context.report(ref.range(), head + " names " + target.displayName() + ", the stage this instruction"
                        + " is in: a stage cannot copy from itself, and BuildKit fails with 'circular dependency"
                        + " detected'." + fix);
            } else if (dockerfile.isBuiltOn(target, ref.stage())) {
                context.report(ref.range(), head + " names " + target.displayName() + ", which is built FROM this"
                        + " stage: each would need the other first, and BuildKit fails with 'circular dependency"
                        + " detected'." + fix);
            }
        }
    }
}
