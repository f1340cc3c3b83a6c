package dev.dlint.rules.dockerfile;

import dev.dlint.model.FromInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.List;

/**
 * A stage named like an earlier stage (names compared in lower case, as BuildKit stores them). BuildKit keeps the
 * last stage of a name: FROM lines after it, and every {@code COPY --from} and {@code RUN --mount=from}, use that one.
 */
@RuleInfo(summary = "Two stages have the same name", severity = Severity.ERROR, category = Category.CORRECTNESS,
        aliases = {"DL3024"}, precision = Precision.VERY_HIGH)
public final class DuplicateStageName extends InstructionRule<FromInstruction> {

    public DuplicateStageName() {
        super(FromInstruction.class);
    }

    @Override
    protected void check(FromInstruction from, DockerfileContext context) {
        if (from.stageName().isEmpty()) {
            return;
        }
        List<Stage> named = context.facts().stageNames().named(from.stageName().get().text());
        Stage first = named.get(0);
        if (first.from() == from) {
            return;
        }
        String name = first.name().orElseThrow();
        context.report(from.stageName().get().range(), "Duplicate stage name \"" + name + "\", stage names should be"
                + " unique: stage \"" + name + "\" is already defined at line " + first.from().range().startLine()
                + ". BuildKit keeps the last stage of a name for COPY --from and RUN --mount=from=, so the earlier one"
                + " can no longer be read by name. Rename one of them.");
    }
}
