package dev.dlint.image;

import java.util.Optional;

/**
 * One layer of an image, with what was measured while scanning it.
 *
 * @param index             position in the image, 0 = lowest
 * @param member            the archive member (or file below an OCI directory) that holds the blob
 * @param blobDigest        sha256 of the stored (possibly compressed) bytes
 * @param diffId            sha256 of the decompressed stream (the diff_id)
 * @param compression       detected compression
 * @param compressedBytes   size of the stored blob
 * @param uncompressedBytes length of the decompressed stream (tar, including end blocks and any trailing TOC)
 * @param contentBytes      sum of the tar header sizes of all entries (dive's layer size)
 * @param counts            entry counts by kind
 * @param history           the history entry that made this layer, if history and layers line up
 * @param blobCheck         blob digest against the manifest descriptor
 * @param diffIdCheck       diff_id against {@code rootfs.diff_ids}
 * @param missing           true if the blob was absent (foreign layer); the layer then has no entries
 * @param limit             why the scan stopped early (a decompression bomb, too many entries): the layer then
 *                          holds the entries read before the limit, and its digests were not checked
 */
public record Layer(
        int index, String member, Digest blobDigest, Digest diffId, Compression compression, long compressedBytes,
        long uncompressedBytes, long contentBytes, EntryCounts counts, Optional<HistoryEntry> history,
        DigestCheck blobCheck, DigestCheck diffIdCheck, boolean missing, Optional<String> limit) {

    /** Requires the optionals to be non-null. */
    public Layer {
        history = history == null ? Optional.empty() : history;
        limit = limit == null ? Optional.empty() : limit;
    }

    /** {@code created_by} of the history entry, or {@code ""} when unknown. */
    public String createdBy() {
        return history.map(HistoryEntry::createdBy).orElse("");
    }

    /**
     * Counts of a layer's entries by kind.
     *
     * @param files       regular files
     * @param directories directories
     * @param symlinks    symbolic links
     * @param hardlinks   hard links
     * @param whiteouts   whiteouts and opaque markers
     * @param other       devices, fifos and ignored markers
     */
    public record EntryCounts(int files, int directories, int symlinks, int hardlinks, int whiteouts, int other) {
        /** All entries. */
        public int total() {
            return files + directories + symlinks + hardlinks + whiteouts + other;
        }
    }
}
