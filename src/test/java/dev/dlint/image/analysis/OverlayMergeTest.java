package dev.dlint.image.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.dlint.image.ContentHash;
import dev.dlint.image.EntryType;
import dev.dlint.image.LayerEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OCI layer semantics on entry lists, independent of tar parsing. */
class OverlayMergeTest {
    private static LayerEntry file(String path, long size, long hash, int mode) {
        return new LayerEntry(path, EntryType.FILE, size, 0100000 | mode, 0, 0, null,
                new ContentHash(hash, hash, hash, hash));
    }

    private static LayerEntry file(String path, long size) {
        return file(path, size, path.hashCode() + size, 0644);
    }

    private static LayerEntry dir(String path) {
        return new LayerEntry(path, EntryType.DIRECTORY, 0, 040755, 0, 0, null, null);
    }

    private static LayerEntry marker(String path, EntryType type) {
        return new LayerEntry(path, type, 0, 0, 0, 0, null, null);
    }

    private static OverlayMerge.Result merge(List<List<LayerEntry>> layers) {
        OverlayMerge m = new OverlayMerge();
        layers.forEach(m::apply);
        return m.finish();
    }

    @Test
    void opaqueAppliesBeforeTheLayersOwnEntriesWhateverTheTarOrder() {
        OverlayMerge.Result r = merge(List.of(
                List.of(dir("d"), file("d/old", 100)),
                List.of(file("d/new", 10), dir("d"), marker("d/.wh..wh..opq", EntryType.OPAQUE_MARKER))));
        assertThat(r.visible()).extracting(VisibleFile::path).containsExactly("d/new");
        assertThat(r.waste().bytes()).isEqualTo(100);
    }

    @Test
    void whiteoutNeverAffectsItsOwnLayerAndOpaqueOnANewDirectoryHidesNothing() {
        OverlayMerge.Result r = merge(List.of(
                List.of(file("keep", 5)),
                List.of(file("x", 10), marker(".wh.x", EntryType.WHITEOUT), dir("fresh"),
                        marker("fresh/.wh..wh..opq", EntryType.OPAQUE_MARKER), file("fresh/f", 3))));
        assertThat(r.visible()).extracting(VisibleFile::path).containsExactly("fresh/f", "keep", "x");
        assertThat(r.waste().bytes()).isZero();
    }

    @Test
    void directoryReplacedByFileLosesItsSubtreeAndFileReplacedByDirectory() {
        OverlayMerge.Result r = merge(List.of(
                List.of(dir("t"), file("t/a", 100), file("t/s/b", 50), file("f", 7)),
                List.of(file("t", 1), file("f/inner", 2))));
        assertThat(r.waste().files()).extracting(WastedFile::path, WastedFile::kind, WastedFile::hiddenAt)
                .containsExactlyInAnyOrder(tuple("t/a", WasteKind.DELETED, "t"), tuple("t/s/b", WasteKind.DELETED, "t"),
                        tuple("f", WasteKind.OVERWRITTEN, "f"));
        assertThat(r.visible()).extracting(VisibleFile::path).containsExactly("f/inner", "t");
    }

    @Test
    void kindsFromContentHashes() {
        OverlayMerge.Result r = merge(List.of(
                List.of(file("same", 10, 1, 0644), file("chmod", 20, 2, 0644), file("edit", 30, 3, 0644)),
                List.of(file("same", 10, 1, 0644), file("chmod", 20, 2, 0600), file("edit", 30, 4, 0644))));
        assertThat(r.waste().files()).extracting(WastedFile::path, WastedFile::kind).containsExactlyInAnyOrder(
                tuple("same", WasteKind.IDENTICAL_READD), tuple("chmod", WasteKind.METADATA_ONLY_COPY),
                tuple("edit", WasteKind.OVERWRITTEN));
    }

    @Test
    void deleteThenRecreateCountsOnlyTheOldCopy() {
        OverlayMerge.Result r = merge(List.of(
                List.of(file("f", 100)), List.of(marker(".wh.f", EntryType.WHITEOUT)), List.of(file("f", 40))));
        assertThat(r.waste().files()).extracting(WastedFile::bytes, WastedFile::layer, WastedFile::hiddenByLayer)
                .containsExactly(tuple(100L, 0, 1));
    }

    @Test
    void hardlinkToALowerFileSharesItsContent() {
        LayerEntry link = new LayerEntry("alias", EntryType.HARDLINK, 0, 0100644, 0, 0, "orig", null);
        OverlayMerge.Result r = merge(List.of(
                List.of(file("orig", 100)), List.of(link), List.of(marker(".wh.orig", EntryType.WHITEOUT))));
        assertThat(r.waste().bytes()).isZero();
        assertThat(r.visible()).extracting(VisibleFile::path, VisibleFile::size).containsExactly(tuple("alias", 100L));
    }
}
