package dev.dlint.context;

/** What a context entry is, read without following symlinks. */
public enum EntryKind {
    FILE, DIRECTORY, SYMLINK,
    /** A FIFO, socket or device node (BuildKit sends them as such), or an entry that could not be examined. */
    OTHER
}
