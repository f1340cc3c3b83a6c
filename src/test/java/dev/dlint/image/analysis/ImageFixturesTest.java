package dev.dlint.image.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.dlint.image.Compression;
import dev.dlint.image.DigestCheck;
import dev.dlint.image.ImageSelection;
import dev.dlint.image.Layer;
import dev.dlint.image.LayoutKind;
import dev.dlint.image.SecretKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The buildah-built images of {@code testdata/images} (see {@code build.sh}). Every expected number is derived by hand
 * from the construction steps:
 *
 * <pre>
 * L0 COPY: app/{big.bin 3000, conf.txt 1000, .env 200, link→big.bin}  cache/tmp.bin 5000  data/old/{a.bin 2000, b.bin 3000}
 *          keep/{hl-src 4096 + hardlink hl-dst, same.txt 800}  srv/tree/{x.bin 1500, sub/y.bin 500}  root/.ssh/id_rsa 400
 *          root/.npmrc 100  src/.git/{HEAD 100, config 100}  var/lib/apt/lists/…InRelease 700  build/out/tool.bin 2500
 * L1 RUN edit:    conf.txt → 500 bytes; rm cache/tmp.bin; rm -rf data/old + mkdir + c.txt (4); srv/tree dir → 10-byte
 *                 file; same.txt rewritten with identical bytes; rm root/.npmrc
 * L2 RUN cleanup: rm -rf app; chmod 600 keep/hl-src; rm -rf src/.git
 * L3 ENV:         no change (1024-byte empty layer)
 * L4 COPY --from: opt/tool.bin = copy of build/out/tool.bin; rm -rf build
 * </pre>
 */
class ImageFixturesTest {
    private static final Path IMAGES = Path.of(System.getProperty("dlint.basedir", "."), "testdata", "images");
    private static final Map<String, ImageAnalysis> CACHE = new ConcurrentHashMap<>();

    private static ImageAnalysis analysis(String name) {
        return CACHE.computeIfAbsent(name, n -> ImageAnalyzer.analyze(IMAGES.resolve(n), ImageSelection.defaults()));
    }

    /** Waste common to both storage drivers: everything but the identical re-add and the chmod copy-up. */
    private static final List<org.assertj.core.groups.Tuple> COMMON_WASTE = List.of(
            tuple("app/conf.txt", 1000L, 0, 1, WasteKind.OVERWRITTEN),
            tuple("cache/tmp.bin", 5000L, 0, 1, WasteKind.DELETED),
            tuple("data/old/a.bin", 2000L, 0, 1, WasteKind.DELETED),
            tuple("data/old/b.bin", 3000L, 0, 1, WasteKind.DELETED),
            tuple("srv/tree/x.bin", 1500L, 0, 1, WasteKind.DELETED),
            tuple("srv/tree/sub/y.bin", 500L, 0, 1, WasteKind.DELETED),
            tuple("root/.npmrc", 100L, 0, 1, WasteKind.DELETED),
            tuple("app/big.bin", 3000L, 0, 2, WasteKind.DELETED),
            tuple("app/conf.txt", 500L, 1, 2, WasteKind.DELETED),
            tuple("app/.env", 200L, 0, 2, WasteKind.DELETED),
            tuple("src/.git/HEAD", 100L, 0, 2, WasteKind.DELETED),
            tuple("src/.git/config", 100L, 0, 2, WasteKind.DELETED),
            tuple("build/out/tool.bin", 2500L, 0, 4, WasteKind.DELETED));

    @ParameterizedTest
    @CsvSource({
        "demo-docker-archive.tar, CONTAINERS_DOCKER_ARCHIVE, NONE",
        "demo-oci-gzip.tar, OCI_LAYOUT, GZIP",
        "demo-oci-zstd.tar, OCI_LAYOUT, ZSTD",
        "demo-oci-dir, OCI_LAYOUT, GZIP",
        "demo-oci-dir-uncompressed, OCI_LAYOUT, NONE",
    })
    void overlayExportsAllGiveTheSameExactWaste(String name, LayoutKind layout, Compression compression) {
        ImageAnalysis a = analysis(name);
        assertThat(a.image().layout()).isEqualTo(layout);
        assertThat(a.image().layers()).hasSize(5);
        // the empty ENV layer is exactly 1024 zero bytes, uncompressed: its well-known diff_id
        assertThat(a.image().layers().get(3).diffId().toString())
                .isEqualTo("sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef");
        assertThat(a.image().layers()).allSatisfy(l -> {
            assertThat(l.compression()).isEqualTo(compression);
            assertThat(l.diffIdCheck()).isEqualTo(DigestCheck.VERIFIED);
        });
        if (layout == LayoutKind.OCI_LAYOUT) {
            assertThat(a.image().layers()).allSatisfy(l -> assertThat(l.blobCheck()).isEqualTo(DigestCheck.VERIFIED));
        }
        // 14 shadowed files: the common 13 + the identical rewrite of same.txt; the chmod'ed hardlink keeps its bytes
        // through hl-dst (overlay copies up only hl-src), so it is not waste.
        assertThat(a.waste().bytes()).isEqualTo(1000 + 5000 + 2000 + 3000 + 1500 + 500 + 100 + 3000 + 500 + 200
                + 100 + 100 + 2500 + 800).isEqualTo(20300);
        List<org.assertj.core.groups.Tuple> expected = new java.util.ArrayList<>(COMMON_WASTE);
        expected.add(tuple("keep/same.txt", 800L, 0, 1, WasteKind.IDENTICAL_READD));
        assertThat(a.waste().files()).extracting(WastedFile::path, WastedFile::bytes, WastedFile::layer,
                WastedFile::hiddenByLayer, WastedFile::kind).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(a.waste().files()).filteredOn(f -> f.path().startsWith("data/old/"))
                .allSatisfy(f -> assertThat(f.hiddenAt()).isEqualTo("data/old")); // one opaque directory
        // per layer: added = regular-file bytes written, hidden = bytes of it that later layers hide
        assertThat(a.waste().layers()).containsExactly(
                new LayerWaste(0, 24996, 19800), new LayerWaste(1, 1314, 500), new LayerWaste(2, 4096, 0),
                new LayerWaste(3, 0, 0), new LayerWaste(4, 2500, 0));
        assertThat(a.waste().contentBytes()).isEqualTo(32906);
        assertThat(a.image().layers()).extracting(Layer::createdBy).containsExactly("COPY files / # step 1",
                "RUN edit # step 2", "RUN cleanup # step 3", "ENV X=1 # step 4",
                "COPY --from=build /out/tool.bin /opt/ # step 5");
        assertThat(a.dive().sizeBytes()).isEqualTo(32906);
        assertThat(a.dive().userSizeBytes()).isEqualTo(32906 - 24996);
        assertThat(a.warnings()).isEmpty();
    }

