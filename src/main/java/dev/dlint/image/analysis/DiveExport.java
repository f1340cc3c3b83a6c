package dev.dlint.image.analysis;

import dev.dlint.image.Digest;
import dev.dlint.image.HistoryEntry;
import dev.dlint.image.Layer;
import dev.dlint.image.LayerEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The data of dive's {@code --json} export, computed as dive v0.13 computes it: per layer its archive id, the diff_id
 * and {@code created_by} of the history entry dive pairs it with (the n-th entry that made a layer, from the oldest),
 * and the nodes of the layer's own tree in post-order with bytewise-sorted siblings ({@code fileList}); per image the
 * numbers of {@link DiveMetrics}. Writing it in dive's byte format is the reporter's job.
 */
public final class DiveExport {
    private static final String SHELL_PREFIX = "/bin/sh -c ";
    private static final String META_PREFIX = ".wh..wh.";
    private static final long MODE_DIR = 1L << 31;
    private static final long MODE_SYMLINK = 1L << 27;
    private static final long MODE_DEVICE = 1L << 26;
    private static final long MODE_NAMED_PIPE = 1L << 25;
    private static final long MODE_SOCKET = 1L << 24;
    private static final long MODE_SETUID = 1L << 23;
    private static final long MODE_SETGID = 1L << 22;
    private static final long MODE_CHAR_DEVICE = 1L << 21;
    private static final long MODE_STICKY = 1L << 20;

    private DiveExport() {
    }

    /**
     * dive's {@code FileInfo} of one tree node.
     *
     * @param path     the cleaned tar name (relative unless the stored name was absolute); {@code ""} for a node dive
     *                 created for a missing parent directory
     * @param typeFlag the tar typeflag byte as Go reads it (48 file, 49 hard link, 50 symlink, 53 directory)
     * @param linkName the header's link name
     * @param size     the header size
     * @param fileMode Go's {@code os.FileMode}: permission bits and type bits ({@code 1<<31} directory, …)
     * @param uid      owner
     * @param gid      group
     * @param isDir    whether the mode is a directory's
     */
    public record FileInfo(String path, int typeFlag, String linkName, long size, long fileMode, long uid, long gid,
                           boolean isDir) {

        /** The blank record of a node dive created for a missing parent directory. */
        public static final FileInfo IMPLICIT = new FileInfo("", 0, "", 0, 0, 0, 0, false);

        /** The record dive makes from a tar header. */
        public static FileInfo of(LayerEntry e) {
            long mode = goFileMode(e);
            String path = (e.tar().rooted() ? "/" : "") + e.path();
            return new FileInfo(path, e.tar().typeflag() & 0xFF, e.tar().linkName(), e.size(), mode, e.uid(), e.gid(),
                    (mode & MODE_DIR) != 0);
        }
    }

    /**
     * One layer's header fields.
     *
     * @param index     0-based position
     * @param id        the first component of the layer's archive member ({@code <v1id>}, {@code <diffid>.tar},
     *                  {@code blobs})
     * @param digestId  the config's diff_id dive pairs with the layer, {@code ""} when the history runs out
     * @param sizeBytes the sum of the layer's header sizes
     * @param command   {@code created_by} without a leading {@code /bin/sh -c }, {@code (missing)} when the history
     *                  runs out
     */
    public record LayerInfo(int index, String id, String digestId, long sizeBytes, String command) {
    }

