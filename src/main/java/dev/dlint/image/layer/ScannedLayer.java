package dev.dlint.image.layer;

import dev.dlint.image.Compression;
import dev.dlint.image.Digest;
import dev.dlint.image.Layer;
import dev.dlint.image.LayerEntry;
import java.util.List;
import java.util.Optional;

/**
 * Everything learned from one pass over a layer blob.
 *
 * @param member            archive member of the blob
 * @param blobDigest        sha256 of the stored bytes
 * @param diffId            sha256 of the decompressed stream
 * @param compression       detected compression
 * @param compressedBytes   stored bytes
 * @param uncompressedBytes decompressed bytes (the whole stream, including anything after end-of-archive)
 * @param trailingBytes     decompressed bytes after the tar end-of-archive marker (e.g. an estargz TOC)
 * @param contentBytes      sum of all entries' header sizes
 * @param entries           entries in tar order (the root entry omitted)
 * @param counts            entry counts
 * @param secrets           secret-looking paths
 * @param limit             the limit the scan stopped at, if it did (the entries are those read before it)
 */
public record ScannedLayer(String member, Digest blobDigest, Digest diffId, Compression compression,
                           long compressedBytes, long uncompressedBytes, long trailingBytes, long contentBytes,
                           List<LayerEntry> entries, Layer.EntryCounts counts, List<SecretSighting> secrets,
                           Optional<String> limit) {

    /** Copies the lists. */
    public ScannedLayer {
        entries = List.copyOf(entries);
        secrets = List.copyOf(secrets);
    }
}
