package dev.dlint.rules.dockerfile;

import dev.dlint.facts.Expanded;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.ImageReference;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.text.SourceRange;

/**
 * A FROM image built from ARGs whose defaults (no {@code --build-arg} given) make an empty or invalid image
 * reference, such as {@code ARG TAG} with {@code FROM alpine:${TAG}}: the build only works when every caller passes
 * the argument.
 */
@RuleInfo(summary = "With their default values, the ARGs in a FROM make an empty or invalid image reference",
        severity = Severity.WARNING, category = Category.CORRECTNESS, precision = Precision.VERY_HIGH)
public final class InvalidDefaultArgInFrom extends InstructionRule<FromInstruction> {

    public InvalidDefaultArgInFrom() {
        super(FromInstruction.class);
    }

    @Override
    protected void check(FromInstruction from, DockerfileContext context) {
        if (from.image().isEmpty() || context.facts().globalDefaults().isEmpty()) {
            return; // as BuildKit: a default that cannot be expanded fails the build, and the check gives up
        }
        Word image = from.image().get();
        Expanded expanded = Expanded.of(image.text(), context.facts().globalDefaults().get(),
                context.facts().dockerfile().escape());
        if (!expanded.ok() || !expanded.readsVariables() || valid(expanded.value())) {
            return;
        }
        String resolved = expanded.value().isEmpty() ? "an empty name" : "'" + expanded.value() + "'";
        SourceRange range = image.range();
        context.report(range, "Default value for ARG " + image.text() + " results in empty or invalid base image"
                + " name: without --build-arg the image is " + resolved + ", so the build fails unless every caller"
                + " passes " + String.join(", ", expanded.unmatched().isEmpty() ? expanded.matched()
                : expanded.unmatched()) + ". Give the ARG a default that makes a valid image, or a ${NAME:-default}.");
    }

    private static boolean valid(String reference) {
        return !reference.isEmpty() && ImageReference.parse(reference, (start, end) -> null).isValid();
    }
}
