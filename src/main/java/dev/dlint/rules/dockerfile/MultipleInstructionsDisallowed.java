package dev.dlint.rules.dockerfile;

import dev.dlint.model.CmdInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EntrypointInstruction;
import dev.dlint.model.HealthcheckInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Edits;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.List;
import java.util.Map;

/**
 * A CMD, ENTRYPOINT or HEALTHCHECK that a later one of its kind in the same stage replaces. As BuildKit does, each
 * replaced instruction is reported, since it is the one without effect; a stage built FROM another starts afresh.
 */
@RuleInfo(summary = "A stage has more than one CMD, ENTRYPOINT or HEALTHCHECK; only the last one counts",
        severity = Severity.WARNING, category = Category.CORRECTNESS, aliases = {"DL4003", "DL4004", "DL3012"},
        precision = Precision.VERY_HIGH)
public final class MultipleInstructionsDisallowed implements DockerfileRule, Fixable {

    private static final Map<Class<? extends Instruction>, String> CODES = Map.of(CmdInstruction.class, "DL4003",
            EntrypointInstruction.class, "DL4004", HealthcheckInstruction.class, "DL3012");

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Stage stage : dockerfile.stages()) {
            for (Map.Entry<Class<? extends Instruction>, String> kind : CODES.entrySet()) {
                List<? extends Instruction> all = stage.instructions(kind.getKey());
                for (int i = 0; i + 1 < all.size(); i++) {
                    Instruction replaced = all.get(i);
                    Instruction last = all.get(all.size() - 1);
                    context.report(replaced.keyword().range(), "Multiple " + replaced.name() + " instructions should"
                            + " not be used in the same stage because only the last one will be used: the "
                            + replaced.name() + " at line " + last.range().startLine() + " replaces this one. Remove it.")
                            .as(kind.getValue(), "MultipleInstructionsDisallowed")
                            .safeFix("Remove the replaced " + replaced.name(),
                                    List.of(Edits.deleteLines(dockerfile.source(), replaced)));
                }
            }
        }
    }
}
