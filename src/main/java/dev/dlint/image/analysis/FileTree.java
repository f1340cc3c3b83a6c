package dev.dlint.image.analysis;

import dev.dlint.image.ContentHash;
import dev.dlint.image.EntryType;
import dev.dlint.image.LayerEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The merged filesystem of an image's layers, applied one layer at a time with OCI semantics (opaque markers, then
 * whiteouts, then entries in tar order), where each node knows how the layer just applied changed it: added,
 * modified, removed or unchanged, as dive marks its file tree. {@link #apply} keeps the nodes the layer removes
 * (marked) so that they can be shown; {@link #commit} drops them before the next layer. Memory grows with the number
 * of paths; nothing is copied per layer.
 */
public final class FileTree {

    /** How the layer just applied changed a path. */
    public enum Change {
        UNCHANGED, ADDED, MODIFIED, REMOVED;

        /** The lower-case name used in JSON ({@code added}). */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** dive's merge of a directory's own change with a child's: equal stays, anything else is a modification. */
        Change merge(Change other) {
            return this == other ? this : MODIFIED;
        }
    }

    /**
     * One change a layer makes, as {@code layers[].files} of the JSON report lists it.
     *
     * @param path   the path, relative, normalised
     * @param change added, modified, unchanged (the layer lists it again as it was), or removed
     * @param node   the node after the change (for a removal, the node removed)
     */
    public record LayerChange(String path, Change change, Node node) {
    }

    /** A path of the merged filesystem. */
    public static final class Node {
        private final String name;
        private Node parent;
        private Map<String, Node> children;
        private EntryType type = EntryType.DIRECTORY;
        private long size;
        private int rawMode = 040755;
        private long uid;
        private long gid;
        private String link;
        private ContentHash hash;
        private Change change = Change.UNCHANGED;
        private boolean implicit = true;
        private long total;
        private Change derived = Change.UNCHANGED;

        private Node(String name, Node parent) {
            this.name = name;
            this.parent = parent;
        }

        public String name() {
            return name;
        }

        /** The path from the root, relative ({@code usr/bin/env}); {@code ""} for the root. */
        public String path() {
            List<String> names = new ArrayList<>();
            for (Node n = this; n != null && n.parent != null; n = n.parent) {
                names.add(n.name);
            }
            Collections.reverse(names);
            return String.join("/", names);
        }

        public EntryType type() {
            return type;
        }

        public boolean isDirectory() {
            return type == EntryType.DIRECTORY;
        }

        /** The entry's own size (content bytes of a file; 0 for directories and links). */
        public long size() {
            return size;
        }

        /** The mode as stored (permission bits and possibly type bits). */
        public int rawMode() {
            return rawMode;
        }

        public long uid() {
            return uid;
        }

        public long gid() {
            return gid;
        }

        /** The link target of a hard or symbolic link, else {@code null}. */
        public String link() {
            return link;
        }

        /** How the layer just applied changed this node itself. */
        public Change change() {
            return change;
        }

        /** Whether no layer listed this directory; it exists because paths below it do. */
        public boolean implicit() {
            return implicit;
        }

        /** The children, in no particular order. */
        public Collection<Node> children() {
            return children == null ? List.of() : children.values();
        }

        /** Set by {@link FileTree#summarize()}: the bytes of this node and everything below it that is not removed. */
        public long total() {
            return total;
        }

        /**
         * Set by {@link FileTree#summarize()}: the change shown for this node, dive's way: its own change merged with
         * its children's, so a directory with changes below it is modified.
         */
        public Change shownChange() {
            return derived;
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

        private void set(LayerEntry e) {
            type = e.type();
            size = e.size();
            rawMode = e.rawMode();
            uid = e.uid();
            gid = e.gid();
            link = e.linkTarget();
            hash = e.contentHash();
            implicit = false;
        }

        private boolean sameAs(LayerEntry e) {
            return type == e.type() && size == e.size() && (rawMode & 07777) == (e.rawMode() & 07777) && uid == e.uid()
                    && gid == e.gid() && Objects.equals(link, e.linkTarget()) && Objects.equals(hash, e.contentHash());
        }
    }

    private final Node root = new Node("", null);
    private final List<Node> touched = new ArrayList<>();
    private final NamePool names = new NamePool();
    private int applied;

    /** The root directory. */
    public Node root() {
        return root;
    }

    /** How many layers were applied. */
    public int layers() {
        return applied;
    }

    /** The tree of layers {@code 0..index}, with the changes of layer {@code index} marked. */
    public static FileTree upTo(List<List<LayerEntry>> layers, int index) {
        FileTree tree = new FileTree();
        for (int i = 0; i <= index; i++) {
            if (i > 0) {
                tree.commit();
            }
            tree.apply(layers.get(i), change -> { });
        }
        return tree;
    }

    /** The node at {@code path} (relative, normalised), or {@code null}. */
    public Node lookup(String path) {
        if (path.isEmpty()) {
            return root;
        }
        Node node = root;
        for (String part : path.split("/")) {
            node = node.child(part);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    /**
     * Applies the next layer and tells {@code changes} each change in order: removals by opaque markers and
     * whiteouts first, then every entry.
     */
    public void apply(List<LayerEntry> entries, Consumer<LayerChange> changes) {
        applied++;
        for (LayerEntry e : entries) {
            if (e.type() == EntryType.OPAQUE_MARKER) {
                Node dir = lookup(e.affectedPath());
                if (dir != null && dir.isDirectory()) {
                    for (Node child : new ArrayList<>(dir.children())) {
                        remove(child, changes);
                    }
                }
            }
        }
        for (LayerEntry e : entries) {
            if (e.type() == EntryType.WHITEOUT) {
                Node target = lookup(e.affectedPath());
                if (target != null && target != root) {
                    remove(target, changes);
                }
            }
        }
        for (LayerEntry e : entries) {
            if (!e.isMarker()) {
                place(e, changes);
            }
        }
    }

    /** Drops the nodes the last layer removed and forgets its marks, before the next layer is applied. */
    public void commit() {
        for (Node n : touched) {
            if (n.change == Change.REMOVED && n.parent != null && n.parent.children != null
                    && n.parent.children.get(n.name) == n) {
                n.parent.children.remove(n.name);
            }
            n.change = Change.UNCHANGED;
        }
        touched.clear();
    }

    /** Computes {@link Node#total()} and {@link Node#shownChange()} for every node (iteratively, paths can be deep). */
    public void summarize() {
        Deque<Node> stack = new ArrayDeque<>();
        List<Node> order = new ArrayList<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            order.add(n);
            n.children().forEach(stack::push);
        }
        for (int i = order.size() - 1; i >= 0; i--) {
            Node n = order.get(i);
            long total = n.size;
            Change shown = n.change;
            for (Node c : n.children()) {
                if (c.change != Change.REMOVED || n.change == Change.REMOVED) {
                    total += c.total;
                }
                shown = shown.merge(c.derived);
            }
            n.total = total;
            n.derived = n.change == Change.REMOVED ? Change.REMOVED : shown;
        }
    }

    private void remove(Node node, Consumer<LayerChange> changes) {
        if (node.change == Change.REMOVED) {
            return;
        }
        long bytes = 0;
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            bytes += n.size;
            mark(n, Change.REMOVED);
            n.children().forEach(stack::push);
        }
        changes.accept(new LayerChange(node.path(), Change.REMOVED, removedView(node, bytes)));
    }

    /** The removed node as the change reports it: its size is the bytes of its whole subtree. */
    private static Node removedView(Node node, long bytes) {
        Node view = new Node(node.name, null);
        view.type = node.type;
        view.size = bytes;
        view.rawMode = node.rawMode;
        view.uid = node.uid;
        view.gid = node.gid;
        view.link = node.link;
        view.implicit = node.implicit;
        view.change = Change.REMOVED;
        return view;
    }

    private void place(LayerEntry e, Consumer<LayerChange> changes) {
        String path = e.path();
        int slash = path.lastIndexOf('/');
        Node parent = slash < 0 ? root : ensureDirectory(path.substring(0, slash), changes);
        String name = names.of(path.substring(slash + 1));
        Node existing = parent.child(name);
        Change change;
        Node node;
        if (existing == null) {
            node = parent.addChild(name);
            change = Change.ADDED;
        } else if (existing.change == Change.ADDED) {
            node = existing; // a path the layer lists twice: still an addition
            change = Change.ADDED;
            if (!(existing.isDirectory() && e.isDirectory())) {
                node.children = null;
            }
        } else if (existing.change == Change.REMOVED) {
            node = parent.addChild(name); // hidden by this layer's opaque marker or whiteout, then written again
            change = existing.sameAs(e) ? Change.UNCHANGED : Change.MODIFIED;
            existing.parent = null;
        } else {
            node = existing;
            change = existing.sameAs(e) && !existing.implicit ? Change.UNCHANGED : Change.MODIFIED;
            if (!(existing.isDirectory() && e.isDirectory())) {
                node.children = null;
            }
        }
        node.set(e);
        mark(node, node.change == Change.MODIFIED && change == Change.UNCHANGED ? Change.MODIFIED : change);
        changes.accept(new LayerChange(path, node.change, node));
    }

    private Node ensureDirectory(String dirPath, Consumer<LayerChange> changes) {
        Node node = root;
        for (String part : names.split(dirPath)) {
            Node child = node.child(part);
            if (child != null && child.change == Change.REMOVED) {
                child.parent = null;
                child = null;
            }
            if (child != null && !child.isDirectory()) {
                child.children = null;
                child.type = EntryType.DIRECTORY;
                child.size = 0;
                child.link = null;
                child.hash = null;
                child.implicit = true;
                mark(child, child.change == Change.ADDED ? Change.ADDED : Change.MODIFIED);
            }
            if (child == null) {
                child = node.addChild(part);
                mark(child, Change.ADDED);
            }
            node = child;
        }
        return node;
    }

    private void mark(Node n, Change change) {
        if (n.change == change) {
            return;
        }
        if (n.change == Change.UNCHANGED) {
            touched.add(n);
        }
        n.change = change;
    }
}
