package dev.dlint.rules.image;

import dev.dlint.image.analysis.GateResult;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.rule.Category;
import dev.dlint.rule.ImageContext;
import dev.dlint.rule.ImageLocation;
import dev.dlint.rule.ImageRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;

/**
 * A CI gate the image fails: dive's {@code lowestEfficiency}, {@code highestWastedBytes} and
 * {@code highestUserWastedPercent}, and dlint's {@code max-wasted-bytes}, with the thresholds from {@code .dive-ci},
 * the options, the {@code DIVE_RULES_*} environment or {@code image: rules:} in {@code .dlint.yaml}. One finding per
 * failed gate, about the image as a whole, so every report format shows it.
 */
@RuleInfo(summary = "The image fails a CI gate (dive's efficiency and wasted-bytes thresholds, or max-wasted-bytes)",
        severity = Severity.ERROR, category = Category.SIZE)
public final class ImageGate implements ImageRule {

    @Override
    public void check(ImageAnalysis image, ImageContext context) {
        for (GateResult gate : context.gates()) {
            if (gate.failed()) {
                context.report(ImageLocation.wholeImage(gate.name() + " gate"), message(image, gate));
            }
        }
    }

    private static String message(ImageAnalysis image, GateResult gate) {
        String see = " The WastedBytes findings say which layers hide which files.";
        switch (gate.name()) {
            case "lowestEfficiency":
                return "dive's efficiency score is " + gate.measured() + ", below the lowestEfficiency threshold "
                        + gate.threshold() + " (dive's gate). The score drops when later layers delete, overwrite or"
                        + " copy again files that earlier layers stored." + see;
            case "highestWastedBytes":
                return "dive's wasted bytes are " + gate.measured() + ", above the highestWastedBytes threshold "
                        + gate.threshold() + " (dive's gate; dive counts every copy of a file stored more than once,"
                        + " the visible one included)." + see;
            case "highestUserWastedPercent":
                return "dive's user wasted ratio (its wasted bytes over the " + image.dive().userSizeBytes()
                        + " bytes the layers above layer 0 add) is " + gate.measured() + ", above the"
                        + " highestUserWastedPercent threshold " + gate.threshold() + " (dive's gate)." + see;
            default:
                return "The image wastes " + gate.measured() + ", counted exactly (bytes that no path of the final"
                        + " filesystem shows), above the max-wasted-bytes threshold " + gate.threshold() + "." + see;
        }
    }
}
