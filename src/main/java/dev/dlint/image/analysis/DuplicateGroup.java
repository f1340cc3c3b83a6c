package dev.dlint.image.analysis;

import dev.dlint.image.ContentHash;
import java.util.List;

/**
 * Identical content stored in more than one layer.
 *
 * @param hash   content hash
 * @param size   size of one copy
 * @param copies where each copy is stored, in layer order
 */
public record DuplicateGroup(ContentHash hash, long size, List<Copy> copies) {

    /** Copies the list. */
    public DuplicateGroup {
        copies = List.copyOf(copies);
    }

    /** Bytes stored beyond the first copy. */
    public long redundantBytes() {
        return size * (copies.size() - 1);
    }

    /**
     * One stored copy.
     *
     * @param layer layer index
     * @param path  path in that layer
     */
    public record Copy(int layer, String path) {
    }
}
