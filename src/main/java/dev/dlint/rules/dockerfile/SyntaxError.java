package dev.dlint.rules.dockerfile;

import dev.dlint.model.Diagnostic;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;

/** Reports what BuildKit would refuse to parse; the rest of the file is still linted. */
@RuleInfo(summary = "The Dockerfile has a syntax error that BuildKit rejects", severity = Severity.ERROR,
        category = Category.CORRECTNESS, aliases = {"DL1000"}, precision = Precision.VERY_HIGH)
public final class SyntaxError implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Diagnostic diagnostic : dockerfile.diagnostics()) {
            if (diagnostic.error()) {
                context.report(diagnostic.range(), diagnostic.message());
            }
        }
    }
}
