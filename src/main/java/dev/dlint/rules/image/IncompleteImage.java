package dev.dlint.rules.image;

import dev.dlint.image.IntegrityProblem;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.rule.Category;
import dev.dlint.rule.ImageContext;
import dev.dlint.rule.ImageRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;

/**
 * The archive does not hold the whole image: a layer blob is missing or unreadable, or does not match the digest or
 * size its manifest and config declare. Without {@code --ignore-errors} such an image stops {@code dlint image} (exit
 * 3); with it, this rule says in every report format that the analysis, the waste and the gates cover only part of
 * the image.
 */
@RuleInfo(summary = "The image archive is incomplete (a layer blob missing, unreadable or not matching its digest)",
        severity = Severity.ERROR, category = Category.CORRECTNESS)
public final class IncompleteImage implements ImageRule {

    @Override
    public void check(ImageAnalysis image, ImageContext context) {
        for (IntegrityProblem problem : image.problems()) {
            context.report(ImageText.layerLocation(image, problem.layer()), "The image is incomplete: "
                    + problem.message() + ". The analysis went on without it (--ignore-errors), so the layer table,"
                    + " the waste, dive's numbers and the gates describe part of the image only. Save the image"
                    + " again (docker save, podman save or skopeo copy) and check that every layer blob is in the"
                    + " archive.");
        }
    }
}
