package dev.dlint.image.analysis;

/**
 * Bytes that every pull downloads but no path of the final filesystem shows.
 *
 * @param path          the path the bytes were written at
 * @param bytes         content size
 * @param layer         index of the layer that wrote them
 * @param hiddenByLayer index of the layer that hid the last visible name referring to them
 * @param kind          why they are waste
 * @param hiddenAt      the path the hiding operation targeted: the whiteout target, the opaque directory, the
 *                      replaced path; equals {@code path} for a plain overwrite
 */
public record WastedFile(String path, long bytes, int layer, int hiddenByLayer, WasteKind kind, String hiddenAt) {
}
