package dev.dlint.report.image;

import static dev.dlint.report.Ansi.BOLD;
import static dev.dlint.report.Ansi.DIM;
import static dev.dlint.report.Ansi.RED;

import dev.dlint.image.CreatedBy;
import dev.dlint.image.EntryType;
import dev.dlint.image.Layer;
import dev.dlint.image.analysis.ByteSizes;
import dev.dlint.image.analysis.FileTree;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.report.Ansi;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * {@code dlint image --tree}: the merged file tree of the layers up to one layer, as dive's file tree pane shows it
 * (permissions, {@code uid:gid}, size, the tree), each line marked with how that layer changed it: {@code +} added,
 * {@code ~} modified, {@code -} removed, in dive's colours (green, yellow, red) when colour is on. Written line by
 * line as the tree is walked; memory holds the tree, not the text.
 */
public final class ImageTreeReporter {

    private static final String YELLOW = "\u001b[33m";
    private static final String GREEN = "\u001b[32m";

    /**
     * What to show.
     *
     * @param layer       the layer whose tree (merged with the layers below) is shown, 0-based; -1 for the last
     * @param changesOnly show only what the layer changed, with the directories above it
     * @param path        show only this path and what is below it (relative or absolute); empty for everything
     * @param bySize      order siblings by size, largest first, instead of by name
     * @param color       use dive's colours
     */
    public record Options(int layer, boolean changesOnly, String path, boolean bySize, boolean color) {
    }

    private final Options options;

    public ImageTreeReporter(Options options) {
        this.options = options;
    }

    /**
     * Writes the tree.
     *
     * @throws IllegalArgumentException when the layer index is out of range
     */
    public void write(ImageAnalysis analysis, Writer out) throws IOException {
        List<Layer> layers = analysis.image().layers();
        if (layers.isEmpty()) {
            out.write("The image has no layers.\n");
            out.flush();
            return;
        }
        int index = options.layer() < 0 ? layers.size() - 1 : options.layer();
        if (index >= layers.size()) {
            throw new IllegalArgumentException("--layer " + options.layer() + ": the image has " + layers.size()
                    + " layers (0 to " + (layers.size() - 1) + ")");
        }
        FileTree tree = FileTree.upTo(analysis.layerEntries(), index);
        tree.summarize();
        Layer layer = layers.get(index);
        String command = CreatedBy.readable(layer.createdBy());
        out.write(paint(BOLD, "Layer " + index + " (of " + layers.size() + ", 0-based)") + ": "
                + TerminalText.clean(command.isEmpty() ? "(no history)" : command) + " ("
                + ByteSizes.format(layer.contentBytes()) + "), with the layers below it merged\n");
        if (layer.missing()) {
            out.write(paint(RED, "The layer's content is unknown (its blob is missing or unreadable).") + "\n");
        }
        out.write(paint(DIM, "  + added  ~ modified  - removed by this layer") + "\n");
        out.write(String.format(Locale.ROOT, "  %-10s %11s %10s  %s\n", "Permission", "UID:GID", "Size", "Filetree"));
        String prefix = normalize(options.path());
        FileTree.Node start = prefix.isEmpty() ? tree.root() : tree.lookup(prefix);
        if (start == null) {
            out.write("  (nothing at /" + TerminalText.clean(prefix) + " in this layer's tree)\n");
            out.flush();
            return;
        }
        List<FileTree.Node> ancestors = new ArrayList<>();
        for (FileTree.Node n = start; n != tree.root() && n != null; n = parentOf(tree, n)) {
            ancestors.add(0, n);
        }
        String indent = "";
        for (int i = 0; i < ancestors.size() - 1; i++) {
            line(ancestors.get(i), indent + "└── ", out);
            indent += "    ";
        }
        if (start != tree.root()) {
            if (shown(start)) {
                line(start, indent + "└── ", out);
            }
            indent += "    ";
        }
        walk(start, indent, out);
        out.flush();
    }

