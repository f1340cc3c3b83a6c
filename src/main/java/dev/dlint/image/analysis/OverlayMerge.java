package dev.dlint.image.analysis;

import dev.dlint.image.EntryType;
import dev.dlint.image.LayerEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies layers lowest first with OCI whiteout semantics on a path trie, once, in time linear in the number of
 * entries, and records every shadowed regular-file content as {@link WastedFile}.
 *
 * <p>Each trie node knows the entry that currently occupies it. Regular-file contents carry a count of the visible
 * names that refer to them (hardlinks share a content), and become waste when that count drops to zero. Per layer:
 * opaque markers are applied first, then whiteouts, then entries in tar order (the last duplicate wins); so a layer's
 * markers never affect its own entries, whatever the tar order.
 */
public final class OverlayMerge {
    private final Node root = Node.root();
    private final List<WastedFile> wasted = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<Long> added = new ArrayList<>();
    private final NamePool names = new NamePool();
    private int layerCount;

    /** Applies the next layer (its index is the number of layers applied before). */
    public void apply(List<LayerEntry> entries) {
        int layer = layerCount++;
        long addedBytes = 0;
        Map<String, Content> files = new HashMap<>();
        Map<String, String> links = new HashMap<>();
        Content[] contents = new Content[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            LayerEntry e = entries.get(i);
            if (e.type() == EntryType.FILE) {
                contents[i] = new Content(layer, e);
                files.put(e.path(), contents[i]);
                addedBytes += e.size();
            } else if (e.type() == EntryType.HARDLINK) {
                links.put(e.path(), e.linkTarget());
            }
        }
        added.add(addedBytes);
        for (LayerEntry e : entries) {
            if (e.type() == EntryType.OPAQUE_MARKER) {
                Node dir = lookup(e.affectedPath());
                if (dir != null && dir.directory && dir.children != null) {
                    for (Node child : new ArrayList<>(dir.children.values())) {
                        removeSubtree(child, layer, WasteKind.DELETED, e.affectedPath());
                    }
                }
            }
        }
        for (LayerEntry e : entries) {
            if (e.type() == EntryType.WHITEOUT) {
                Node target = lookup(e.affectedPath());
                if (target != null && target != root) {
                    removeSubtree(target, layer, WasteKind.DELETED, e.affectedPath());
                }
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            LayerEntry e = entries.get(i);
            if (e.isMarker()) {
                continue;
            }
            Content content = contents[i];
            if (e.type() == EntryType.HARDLINK) {
                content = resolveLink(e, files, links, layer);
            }
            place(e, content, layer);
        }
    }

    /** Finishes the merge. */
    public Result finish() {
        List<VisibleFile> visible = new ArrayList<>();
        // paths are built from the parent's path on the way down: one string per node, not a walk to the root each
        Deque<Node> stack = new ArrayDeque<>();
        Deque<String> paths = new ArrayDeque<>();
        stack.push(root);
        paths.push("");
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            String path = paths.pop();
            if (n.children != null) {
                for (Node child : n.children.values()) {
                    stack.push(child);
                    paths.push(path.isEmpty() ? child.name : path + "/" + child.name);
                }
            }
            if (n.content != null) {
                visible.add(new VisibleFile(path, n.content.size, n.layer, n.content.entry.contentHash(),
                        n.entryType == EntryType.HARDLINK));
            }
        }
        visible.sort(Comparator.comparing(VisibleFile::path));
        List<WastedFile> files = new ArrayList<>(wasted);
        files.sort(Comparator.comparingLong(WastedFile::bytes).reversed().thenComparing(WastedFile::path)
                .thenComparingInt(WastedFile::layer));
        long[] hidden = new long[layerCount];
        long total = 0;
        for (WastedFile w : files) {
            hidden[w.layer()] += w.bytes();
            total += w.bytes();
        }
        List<LayerWaste> layers = new ArrayList<>();
        long content = 0;
        for (int i = 0; i < layerCount; i++) {
            layers.add(new LayerWaste(i, added.get(i), hidden[i]));
            content += added.get(i);
        }
        return new Result(new ExactWaste(total, content, files, layers), visible, List.copyOf(warnings),
                new VisibilityIndex(this));
    }

    /**
     * The outcome of a merge.
     *
     * @param waste      exact waste
     * @param visible    regular files of the final filesystem, sorted by path
     * @param warnings   e.g. hardlinks to missing targets
     * @param visibility which layer's entry each final path shows
     */
    public record Result(ExactWaste waste, List<VisibleFile> visible, List<String> warnings,
                         VisibilityIndex visibility) {
    }

    /** Answers which layer provides a path in the final filesystem. */
    public static final class VisibilityIndex {
        private final OverlayMerge merge;

        private VisibilityIndex(OverlayMerge merge) {
            this.merge = merge;
        }

        /** The index of the layer whose entry is visible at {@code path}, or -1 if nothing is there. */
        public int visibleLayer(String path) {
            Node n = merge.lookup(path);
            return n == null || n == merge.root ? -1 : n.layer;
        }
    }

    // ---- mechanics --------------------------------------------------------------------------------------------

