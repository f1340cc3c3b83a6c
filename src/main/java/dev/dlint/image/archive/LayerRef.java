package dev.dlint.image.archive;

import dev.dlint.image.Digest;
import java.util.Optional;

/**
 * Where a layer's blob is and what the image declares about it.
 *
 * @param index          position, 0 = lowest
 * @param member         the member that holds the blob
 * @param declaredDigest the blob digest the manifest declares (OCI descriptors, {@code blobs/} names)
 * @param declaredSize   the blob size the manifest declares, or -1
 * @param mediaType      the declared media type, or {@code ""} (docker save declares none)
 * @param present        false if the blob is absent from the archive (e.g. a foreign layer)
 * @param foreign        true if the descriptor names URLs to fetch the blob from (a foreign, non-distributable layer)
 */
public record LayerRef(int index, String member, Optional<Digest> declaredDigest, long declaredSize,
                       String mediaType, boolean present, boolean foreign) {
}
