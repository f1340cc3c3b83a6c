package dev.dlint.image;

/** What a layer tar entry is, after whiteout names have been recognised. */
public enum EntryType {
    /** Regular file (typeflag {@code 0}, NUL, {@code 7}, or an unknown flag, which POSIX says to read as a file). */
    FILE,
    /** Directory (typeflag {@code 5}). */
    DIRECTORY,
    /** Symbolic link (typeflag {@code 2}); its target is free text and never followed. */
    SYMLINK,
    /** Hard link (typeflag {@code 1}) to another path; it shares that file's content. */
    HARDLINK,
    /** Character or block device. */
    DEVICE,
    /** Named pipe. */
    FIFO,
    /** {@code dir/.wh.name}: deletes {@code dir/name} and its subtree from lower layers. */
    WHITEOUT,
    /** {@code dir/.wh..wh..opq}: hides all lower content of {@code dir}. */
    OPAQUE_MARKER,
    /** Other {@code .wh..wh.*} names (aufs metadata); never part of the filesystem. */
    IGNORED_MARKER
}
