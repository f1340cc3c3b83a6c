package dev.dlint.rules.dockerfile;

import dev.dlint.facts.StageReferences;
import dev.dlint.facts.StageReferences.StageReference;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;

/**
 * {@code COPY --from} (or {@code RUN --mount from=}) naming no stage of the file: a bare name is then pulled as an
 * image, usually a misspelt stage; an index past the last stage fails the build. A stage defined further down works
 * with BuildKit but not with the classic builder, and reads backwards.
 */
@RuleInfo(summary = "COPY --from names a stage that is not defined before it", severity = Severity.WARNING,
        category = Category.CORRECTNESS, aliases = {"DL3022"})
public final class CopyFromUnknownStage implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (StageReference ref : context.facts().stageReferences()) {
            String head = ref.form() + "=" + ref.value();
            if (ref.target().isPresent()) {
                Stage target = ref.target().get();
                if (target.index() > ref.stage().index() && !dockerfile.isBuiltOn(target, ref.stage())) {
                    context.report(ref.range(), head + " names " + target.displayName() + ", which is defined later (line "
                            + target.from().range().startLine() + "): BuildKit builds it first, but the classic builder"
                            + " fails and readers expect stages in order. Move that stage above this one.");
                }
            } else if (ref.isIndex()) {
                int count = dockerfile.stages().size();
                context.report(ref.range(), head + " names stage index " + ref.value() + ", but the file has " + count
                        + (count == 1 ? " stage (index 0)" : " stages (0 to " + (count - 1) + ")")
                        + ": BuildKit fails with 'invalid stage index'. Name the stage with AS and copy from that name.");
            } else if (!ref.value().isEmpty() && !ref.value().matches(".*[/:@$].*")) {
                String hint = StageReferences.closestStageName(dockerfile, ref.value())
                        .map(n -> "Did you mean the stage \"" + n + "\"? ").orElse("");
                context.report(ref.range(), head + " names no stage of this Dockerfile, so BuildKit pulls the image "
                        + ref.value() + ":latest instead. " + hint + "To copy from a stage, use its AS name; to copy"
                        + " from an image, write it with a tag (" + ref.value() + ":<version>).");
            }
        }
    }
}
