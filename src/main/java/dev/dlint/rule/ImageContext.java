package dev.dlint.rule;

import dev.dlint.image.analysis.GateResult;
import java.util.List;

/**
 * What an image rule sees besides the analysis: its options, where to report, and the image's CI gates as the
 * configuration set them (dive's thresholds from {@code .dive-ci}, options, environment or {@code .dlint.yaml}),
 * already evaluated on this image.
 */
public final class ImageContext extends RuleContext {

    private final List<GateResult> gates;

    public ImageContext(RuleMetadata rule, RuleOptions options, List<GateResult> gates) {
        super(rule, options);
        this.gates = List.copyOf(gates);
    }

    /** The evaluated gates, sorted by name (dive's order); empty when none were evaluated. */
    public List<GateResult> gates() {
        return gates;
    }
}
