package dev.dlint.image.analysis;

import dev.dlint.image.EntryType;
import dev.dlint.image.LayerEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reproduces dive's {@code Efficiency()} and the numbers derived from it, bit for bit.
 *
 * <p>Model (see {@code dive-metrics.md}): one tree per layer built from the tar entries in order (implicit parents
 * are blank non-directory nodes, opaque markers are never inserted, whiteouts are ordinary nodes); the leaves of each
 * layer tree are visited in post-order with bytewise-sorted siblings and accumulated per key; a whiteout looks its
 * key up in the stack of all lower trees and counts the subtree size only if the stacked node is a directory, or
 * aborts the rest of the layer when the key is missing. The stack is maintained incrementally (each layer tree is
 * stacked once, tree 0 becoming the stack itself), so the cost is linear in the entries plus the sizes of the
 * whited-out subtrees, and at most two trees are held. Component names are pooled: images repeat them a lot.
 *
 * <p>Feed layers in order with {@link #addLayer}, then call {@link #finish}.
 */
public final class DiveCalculator {
    private static final int S_IFMT = 0170000;
    private static final int S_IFDIR = 0040000;
    private static final String WHITEOUT = ".wh.";
    private static final String META = ".wh..wh.";
    private static final Comparator<String> BYTEWISE = DiveCalculator::compareCodePoints;

    private final Map<String, Accumulator> visits = new LinkedHashMap<>();
    private final List<Accumulator> inefficient = new ArrayList<>();
    private final List<Long> layerSizes = new ArrayList<>();
    private final NamePool names = new NamePool();
    private DiveNode stacked;
    private DiveNode previousTree;

    /**
     * Adds the next layer.
     *
     * @param entries   the layer's entries in tar order
     * @param layerSize the sum of the layer's tar header sizes
     */
    public void addLayer(List<LayerEntry> entries, long layerSize) {
        DiveNode tree = buildTree(entries);
        if (previousTree == null) {
            stacked = tree; // dive's stack of layer 0 is a copy of tree 0; nothing changes tree 0, so it can be tree 0
        } else {
            // tree 0 becomes the stack: stacking a tree on itself is what stacking it on its copy gives, in place
            stack(stacked, previousTree);
        }
        visitLeaves(tree);
        previousTree = tree;
        layerSizes.add(layerSize);
    }

    /** Computes the metrics. */
    public DiveMetrics finish() {
        long sumMin = 0;
        long sumCum = 0;
        for (Accumulator a : visits.values()) {
            sumMin += a.min;
            sumCum += a.cum;
        }
        double efficiency = sumCum == 0 ? 1.0 : (double) sumMin / (double) sumCum;
        List<Accumulator> sorted = new ArrayList<>(inefficient);
        sorted.sort(Comparator.comparingLong(a -> a.cum)); // stable, like Go's insertion sort for small lists
        Collections.reverse(sorted);
        List<InefficientFile> rows = new ArrayList<>();
        long wasted = 0;
        for (Accumulator a : sorted) {
            rows.add(new InefficientFile(a.key, a.count, a.cum));
            wasted += a.cum;
        }
        long size = layerSizes.stream().mapToLong(Long::longValue).sum();
        long user = layerSizes.isEmpty() ? 0 : size - layerSizes.get(0);
        double userWasted = (double) wasted / (double) user;
        return new DiveMetrics(efficiency, size, user, wasted, userWasted, rows, sumCum - sumMin);
    }

    // ---- per-layer work ---------------------------------------------------------------------------------------

    private void visitLeaves(DiveNode tree) {
        for (DiveNode node : postOrder(tree)) {
            if (node.hasChildren()) {
                continue;
            }
            boolean whiteout = node.name.startsWith(WHITEOUT);
            String key = node.key();
            Accumulator acc = visits.computeIfAbsent(key, Accumulator::new);
            long size;
            if (whiteout) {
                DiveNode target = stacked.lookup(key);
                if (target == null) {
                    return; // dive aborts the rest of the layer; the new key keeps min = -1
                }
                size = target.isDir ? target.subtreeSize() : 0;
            } else {
                size = node.size;
            }
            acc.cum += size;
            if (acc.min < 0 || size < acc.min) {
                acc.min = size;
            }
            acc.count++;
            if (acc.count == 2) {
                inefficient.add(acc);
            }
        }
    }

    private DiveNode buildTree(List<LayerEntry> entries) {
        DiveNode root = new DiveNode("", null);
        for (LayerEntry e : entries) {
            DiveNode node = root;
            String[] parts = names.split(e.path());
            boolean stopped = false;
            for (int i = 0; i < parts.length; i++) {
                if (parts[i].startsWith(META)) {
                    stopped = true;
                    break;
                }
                DiveNode child = node.child(parts[i]);
                if (child == null) {
                    child = node.addChild(parts[i]);
                }
                node = child;
            }
            if (!stopped) {
                boolean isDir = e.type() == EntryType.DIRECTORY || (e.rawMode() & S_IFMT) == S_IFDIR;
                node.setInfo(isDir, e.size());
            }
        }
        return root;
    }

    /** dive's {@code Stack}: every node of {@code upper} in post-order; whiteouts remove, others add/replace. */
    private static void stack(DiveNode base, DiveNode upper) {
        for (DiveNode node : postOrder(upper)) {
            String key = node.key();
            if (node.name.startsWith(WHITEOUT)) {
                DiveNode target = base.lookup(key);
                if (target != null && target.parent != null) {
                    target.parent.children.remove(target.name);
                }
            } else {
                base.add(key, node.isDir, node.size);
            }
        }
    }

    private static List<DiveNode> postOrder(DiveNode root) {
        List<DiveNode> out = new ArrayList<>();
        Deque<DiveNode> stack = new ArrayDeque<>();
        Deque<Boolean> expanded = new ArrayDeque<>();
        stack.push(root);
        expanded.push(false);
        while (!stack.isEmpty()) {
            DiveNode n = stack.pop();
            boolean done = expanded.pop();
            if (done) {
                if (n != root) {
                    out.add(n);
                }
                continue;
            }
            stack.push(n);
            expanded.push(true);
            if (n.children != null) {
                List<DiveNode> kids = new ArrayList<>(n.children.values());
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(kids.get(i));
                    expanded.push(false);
                }
            }
        }
        return out;
    }

    private static int compareCodePoints(String a, String b) {
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

    private static final class Accumulator {
        final String key;
        int count;
        long cum;
        long min = -1;

        Accumulator(String key) {
            this.key = key;
        }
    }

    /** A node of a dive tree. Implicit nodes are blank: not a directory, size 0. */
    private static final class DiveNode {
        final String name;
        final DiveNode parent;
        TreeMap<String, DiveNode> children;
        boolean isDir;
        long size;

        DiveNode(String name, DiveNode parent) {
            this.name = name;
            this.parent = parent;
        }

        boolean hasChildren() {
            return children != null && !children.isEmpty();
        }

        DiveNode child(String childName) {
            return children == null ? null : children.get(childName);
        }

        DiveNode addChild(String childName) {
            if (children == null) {
                children = new TreeMap<>(BYTEWISE);
            }
            DiveNode n = new DiveNode(childName, this);
            children.put(childName, n);
            return n;
        }

        void setInfo(boolean dir, long bytes) {
            isDir = dir;
            size = bytes;
        }

        /** {@code /a/b}, with {@code .wh.} removed from a whiteout's last component. */
        String key() {
            List<String> names = new ArrayList<>();
            names.add(name.startsWith(WHITEOUT) ? name.substring(WHITEOUT.length()) : name);
            for (DiveNode p = parent; p != null && p.parent != null; p = p.parent) {
                names.add(p.name);
            }
            Collections.reverse(names);
            return "/" + String.join("/", names);
        }

        DiveNode lookup(String key) {
            DiveNode n = this;
            for (String part : key.substring(1).split("/")) {
                n = n.child(part);
                if (n == null) {
                    return null;
                }
            }
            return n;
        }

        void add(String key, boolean dir, long bytes) {
            DiveNode n = this;
            for (String part : key.substring(1).split("/")) {
                DiveNode c = n.child(part);
                n = c == null ? n.addChild(part) : c;
            }
            n.setInfo(dir, bytes);
        }

        long subtreeSize() {
            long total = 0;
            Deque<DiveNode> stack = new ArrayDeque<>();
            stack.push(this);
            while (!stack.isEmpty()) {
                DiveNode n = stack.pop();
                total += n.size;
                if (n.children != null) {
                    n.children.values().forEach(stack::push);
                }
            }
            return total;
        }
    }
}
