package dev.dlint.image.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.image.ContentHash;
import dev.dlint.image.EntryType;
import dev.dlint.image.LayerEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FileTree}: OCI semantics, layer by layer, with the change each layer makes to each path. */
class FileTreeTest {

    private static LayerEntry file(String path, int size, long content, int mode) {
        return new LayerEntry(path, EntryType.FILE, size, 0100000 | mode, 0, 0, null,
                new ContentHash(content, 0, 0, 0));
    }

    private static LayerEntry dir(String path) {
        return new LayerEntry(path, EntryType.DIRECTORY, 0, 040755, 0, 0, null, null);
    }

    private static LayerEntry marker(String path, EntryType type) {
        return new LayerEntry(path, type, 0, 0, 0, 0, null, null);
    }

    private static List<String> apply(FileTree tree, LayerEntry... entries) {
        tree.commit();
        List<String> changes = new ArrayList<>();
        tree.apply(List.of(entries), c -> changes.add(c.change().label() + " " + c.path() + " " + c.node().size()));
        return changes;
    }

    @Test
    void changesLayerByLayer() {
        FileTree tree = new FileTree();
        assertThat(apply(tree, file("etc/motd", 10, 1, 0644), dir("srv"), dir("srv/d"), file("srv/d/a", 5, 2, 0644),
                file("srv/d/b", 7, 3, 0644), file("tmp/x", 3, 4, 0644)))
                .containsExactly("added etc/motd 10", "added srv 0", "added srv/d 0", "added srv/d/a 5",
                        "added srv/d/b 7", "added tmp/x 3");
        assertThat(tree.lookup("etc").implicit()).as("no entry for etc/: an implicit directory").isTrue();
        assertThat(apply(tree, dir("srv"), dir("srv/d"), marker("srv/d/.wh..wh..opq", EntryType.OPAQUE_MARKER),
                file("srv/d/a", 5, 2, 0644), file("srv/d/new", 1, 9, 0644),
                marker(".wh.ghost", EntryType.WHITEOUT), marker("tmp/.wh.x", EntryType.WHITEOUT),
                file("etc/motd", 10, 1, 0600)))
                .as("opaque removes the lower children first; a/ written again unchanged; a whiteout of nothing is"
                        + " nothing; a chmod is a modification")
                .containsExactly("removed srv/d/a 5", "removed srv/d/b 7", "removed tmp/x 3", "unchanged srv 0",
                        "unchanged srv/d 0", "unchanged srv/d/a 5", "added srv/d/new 1", "modified etc/motd 10");
        tree.summarize();
        assertThat(tree.lookup("srv/d/b").shownChange()).isEqualTo(FileTree.Change.REMOVED);
        assertThat(tree.lookup("srv").shownChange()).as("a directory with changes below it").isEqualTo(
                FileTree.Change.MODIFIED);
        assertThat(tree.lookup("srv/d").total()).as("removed children do not count").isEqualTo(6);
        assertThat(apply(tree, file("srv", 4, 5, 0644), file("srv", 6, 6, 0644)))
                .as("a directory replaced by a file, listed twice: the last entry wins, still one modification")
                .containsExactly("modified srv 4", "modified srv 6");
        assertThat(tree.lookup("srv").children()).isEmpty();
        assertThat(tree.lookup("srv/d")).isNull();
        tree.commit();
        assertThat(tree.lookup("srv/d/b")).isNull();
        assertThat(tree.lookup("tmp/x")).isNull();
        assertThat(tree.lookup("srv").change()).isEqualTo(FileTree.Change.UNCHANGED);
        assertThat(apply(tree, file("srv/inner", 1, 7, 0644))).as("a file turned back into a directory")
                .containsExactly("added srv/inner 1");
        assertThat(tree.lookup("srv").isDirectory()).isTrue();
        assertThat(tree.lookup("srv").change()).isEqualTo(FileTree.Change.MODIFIED);
    }

    @Test
    void upToMarksTheChangesOfTheChosenLayerOnly() {
        List<List<LayerEntry>> layers = List.of(List.of(file("a", 1, 1, 0644), file("b", 2, 2, 0644)),
                List.of(marker(".wh.a", EntryType.WHITEOUT)), List.of(file("c", 3, 3, 0644)));
        FileTree one = FileTree.upTo(layers, 1);
        assertThat(one.lookup("a").change()).isEqualTo(FileTree.Change.REMOVED);
        assertThat(one.lookup("b").change()).isEqualTo(FileTree.Change.UNCHANGED);
        FileTree two = FileTree.upTo(layers, 2);
        assertThat(two.lookup("a")).isNull();
        assertThat(two.lookup("c").change()).isEqualTo(FileTree.Change.ADDED);
        assertThat(two.layers()).isEqualTo(3);
    }
}
