package dev.dlint.context;

import java.util.Objects;

/** Why a context snapshot is incomplete. */
public record Truncation(Reason reason, String detail) {

    /** The limit that was hit. */
    public enum Reason {
        ENTRY_LIMIT, DEPTH_LIMIT, TIME_LIMIT
    }

    public Truncation {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