    @Test
    void vfsWritesPerFileWhiteoutsAndRewritesBothHardlinkNames() {
        ImageAnalysis a = analysis("vfs-docker-archive.tar");
        // vfs: no identical rewrite of same.txt is emitted (naive diff), but the chmod rewrites hl-dst and hl-src,
        // so the original 4096 bytes lose both names: a metadata-only copy.
        assertThat(a.waste().bytes()).isEqualTo(20300 - 800 + 4096).isEqualTo(23596);
        List<org.assertj.core.groups.Tuple> expected = new java.util.ArrayList<>(COMMON_WASTE);
        expected.add(tuple("keep/hl-dst", 4096L, 0, 2, WasteKind.METADATA_ONLY_COPY));
        assertThat(a.waste().files()).extracting(WastedFile::path, WastedFile::bytes, WastedFile::layer,
                WastedFile::hiddenByLayer, WastedFile::kind).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(a.waste().files()).filteredOn(f -> f.path().startsWith("data/old/"))
                .extracting(WastedFile::hiddenAt).containsExactlyInAnyOrder("data/old/a.bin", "data/old/b.bin");
    }

    @Test
    void finalFilesystem() {
        ImageAnalysis a = analysis("demo-docker-archive.tar");
        assertThat(a.finalFiles()).extracting(VisibleFile::path, VisibleFile::size, VisibleFile::layer,
                VisibleFile::hardlink).containsExactly(
                tuple("data/old/c.txt", 4L, 1, false),
                tuple("keep/hl-dst", 4096L, 0, false),
                tuple("keep/hl-src", 4096L, 2, false),
                tuple("keep/same.txt", 800L, 1, false),
                tuple("opt/tool.bin", 2500L, 4, false),
                tuple("root/.ssh/id_rsa", 400L, 0, false),
                tuple("srv/tree", 10L, 1, false),
                tuple("var/lib/apt/lists/deb.debian.org_dists_bookworm_InRelease", 700L, 0, false));
    }

    @Test
    void secretsInAnyLayerEvenWhenDeleted() {
        ImageAnalysis a = analysis("demo-oci-zstd.tar");
        assertThat(a.secrets()).extracting(SecretFact::path, SecretFact::kind, SecretFact::layer,
                SecretFact::visibleInFinalFs).containsExactlyInAnyOrder(
                tuple("root/.ssh/id_rsa", SecretKind.PRIVATE_KEY, 0, true),
                tuple("app/.env", SecretKind.ENV_FILE, 0, false),
                tuple("root/.npmrc", SecretKind.PACKAGE_REGISTRY_TOKEN, 0, false),
                tuple("src/.git", SecretKind.GIT_DIRECTORY, 0, false));
    }

    @Test
    void packageCachesDuplicatesAndUser() {
        ImageAnalysis a = analysis("demo-oci-gzip.tar");
        assertThat(a.packageCaches()).containsExactly(
                new PackageCache("apt", "var/lib/apt/lists", 1, 700, List.of(0)));
        assertThat(a.duplicates()).extracting(DuplicateGroup::size, DuplicateGroup::copies).containsExactly(
                tuple(4096L, List.of(new DuplicateGroup.Copy(0, "keep/hl-dst"), new DuplicateGroup.Copy(2, "keep/hl-src"))),
                tuple(2500L, List.of(new DuplicateGroup.Copy(0, "build/out/tool.bin"),
                        new DuplicateGroup.Copy(4, "opt/tool.bin"))),
                tuple(800L, List.of(new DuplicateGroup.Copy(0, "keep/same.txt"), new DuplicateGroup.Copy(1, "keep/same.txt"))));
        assertThat(a.runsAsRoot()).isTrue();
        assertThat(a.configUser()).isEmpty();
    }

    @Test
    void wasteGroupsCollapseADeletedDirectory() {
        ImageAnalysis a = analysis("demo-docker-archive.tar");
        assertThat(a.waste().groups(3000)).extracting(ExactWaste.WasteGroup::path, ExactWaste.WasteGroup::bytes,
                ExactWaste.WasteGroup::files).containsExactly(
                tuple("cache/tmp.bin", 5000L, 1), tuple("data/old", 5000L, 2), tuple("app", 3200L, 2));
    }
}
