package dev.dlint.context;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a build context.
 *
 * @param path relative to the context root, {@code /}-separated, never empty
 * @param kind what it is, read without following symlinks
 * @param size bytes for a file; the length of the target for a symlink; for a directory the bytes of the files
 *     below it that are sent; {@code -1} when unknown (a directory that was not walked)
 * @param status whether BuildKit sends it
 * @param decidedBy the {@code .dockerignore} pattern that decided its status, if any
 * @param linkTarget the target of a symlink, as stored in the link (never followed while walking)
 * @param note why something could not be examined fully, if so ({@code "unreadable: cannot list: permission
 *     denied"}, {@code "not walked: depth limit"}, {@code "special file (FIFO, socket or device)"})
 */
public record ContextEntry(String path, EntryKind kind, long size, EntryStatus status,
        Optional<IgnorePattern> decidedBy, Optional<String> linkTarget, Optional<String> note) {

    /** How the note of an entry that could not be read starts. */
    public static final String UNREADABLE = "unreadable: ";

    public ContextEntry {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(linkTarget, "linkTarget");
        Objects.requireNonNull(note, "note");
        if (path.isEmpty() || path.startsWith("/")) {
            throw new IllegalArgumentException("not a relative context path: " + path);
        }
    }

    public boolean isSent() {
        return status.isSent();
    }

    /** Whether the entry could not be read (listed, examined, or opened); the note says why. */
    public boolean isUnreadable() {
        return note.filter(n -> n.startsWith(UNREADABLE)).isPresent();
    }

    public boolean isFile() {
        return kind == EntryKind.FILE;
    }

    public boolean isDirectory() {
        return kind == EntryKind.DIRECTORY;
    }

    /** The last path segment. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The first path segment ({@code "node_modules"} for {@code "node_modules/a/index.js"}). */
    public String firstSegment() {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    /** 1 for an entry at the root of the context. */
    public int depth() {
        int depth = 1;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '/') {
                depth++;
            }
        }
        return depth;
    }

    /**
     * Whether a symlink's target, read lexically from the link's directory, leaves the context (an absolute
     * target, or one climbing above the root with {@code ..}). BuildKit never follows such a link out of the
     * context: it sends the link itself, and {@code COPY} resolves it inside the context.
     */
    public boolean pointsOutside() {
        if (linkTarget.isEmpty()) {
            return false;
        }
        String target = linkTarget.get();
        if (target.startsWith("/")) {
            return true;
        }
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash);
        int depth = dir.isEmpty() ? 0 : dir.split("/").length;
        for (String segment : target.split("/")) {
            if (segment.equals("..")) {
                depth--;
                if (depth < 0) {
                    return true;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                depth++;
            }
        }
        return false;
    }
}
