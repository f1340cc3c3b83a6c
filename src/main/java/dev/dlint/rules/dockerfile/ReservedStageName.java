package dev.dlint.rules.dockerfile;

import dev.dlint.model.FromInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.Locale;
import java.util.Map;

/** A stage named {@code scratch} or {@code context}: names BuildKit gives the empty image and the build context. */
@RuleInfo(summary = "A stage is named scratch or context, names BuildKit reserves", severity = Severity.WARNING,
        category = Category.CORRECTNESS, aliases = {"DL3063"}, precision = Precision.VERY_HIGH)
public final class ReservedStageName extends InstructionRule<FromInstruction> {

    private static final Map<String, String> RESERVED = Map.of(
            "scratch", "a later FROM scratch would build on this stage instead of the empty image",
            "context", "BuildKit uses this name for the build context (named contexts, --build-context context=…)");

    public ReservedStageName() {
        super(FromInstruction.class);
    }

    @Override
    protected void check(FromInstruction from, DockerfileContext context) {
        from.stageName().ifPresent(name -> {
            String lower = name.text().toLowerCase(Locale.ROOT);
            if (RESERVED.containsKey(lower)) {
                context.report(name.range(), "Stage name should not use the same name as reserved stage \"" + lower
                        + "\": " + RESERVED.get(lower) + ". Choose another name.");
            }
        });
    }
}
