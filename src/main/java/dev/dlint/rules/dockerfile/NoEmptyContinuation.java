package dev.dlint.rules.dockerfile;

import dev.dlint.model.Diagnostic;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;

/** An empty line inside a continued instruction: BuildKit warns and plans to make it an error. */
@RuleInfo(summary = "An empty line continues an instruction", severity = Severity.WARNING,
        category = Category.CORRECTNESS, precision = Precision.VERY_HIGH)
public final class NoEmptyContinuation implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Diagnostic diagnostic : dockerfile.diagnostics()) {
            if (diagnostic.kind() == Diagnostic.Kind.EMPTY_CONTINUATION) {
                context.report(diagnostic.range(), "Empty continuation line: BuildKit skips it and will reject it in "
                        + "a future release. Remove the blank line or end the instruction before it.");
            }
        }
    }
}
