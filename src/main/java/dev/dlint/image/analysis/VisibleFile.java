package dev.dlint.image.analysis;

import dev.dlint.image.ContentHash;

/**
 * A regular file (or hardlink to one) in the final, merged filesystem.
 *
 * @param path     path
 * @param size     content size
 * @param layer    index of the layer that placed this name
 * @param hash     content hash
 * @param hardlink true if this name is a hardlink sharing another entry's content
 */
public record VisibleFile(String path, long size, int layer, ContentHash hash, boolean hardlink) {
}
