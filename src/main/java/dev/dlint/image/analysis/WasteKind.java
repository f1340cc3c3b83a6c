package dev.dlint.image.analysis;

/** Why shadowed bytes are waste. */
public enum WasteKind {
    /** Removed by a whiteout, an opaque directory, or because a parent directory was deleted or replaced. */
    DELETED,
    /** Replaced by different content (or by a non-file) at the same path. */
    OVERWRITTEN,
    /** Replaced by the same content with different mode or owner (a chmod/chown copy-up). */
    METADATA_ONLY_COPY,
    /** Replaced by the same content with the same metadata. */
    IDENTICAL_READD;

    /** The kebab-case name used in JSON ({@code metadata-only-copy}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