    private Content resolveLink(LayerEntry link, Map<String, Content> files, Map<String, String> links, int layer) {
        String target = link.linkTarget();
        Set<String> seen = new HashSet<>();
        boolean loop = false;
        while (target != null && !target.isEmpty()) {
            if (!seen.add(target)) {
                loop = true;
                break;
            }
            Content same = files.get(target);
            if (same != null) {
                return same;
            }
            String next = links.get(target);
            if (next == null) {
                Node lower = lookup(target);
                if (lower != null && lower.content != null) {
                    return lower.content;
                }
                break;
            }
            target = next;
        }
        warnings.add("layer " + layer + ": hardlink '" + link.path() + "' points to '" + link.linkTarget() + "', "
                + (loop ? "a hardlink loop" : "which does not exist") + "; counted as empty");
        return null;
    }

    private void place(LayerEntry e, Content content, int layer) {
        String path = e.path();
        int slash = path.lastIndexOf('/');
        Node parent = slash < 0 ? root : ensureDirectory(path.substring(0, slash), layer);
        String name = names.of(path.substring(slash + 1));
        if (content != null) {
            content.refs++;
        }
        Node existing = parent.child(name);
        boolean isDir = e.type() == EntryType.DIRECTORY;
        if (existing != null) {
            if (existing.directory && isDir) {
                existing.setEntry(layer, e.type(), null);
                return;
            }
            removeSubtree(existing, layer, replacementKind(existing, e, content), path);
        }
        Node node = parent.addChild(name);
        node.directory = isDir;
        node.setEntry(layer, e.type(), content);
    }

    private static WasteKind replacementKind(Node existing, LayerEntry incoming, Content content) {
        Content old = existing.content;
        if (old == null || content == null || old.entry.contentHash() == null
                || content.entry.contentHash() == null) {
            return WasteKind.OVERWRITTEN;
        }
        if (old.size != content.size || !old.entry.contentHash().equals(content.entry.contentHash())) {
            return WasteKind.OVERWRITTEN;
        }
        LayerEntry a = old.entry;
        LayerEntry b = content.entry;
        boolean sameMeta = a.permissions() == b.permissions() && a.uid() == b.uid() && a.gid() == b.gid();
        return sameMeta ? WasteKind.IDENTICAL_READD : WasteKind.METADATA_ONLY_COPY;
    }

    private Node ensureDirectory(String dirPath, int layer) {
        Node node = root;
        int start = 0;
        while (start <= dirPath.length()) {
            int slash = dirPath.indexOf('/', start);
            int end = slash < 0 ? dirPath.length() : slash;
            String name = names.of(dirPath.substring(start, end));
            Node child = node.child(name);
            if (child != null && !child.directory) {
                removeSubtree(child, layer, WasteKind.OVERWRITTEN, dirPath.substring(0, end));
                child = null;
            }
            if (child == null) {
                child = node.addChild(name);
                child.directory = true;
                child.setEntry(layer, EntryType.DIRECTORY, null);
            }
            node = child;
            start = end + 1;
        }
        return node;
    }

    private Node lookup(String path) {
        if (path.isEmpty()) {
            return root;
        }
        Node node = root;
        int start = 0;
        while (node != null && start <= path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            node = node.child(path.substring(start, end));
            start = end + 1;
        }
        return node;
    }

    /** Detaches {@code top} and releases every content below it (iteratively: paths can be deep). */
    private void removeSubtree(Node top, int layer, WasteKind topKind, String hiddenAt) {
        top.parent.children.remove(top.name);
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(top);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n.content != null) {
                release(n.content, layer, n == top ? topKind : WasteKind.DELETED, hiddenAt);
            }
            if (n.children != null) {
                n.children.values().forEach(stack::push);
            }
        }
    }

    private void release(Content c, int layer, WasteKind kind, String hiddenAt) {
        c.refs--;
        if (c.refs == 0 && c.size > 0) {
            wasted.add(new WastedFile(c.entry.path(), c.size, c.layer, layer, kind, hiddenAt));
        }
    }

    /** A regular file's content, shared by the names (hardlinks) that refer to it. */
    private static final class Content {
        final int layer;
        final LayerEntry entry;
        final long size;
        int refs;

        Content(int layer, LayerEntry entry) {
            this.layer = layer;
            this.entry = entry;
            this.size = entry.size();
        }
    }

    /** A trie node: one path of the merged filesystem. */
    private static final class Node {
        final String name;
        final Node parent;
        Map<String, Node> children;
        boolean directory;
        int layer = -1;
        EntryType entryType;
        Content content;

        private Node(String name, Node parent) {
            this.name = name;
            this.parent = parent;
        }

        static Node root() {
            Node r = new Node("", null);
            r.directory = true;
            return r;
        }

        Node child(String childName) {
            return children == null ? null : children.get(childName);
        }

        Node addChild(String childName) {
            if (children == null) {
                children = new HashMap<>(4);
            }
            Node n = new Node(childName, this);
            children.put(childName, n);
            return n;
        }

        void setEntry(int entryLayer, EntryType type, Content c) {
            layer = entryLayer;
            entryType = type;
            content = c;
        }

        String path() {
            List<String> names = new ArrayList<>();
            for (Node p = this; p != null && p.parent != null; p = p.parent) {
                names.add(p.name);
            }
            java.util.Collections.reverse(names);
            return String.join("/", names);
        }
    }
}
