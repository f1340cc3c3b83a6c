package dev.dlint.image;

/**
 * One tar entry of a layer, with its name normalised (no leading {@code /} or {@code ./}, no {@code .} components, no
 * trailing {@code /}).
 *
 * @param path        normalised path as stored in the tar (whiteouts keep their {@code .wh.} name)
 * @param type        entry kind
 * @param size        header size: the stored content bytes (0 for directories, links and whiteouts)
 * @param rawMode     the mode field as stored, possibly including {@code S_IFMT} type bits
 * @param uid         owner user id
 * @param gid         owner group id
 * @param linkTarget  hardlink target (normalised path) or symlink text; {@code null} for other types
 * @param contentHash SHA-256 of the content for regular files, {@code null} otherwise
 * @param tar         the header as Go's {@code archive/tar} (and so dive) reports it: typeflag, raw link name, and
 *                    whether the stored name was absolute
 */
public record LayerEntry(
        String path, EntryType type, long size, int rawMode, long uid, long gid, String linkTarget,
        ContentHash contentHash, TarFacts tar) {

    private static final String WHITEOUT_PREFIX = ".wh.";

    /**
     * What dive shows of a tar header besides the normalised entry: kept so that dive's export can be written exactly.
     *
     * @param typeflag the typeflag byte as Go's tar reader returns it: a NUL flag becomes {@code '0'}, or {@code '5'}
     *                 for a name ending in {@code /}
     * @param linkName the header's link name as stored (hard and symbolic links), {@code ""} for other entries
     * @param rooted   whether the stored name started with {@code /} (Go's {@code path.Clean} keeps that slash)
     */
    public record TarFacts(byte typeflag, String linkName, boolean rooted) {

        /** Facts for an entry made without a tar header: the usual typeflag of its kind, no link, a relative name. */
        public static TarFacts typical(EntryType type, String linkTarget) {
            byte flag;
            switch (type) {
                case DIRECTORY:
                    flag = '5';
                    break;
                case SYMLINK:
                    flag = '2';
                    break;
                case HARDLINK:
                    flag = '1';
                    break;
                case FIFO:
                    flag = '6';
                    break;
                case DEVICE:
                    flag = '3';
                    break;
                default:
                    flag = '0';
            }
            return new TarFacts(flag, linkTarget == null ? "" : linkTarget, false);
        }
    }

    /** An entry with the typical tar facts of its kind (for entries built in code rather than read from a tar). */
    public LayerEntry(String path, EntryType type, long size, int rawMode, long uid, long gid, String linkTarget,
                      ContentHash contentHash) {
        this(path, type, size, rawMode, uid, gid, linkTarget, contentHash, TarFacts.typical(type, linkTarget));
    }

    /** Validates the invariants that the rest of the analyzer relies on. */
    public LayerEntry {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("empty entry path");
        }
        if (type == null) {
            throw new IllegalArgumentException("missing entry type");
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size for " + path);
        }
        if (tar == null) {
            throw new IllegalArgumentException("missing tar facts for " + path);
        }
    }

    /** Permission bits (the mode masked with {@code 07777}). */
    public int permissions() {
        return rawMode & 07777;
    }

    /** True for regular files. */
    public boolean isFile() {
        return type == EntryType.FILE;
    }

    /** True for directories. */
    public boolean isDirectory() {
        return type == EntryType.DIRECTORY;
    }

    /** True for whiteouts, opaque markers and ignored aufs markers. */
    public boolean isMarker() {
        return type == EntryType.WHITEOUT || type == EntryType.OPAQUE_MARKER || type == EntryType.IGNORED_MARKER;
    }

    /**
     * For a whiteout the path it deletes ({@code a/.wh.b} → {@code a/b}); for an opaque marker the directory it makes
     * opaque ({@code a/.wh..wh..opq} → {@code a}, or {@code ""} for the root); otherwise the entry's own path.
     */
    public String affectedPath() {
        if (type != EntryType.WHITEOUT && type != EntryType.OPAQUE_MARKER) {
            return path;
        }
        int slash = path.lastIndexOf('/');
        String parent = slash < 0 ? "" : path.substring(0, slash);
        if (type == EntryType.OPAQUE_MARKER) {
            return parent;
        }
        String name = path.substring(slash + 1).substring(WHITEOUT_PREFIX.length());
        return parent.isEmpty() ? name : parent + "/" + name;
    }

    /** The last path component. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
