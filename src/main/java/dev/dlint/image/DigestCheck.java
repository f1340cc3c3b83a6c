package dev.dlint.image;

/** Outcome of comparing a computed digest with the one an image declares. */
public enum DigestCheck {
    /** The computed digest equals the declared one. */
    VERIFIED,
    /** The digests differ (reported as a warning). */
    MISMATCH,
    /** Nothing was declared to compare with. */
    NOT_DECLARED
}
