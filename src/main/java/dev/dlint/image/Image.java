package dev.dlint.image;

import java.util.List;

/**
 * A located image: what the archive says about it, before or after its layers were scanned.
 *
 * @param input    the input path as given
 * @param layout   the detected layout
 * @param name     the selected name (RepoTag or ref annotation), or {@code ""}
 * @param platform the platform of the chosen manifest, or {@code ""} when not declared
 * @param config   the image configuration
 * @param layers   the layers, lowest first
 */
public record Image(String input, LayoutKind layout, String name, String platform, ImageConfig config,
                    List<Layer> layers) {

    /** Copies the layer list. */
    public Image {
        layers = List.copyOf(layers);
    }
}
