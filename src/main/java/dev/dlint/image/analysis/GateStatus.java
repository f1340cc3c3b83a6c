package dev.dlint.image.analysis;

/** Outcome of one CI gate. */
public enum GateStatus {
    /** The threshold was not crossed. */
    PASS,
    /** The threshold was crossed. */
    FAIL,
    /** The gate is disabled. */
    SKIP
}
