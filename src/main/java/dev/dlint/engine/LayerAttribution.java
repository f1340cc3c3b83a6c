package dev.dlint.engine;

import dev.dlint.attribution.Attribution;
import dev.dlint.attribution.HistoryMatcher;
import dev.dlint.image.analysis.ImageAnalysis;

/** Ties an analysed image's layers to the Dockerfile's instructions: provenance first, else the history. */
final class LayerAttribution {

    private LayerAttribution() {
    }

    static Attribution attribute(ImageAnalysis analysis, DockerfileTarget target) {
        return HistoryMatcher.match(analysis.image(), target.dockerfile(), target.stage(), target.path());
    }
}
