package dev.dlint.image.archive;

import dev.dlint.image.ImageConfig;
import dev.dlint.image.LayoutKind;
import java.util.List;

/**
 * The image chosen from an archive, resolved down to its config and layer blobs (nothing scanned yet).
 *
 * @param layout   detected layout
 * @param name     selected name, or {@code ""}
 * @param platform platform of the chosen manifest, or {@code ""}
 * @param config   parsed config
 * @param layers   layer blobs, lowest first
 * @param warnings problems that did not stop the analysis
 */
public record LocatedImage(LayoutKind layout, String name, String platform, ImageConfig config,
                           List<LayerRef> layers, List<String> warnings) {

    /** Copies the lists. */
    public LocatedImage {
        layers = List.copyOf(layers);
        warnings = List.copyOf(warnings);
    }
}
