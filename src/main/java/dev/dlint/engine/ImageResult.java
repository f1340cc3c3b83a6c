package dev.dlint.engine;

import dev.dlint.image.analysis.CiGateEvaluator;
import dev.dlint.image.analysis.GateResult;
import dev.dlint.image.analysis.ImageAnalysis;
import java.util.List;

/**
 * Everything {@code dlint image} reports about one image: the analysis, the rule findings (a {@link FileResult} for
 * the archive; failed gates and an incomplete archive are findings too) and the evaluated CI gates.
 *
 * @param analysis what the analyzer found
 * @param result   the findings, after configuration
 * @param gates    the CI gates in dive's order (by name)
 */
public record ImageResult(ImageAnalysis analysis, FileResult result, List<GateResult> gates) {

    public ImageResult {
        gates = List.copyOf(gates);
    }

    /** Whether a gate failed. */
    public boolean gatesFailed() {
        return CiGateEvaluator.failed(gates);
    }

    /** Whether the image was incomplete and analysed anyway, so the result covers part of it. */
    public boolean partial() {
        return analysis.partial();
    }
}
