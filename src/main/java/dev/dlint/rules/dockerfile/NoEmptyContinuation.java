package dev.dlint.rules.dockerfile;

import dev.dlint.engine.Category;
import dev.dlint.engine.DockerfileRule;
import dev.dlint.engine.Precision;
import dev.dlint.engine.RuleContext;
import dev.dlint.engine.RuleInfo;
import dev.dlint.engine.Severity;
import dev.dlint.model.Diagnostic;
import dev.dlint.model.Dockerfile;

/** An empty line inside a continued instruction: BuildKit warns and plans to make it an error. */
@RuleInfo(summary = "An empty line continues an instruction", severity = Severity.WARNING,
        category = Category.CORRECTNESS, precision = Precision.VERY_HIGH)
public final class NoEmptyContinuation implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, RuleContext context) {
        for (Diagnostic diagnostic : dockerfile.diagnostics()) {
            if (diagnostic.rule().equals("NoEmptyContinuation")) {
                context.report(diagnostic.range(), "Empty continuation line: BuildKit skips it and will reject it in "
                        + "a future release. Remove the blank line or end the instruction before it.");
            }
        }
    }
}
