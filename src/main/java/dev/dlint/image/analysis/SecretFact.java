package dev.dlint.image.analysis;

import dev.dlint.image.SecretKind;

/**
 * A secret-looking path stored in a layer. It is in the image (every pull downloads it) even when a later layer
 * deleted it. The secret's content is never part of this record.
 *
 * @param path              normalised path
 * @param kind              what it looks like
 * @param layer             the layer that stores it
 * @param visibleInFinalFs  true if this layer's copy is what the final filesystem shows
 */
public record SecretFact(String path, SecretKind kind, int layer, boolean visibleInFinalFs) {
}