    /** Depth-first, parents before children, with an explicit stack (paths can be very deep). */
    private void walk(FileTree.Node top, String indent, Writer out) throws IOException {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(children(top), indent));
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.next >= frame.children.size()) {
                stack.pop();
                continue;
            }
            FileTree.Node node = frame.children.get(frame.next++);
            boolean last = frame.next == frame.children.size();
            line(node, frame.indent + (last ? "└── " : "├── "), out);
            List<FileTree.Node> kids = children(node);
            if (!kids.isEmpty()) {
                stack.push(new Frame(kids, frame.indent + (last ? "    " : "│   ")));
            }
        }
    }

    private static final class Frame {
        final List<FileTree.Node> children;
        final String indent;
        int next;

        Frame(List<FileTree.Node> children, String indent) {
            this.children = children;
            this.indent = indent;
        }
    }

    private List<FileTree.Node> children(FileTree.Node node) {
        List<FileTree.Node> kids = new ArrayList<>();
        for (FileTree.Node c : node.children()) {
            if (shown(c)) {
                kids.add(c);
            }
        }
        Comparator<FileTree.Node> byName = (a, b) -> compareBytewise(a.name(), b.name());
        kids.sort(options.bySize() ? Comparator.comparingLong(FileTree.Node::total).reversed().thenComparing(byName)
                : byName);
        return kids;
    }

    private boolean shown(FileTree.Node node) {
        return !options.changesOnly() || node.shownChange() != FileTree.Change.UNCHANGED;
    }

    private void line(FileTree.Node node, String branch, Writer out) throws IOException {
        FileTree.Change change = node.shownChange();
        String marker;
        String colour;
        switch (change) {
            case ADDED:
                marker = "+";
                colour = GREEN;
                break;
            case MODIFIED:
                marker = "~";
                colour = YELLOW;
                break;
            case REMOVED:
                marker = "-";
                colour = RED;
                break;
            default:
                marker = " ";
                colour = "";
        }
        String name = TerminalText.clean(node.name());
        if (node.link() != null && (node.type() == EntryType.SYMLINK || node.type() == EntryType.HARDLINK)) {
            name += " → " + TerminalText.clean(node.link());
        }
        String attributes = String.format(Locale.ROOT, "%s %-10s %11s %10s  ", marker, permissions(node),
                node.uid() + ":" + node.gid(), ByteSizes.format(node.total()));
        String text = attributes + branch + name;
        out.write((colour.isEmpty() ? text : paint(colour, text)) + "\n");
    }

    /** {@code drwxr-xr-x}, with {@code s}/{@code t} for the special bits, as {@code ls -l} shows them. */
    static String permissions(FileTree.Node node) {
        char type;
        switch (node.type()) {
            case DIRECTORY:
                type = 'd';
                break;
            case SYMLINK:
                type = 'l';
                break;
            case DEVICE:
                type = (node.rawMode() & 0170000) == 0060000 ? 'b' : 'c';
                break;
            case FIFO:
                type = 'p';
                break;
            default:
                type = '-';
        }
        int mode = node.rawMode();
        StringBuilder out = new StringBuilder().append(type);
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            out.append((mode & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
        }
        special(out, 3, (mode & 04000) != 0, 's');
        special(out, 6, (mode & 02000) != 0, 's');
        special(out, 9, (mode & 01000) != 0, 't');
        return out.toString();
    }

    private static void special(StringBuilder out, int at, boolean set, char letter) {
        if (set) {
            out.setCharAt(at, out.charAt(at) == '-' ? Character.toUpperCase(letter) : letter);
        }
    }

    private static FileTree.Node parentOf(FileTree tree, FileTree.Node node) {
        String path = node.path();
        int slash = path.lastIndexOf('/');
        return slash < 0 ? tree.root() : tree.lookup(path.substring(0, slash));
    }

    /** {@code /usr/lib/} → {@code usr/lib}. */
    static String normalize(String path) {
        String p = path == null ? "" : path.strip();
        while (p.startsWith("/") || p.startsWith("./")) {
            p = p.startsWith("/") ? p.substring(1) : p.substring(2);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.replaceAll("/+", "/");
    }

    private static int compareBytewise(String a, String b) {
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

    private String paint(String code, String text) {
        return Ansi.paint(options.color(), code, text);
    }
}
