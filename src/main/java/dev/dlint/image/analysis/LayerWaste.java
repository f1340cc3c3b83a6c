package dev.dlint.image.analysis;

/**
 * Per-layer byte accounting.
 *
 * @param index       layer index
 * @param addedBytes  content bytes of the layer's regular files
 * @param hiddenBytes bytes of this layer that later layers (or a later duplicate in the same layer) hide
 */
public record LayerWaste(int index, long addedBytes, long hiddenBytes) {
}
