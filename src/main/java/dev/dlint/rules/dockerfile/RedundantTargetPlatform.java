package dev.dlint.rules.dockerfile;

import dev.dlint.facts.Expanded;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Flag;
import dev.dlint.model.FromInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import java.util.List;
import java.util.Set;

/**
 * {@code FROM --platform=$TARGETPLATFORM}: the platform a stage is built for by default. As in BuildKit, the value
 * must read only TARGETPLATFORM and expand to its value, so {@code $TARGETPLATFORM} and {@code ${TARGETPLATFORM}}
 * count and {@code $TARGETOS/$TARGETARCH} does not.
 */
@RuleInfo(summary = "FROM --platform=$TARGETPLATFORM sets the platform a stage has anyway",
        severity = Severity.INFO, category = Category.MAINTAINABILITY, aliases = {"DL3065"},
        precision = Precision.VERY_HIGH)
public final class RedundantTargetPlatform extends InstructionRule<FromInstruction> implements Fixable {

    public RedundantTargetPlatform() {
        super(FromInstruction.class);
    }

    @Override
    protected void check(FromInstruction from, DockerfileContext context) {
        if (from.platform().isEmpty()) {
            return;
        }
        Flag platform = from.platform().get();
        Dockerfile dockerfile = context.facts().dockerfile();
        Expanded expanded = Expanded.of(platform.valueOrEmpty(), dockerfile.scope(from), dockerfile.escape());
        boolean onlyTarget = expanded.matched().equals(Set.of("TARGETPLATFORM")) && expanded.unmatched().isEmpty();
        if (!onlyTarget || !dockerfile.scope(from).value("TARGETPLATFORM").orElse("").equals(expanded.value())) {
            return;
        }
        int end = dockerfile.source().offset(platform.range().endLine(), platform.range().endColumn());
        int next = end;
        while (next < dockerfile.source().length() && (dockerfile.source().text().charAt(next) == ' '
                || dockerfile.source().text().charAt(next) == '\t')) {
            next++;
        }
        int start = dockerfile.source().offset(platform.range().startLine(), platform.range().startColumn());
        context.report(platform.range(), "Setting platform to predefined " + platform.valueOrEmpty() + " in FROM is"
                + " redundant as this is the default behavior: remove " + platform.word().text() + ".")
                .unsafeFix("Remove " + platform.word().text(),
                        List.of(TextEdit.delete(dockerfile.source().range(start, next))));
    }
}
