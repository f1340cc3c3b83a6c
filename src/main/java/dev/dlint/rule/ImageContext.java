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
    private final List<String> layerLines;

    public ImageContext(RuleMetadata rule, RuleOptions options, List<GateResult> gates) {
        this(rule, options, gates, List.of());
    }

    /**
     * @param layerLines per layer, the Dockerfile line that made it ({@code Dockerfile:12}) or {@code ""}; empty
     *                   without {@code --dockerfile}
     */
    public ImageContext(RuleMetadata rule, RuleOptions options, List<GateResult> gates, List<String> layerLines) {
        super(rule, options);
        this.gates = List.copyOf(gates);
        this.layerLines = List.copyOf(layerLines);
    }

    /** The Dockerfile line that made layer {@code index} ({@code line 12}), or {@code ""} when unknown. */
    public String layerLine(int index) {
        return index >= 0 && index < layerLines.size() ? layerLines.get(index) : "";
    }

    /** The evaluated gates, sorted by name (dive's order); empty when none were evaluated. */
    public List<GateResult> gates() {
        return gates;
    }
}
