package dev.dlint.context;

/** Whether BuildKit sends an entry, and why. */
public enum EntryStatus {
    /** Sent: no pattern excludes it (or a {@code !} pattern re-included it). */
    SENT,
    /**
     * Sent although a pattern excludes it: a directory with something re-included below it (fsutil then sends the
     * directory too).
     */
    SENT_AS_PARENT,
    /** Not sent. For a directory, its contents were walked because a {@code !} pattern might re-include some. */
    EXCLUDED,
    /**
     * Not sent, and a directory whose contents were not walked (as BuildKit does not walk them): it counts as one
     * entry and its size is unknown ({@code -1}).
     */
    EXCLUDED_NOT_WALKED;

    /** Whether the entry ends up in the context BuildKit receives. */
    public boolean isSent() {
        return this == SENT || this == SENT_AS_PARENT;
    }
}
