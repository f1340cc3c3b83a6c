package dev.dlint.engine;

import dev.dlint.attribution.Attribution;
import dev.dlint.image.analysis.CiGateEvaluator;
import dev.dlint.image.analysis.GateResult;
import dev.dlint.image.analysis.ImageAnalysis;
import java.util.List;
import java.util.Optional;

/**
 * Everything {@code dlint image} reports about one image: the analysis, the rule findings (a {@link FileResult} for
 * the archive; failed gates and an incomplete archive are findings too) and the evaluated CI gates.
 *
 * @param analysis what the analyzer found
 * @param result   the findings, after configuration
 * @param gates    the CI gates in dive's order (by name)
 * @param attribution with {@code --dockerfile}: the instruction behind each layer
 * @param dockerfileResult with {@code --dockerfile}: the findings moved to the Dockerfile's lines, and the
 *                         Dockerfile rules' findings the image confirms (with the measured bytes)
 * @param crossChecks with {@code --dockerfile}: the Dockerfile rules' findings about layer waste, measured
 */
public record ImageResult(ImageAnalysis analysis, FileResult result, List<GateResult> gates,
                          Optional<Attribution> attribution, Optional<FileResult> dockerfileResult,
                          List<CrossCheck> crossChecks) {

    public ImageResult {
        gates = List.copyOf(gates);
        crossChecks = List.copyOf(crossChecks);
    }

    public ImageResult(ImageAnalysis analysis, FileResult result, List<GateResult> gates) {
        this(analysis, result, gates, Optional.empty(), Optional.empty(), List.of());
    }

    /** Every result to report: the Dockerfile's (with --dockerfile) first, then the image's. */
    public List<FileResult> results() {
        return dockerfileResult.isPresent() ? List.of(dockerfileResult.get(), result) : List.of(result);
    }

    /** Whether a reported finding, in the Dockerfile or the image, is at the failure threshold. */
    public boolean failed() {
        return results().stream().anyMatch(FileResult::failed);
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