    /** The layers' header fields, with dive's pairing of layers and history entries. */
    public static List<LayerInfo> layers(ImageAnalysis analysis) {
        List<HistoryEntry> history = analysis.image().config().history();
        List<Digest> diffIds = analysis.image().config().diffIds();
        List<LayerInfo> out = new ArrayList<>();
        int next = 0;
        int produced = 0;
        for (Layer layer : analysis.image().layers()) {
            while (next < history.size() && history.get(next).emptyLayer()) {
                next++;
            }
            String command = "(missing)";
            String digest = "";
            if (next < history.size()) {
                String createdBy = history.get(next).createdBy();
                command = createdBy.startsWith(SHELL_PREFIX) ? createdBy.substring(SHELL_PREFIX.length()) : createdBy;
                digest = produced < diffIds.size() ? diffIds.get(produced).toString() : "";
                produced++;
                next++;
            }
            String member = layer.member();
            int slash = member.indexOf('/');
            out.add(new LayerInfo(layer.index(), slash < 0 ? member : member.substring(0, slash), digest,
                    layer.contentBytes(), command));
        }
        return out;
    }

    /**
     * Visits the nodes of one layer's tree as dive builds it, in post-order (children before their parent, siblings
     * in bytewise name order, the root left out): every entry in tar order replaces the payload of its node (keeping
     * its children), missing parents become {@link FileInfo#IMPLICIT} nodes, opaque markers are never inserted.
     */
    public static void fileList(List<LayerEntry> entries, Consumer<FileInfo> visitor) {
        Node root = new Node("");
        for (LayerEntry e : entries) {
            Node node = root;
            boolean inserted = true;
            for (String part : e.path().split("/")) {
                if (part.startsWith(META_PREFIX)) {
                    inserted = false;
                    break;
                }
                node = node.child(part);
            }
            if (inserted) {
                node.info = FileInfo.of(e);
            }
        }
        Deque<Node> stack = new ArrayDeque<>();
        Deque<Boolean> expanded = new ArrayDeque<>();
        stack.push(root);
        expanded.push(false);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (expanded.pop()) {
                if (n != root) {
                    visitor.accept(n.info);
                }
                continue;
            }
            stack.push(n);
            expanded.push(true);
            if (n.children != null) {
                for (Node c : n.children.descendingMap().values()) {
                    stack.push(c);
                    expanded.push(false);
                }
            }
        }
    }

    /** Go's {@code tar.Header.FileInfo().Mode()}: permission and special bits, and type bits from the mode and flag. */
    public static long goFileMode(LayerEntry e) {
        int raw = e.rawMode();
        long mode = raw & 0777;
        if ((raw & 04000) != 0) {
            mode |= MODE_SETUID;
        }
        if ((raw & 02000) != 0) {
            mode |= MODE_SETGID;
        }
        if ((raw & 01000) != 0) {
            mode |= MODE_STICKY;
        }
        switch (raw & ~07777) {
            case 0040000:
                mode |= MODE_DIR;
                break;
            case 0010000:
                mode |= MODE_NAMED_PIPE;
                break;
            case 0120000:
                mode |= MODE_SYMLINK;
                break;
            case 0060000:
                mode |= MODE_DEVICE;
                break;
            case 0020000:
                mode |= MODE_DEVICE | MODE_CHAR_DEVICE;
                break;
            case 0140000:
                mode |= MODE_SOCKET;
                break;
            default:
                break;
        }
        switch (e.tar().typeflag()) {
            case '2':
                mode |= MODE_SYMLINK;
                break;
            case '3':
                mode |= MODE_DEVICE | MODE_CHAR_DEVICE;
                break;
            case '4':
                mode |= MODE_DEVICE;
                break;
            case '5':
                mode |= MODE_DIR;
                break;
            case '6':
                mode |= MODE_NAMED_PIPE;
                break;
            default:
                break;
        }
        return mode;
    }

    private static final class Node {
        final String name;
        TreeMap<String, Node> children;
        FileInfo info = FileInfo.IMPLICIT;

        Node(String name) {
            this.name = name;
        }

        Node child(String childName) {
            if (children == null) {
                children = new TreeMap<>(DiveExport::compareBytewise);
            }
            return children.computeIfAbsent(childName, Node::new);
        }
    }

    /** Go's string order: by UTF-8 bytes, which is code-point order. */
    static int compareBytewise(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
