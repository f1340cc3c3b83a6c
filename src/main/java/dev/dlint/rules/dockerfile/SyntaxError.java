package dev.dlint.rules.dockerfile;

import dev.dlint.model.Diagnostic;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;

/**
 * Reports what BuildKit would refuse to parse; the rest of the file is still linted. Two refusals that hadolint
 * reports under their own codes carry only that code: an instruction other than ARG before the first FROM (DL3061)
 * and a forbidden ONBUILD trigger (DL3043); every other syntax error is hadolint's parse error DL1000.
 */
@RuleInfo(summary = "The Dockerfile has a syntax error that BuildKit rejects", severity = Severity.ERROR,
        category = Category.CORRECTNESS, aliases = {"DL1000", "DL3043", "DL3061"}, precision = Precision.VERY_HIGH)
public final class SyntaxError implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Diagnostic diagnostic : dockerfile.diagnostics()) {
            if (diagnostic.error()) {
                context.report(diagnostic.range(), diagnostic.message()).as(hadolintCode(diagnostic.kind()));
            }
        }
    }

    private static String hadolintCode(Diagnostic.Kind kind) {
        if (kind == Diagnostic.Kind.BEFORE_FIRST_FROM) {
            return "DL3061";
        }
        return kind == Diagnostic.Kind.FORBIDDEN_ONBUILD_TRIGGER ? "DL3043" : "DL1000";
    }
}
