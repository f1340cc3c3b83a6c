package dev.dlint.report.image;

import dev.dlint.engine.FileResult;
import dev.dlint.image.analysis.CiGateEvaluator;
import dev.dlint.image.analysis.GateResult;
import dev.dlint.image.analysis.ImageAnalysis;
import java.util.List;

/**
 * Everything {@code dlint image} reports about one image: the analysis, the rule findings (a {@link FileResult} for
 * the archive) and the evaluated CI gates.
 *
 * @param analysis what the analyzer found
 * @param result   the findings, after configuration
 * @param gates    the CI gates in dive's order (by name)
 */
public record ImageReport(ImageAnalysis analysis, FileResult result, List<GateResult> gates) {

    public ImageReport {
        gates = List.copyOf(gates);
    }

    /** Whether a gate failed (exit code 1, like findings). */
    public boolean gatesFailed() {
        return CiGateEvaluator.failed(gates);
    }
}
