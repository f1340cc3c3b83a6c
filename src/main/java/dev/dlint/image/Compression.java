package dev.dlint.image;

/** How a layer blob is compressed, as detected from its first bytes (media types are never trusted). */
public enum Compression {
    /** A plain tar (also an empty tar: zero blocks with no magic). */
    NONE,
    /** gzip, possibly many concatenated members (estargz). */
    GZIP,
    /** zstd, possibly with skippable frames (zstd:chunked). */
    ZSTD,
    /** bzip2 (rare; accepted by {@code docker load}). */
    BZIP2,
    /** xz (rare). */
    XZ;

    /** Lower-case name for reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
