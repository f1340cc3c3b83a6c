package dev.dlint.image.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlint.image.ImageFormatException;
import dev.dlint.image.ImageSelection;
import dev.dlint.image.testing.TestArchives;
import dev.dlint.image.testing.TestLayer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken inputs: each is handled, or fails with one clear line naming the member. */
@Timeout(20)
class UntrustedInputTest {
    @TempDir
    Path tmp;

    private ImageAnalysis analyze(byte[]... layers) {
        Path archive = TestArchives.dockerSave(tmp.resolve("img.tar"), "x:1", Arrays.asList(layers));
        return ImageAnalyzer.analyze(archive, ImageSelection.defaults());
    }

    private void assertOneLineError(Runnable r, String... fragments) {
        assertThatThrownBy(r::run).isInstanceOf(ImageFormatException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains(fragments));
    }

    private static final String LAYER0 = String.format("%064x", 1) + "/layer.tar";

    @Test
    void pathTraversalIsRejected() {
        byte[] tar = new TestLayer().file("../etc/passwd", 10).tar();
        assertOneLineError(() -> analyze(tar), LAYER0, "'..'", "path traversal");
    }

    @Test
    void absoluteAndDotPathsAreNormalised() {
        ImageAnalysis a = analyze(new TestLayer().dir("./").file("/etc/a", 10).file("./etc//b", 20).tar(),
                new TestLayer().whiteout("/etc/a").tar());
        assertThat(a.finalFiles()).extracting(VisibleFile::path).containsExactly("etc/b");
        assertThat(a.waste().bytes()).isEqualTo(10);
    }

    @Test
    void hardlinkLoopsAndMissingTargetsBecomeWarnings() {
        ImageAnalysis a = analyze(new TestLayer().hardlink("a", "b").hardlink("b", "a").hardlink("c", "nowhere")
                .symlink("s1", "s2").symlink("s2", "s1").tar());
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("'a'", "loop"))
                .anySatisfy(w -> assertThat(w).contains("'c'", "does not exist"));
        assertThat(a.waste().bytes()).isZero();
    }

    @Test
    void hardlinkKeepsBytesAliveAcrossADelete() {
        ImageAnalysis a = analyze(new TestLayer().file("big", 5000).hardlink("alias", "big").tar(),
                new TestLayer().whiteout("big").tar());
        assertThat(a.waste().bytes()).isZero();
        assertThat(a.finalFiles()).extracting(VisibleFile::path, VisibleFile::hardlink)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alias", true));
        ImageAnalysis both = analyze(new TestLayer().file("big", 5000).hardlink("alias", "big").tar(),
                new TestLayer().whiteout("big").whiteout("alias").tar());
        assertThat(both.waste().bytes()).isEqualTo(5000);
    }

    @Test
    void duplicateEntriesLastWinsAndTheEarlierCopyIsWaste() {
        ImageAnalysis a = analyze(new TestLayer().file("f", 100, 1).file("f", 300, 2).tar());
        assertThat(a.finalFiles()).extracting(VisibleFile::size).containsExactly(300L);
        assertThat(a.waste().files()).extracting(WastedFile::bytes, WastedFile::layer, WastedFile::hiddenByLayer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(100L, 0, 0));
    }

    @Test
    void paxGlobalHeaderIsAppliedNotFatal() {
        byte[] rec = "12 uid=4242\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tar = TestArchives.concat(rawHeader("pax_global_header", 'g', rec.length), pad(rec),
                rawHeader("etc/f", '0', 3), pad(new byte[] {1, 2, 3}), new byte[1024]);
        ImageAnalysis a = analyze(tar);
        assertThat(a.finalFiles()).extracting(VisibleFile::path).containsExactly("etc/f");
    }

    @Test
    void gnuLongNamesAndPaxLongNames() throws Exception {
        String longName = "d/" + "x".repeat(150) + "/" + "y".repeat(120);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_GNU);
            TarArchiveEntry f = new TarArchiveEntry(longName);
            f.setSize(2);
            out.putArchiveEntry(f);
            out.write(new byte[] {1, 2});
            out.closeArchiveEntry();
        }
        ImageAnalysis gnu = analyze(bytes.toByteArray());
        assertThat(gnu.finalFiles()).extracting(VisibleFile::path).containsExactly(longName);
        ImageAnalysis pax = analyze(new TestLayer().file(longName, 2).tar());
        assertThat(pax.finalFiles()).extracting(VisibleFile::path).containsExactly(longName);
    }

    @Test
    void gnuSparseEntryIsReadAsStoredBytes() {
        byte[] tar = TestArchives.concat(rawHeader("sparse.img", 'S', 1024), new byte[1024], new byte[1024]);
        ImageAnalysis a = analyze(tar);
        assertThat(a.finalFiles()).extracting(VisibleFile::path, VisibleFile::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("sparse.img", 1024L));
    }

    @Test
    void hugeDeclaredSizeWithoutDataIsATruncationError() {
        byte[] tar = TestArchives.concat(rawHeader("f", '0', 077777777777L), new byte[512]);
        assertOneLineError(() -> analyze(tar), LAYER0, "truncated");
    }

    @Test
    void oversizedGnuLongNameIsRefused() throws Exception {
        // a 2 MiB long-name record, gzip-compressed to a few KB: must not be buffered
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            TarArchiveEntry longName = new TarArchiveEntry("././@LongLink", TarArchiveEntry.LF_GNUTYPE_LONGNAME);
            byte[] name = "a/".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            longName.setSize(name.length);
            out.putArchiveEntry(longName);
            out.write(name);
            out.closeArchiveEntry();
            TarArchiveEntry f = new TarArchiveEntry("short");
            out.putArchiveEntry(f);
            out.closeArchiveEntry();
        }
        byte[] blob = TestLayer.gzip(bytes.toByteArray());
        assertOneLineError(() -> analyze(blob), "GNU long name", "exceeds the limit");
    }

    @Test
    void deepPathsWorkAndOverlongNamesAreRefused() {
        String deep = "a/".repeat(2000) + "f";
        ImageAnalysis a = analyze(new TestLayer().file(deep, 5).tar(), new TestLayer().whiteout("a").tar());
        assertThat(a.waste().bytes()).isEqualTo(5);
        String tooLong = "a/".repeat(3000) + "f";
        assertOneLineError(() -> analyze(new TestLayer().file(tooLong, 5).tar()), LAYER0, "exceeds the limit of 4096");
    }

    @Test
    void truncatedAndCorruptCompressedLayers() {
        byte[] tar = new TestLayer().file("f", 20_000).file("g", 20_000).tar();
        byte[] gz = TestLayer.gzip(tar);
        assertOneLineError(() -> analyze(Arrays.copyOf(gz, gz.length / 2)), LAYER0, "gzip");
        byte[] corrupt = gz.clone();
        for (int i = 100; i < 140; i++) {
            corrupt[i] ^= 0x5A;
        }
        assertOneLineError(() -> analyze(corrupt), LAYER0);
        byte[] zst = TestLayer.zstd(tar);
        assertOneLineError(() -> analyze(Arrays.copyOf(zst, zst.length / 2)), LAYER0, "zstd");
        assertOneLineError(() -> analyze(Arrays.copyOf(tar, 700)), LAYER0, "truncated");
        assertOneLineError(() -> analyze("hello, not a layer".repeat(40).getBytes(StandardCharsets.UTF_8)), LAYER0,
                "not a tar, gzip or zstd stream");
        byte[] badHeader = tar.clone();
        badHeader[0] ^= 1; // checksum no longer matches (ustar magic still there)
        assertOneLineError(() -> analyze(badHeader), LAYER0, "checksum");
    }

    @Test
    void missingLayerBlobMakesTheImageIncompleteMissingConfigIsAnError() {
        TestArchives.Members m = TestArchives.dockerSaveMembers("x:1", List.of(new TestLayer().file("f", 10).tar()),
                TestArchives.config(List.of(new TestLayer().file("f", 10).tar()), List.of("a"), ""));
        String manifest = "[{\"Config\":\"nope.json\",\"RepoTags\":[],\"Layers\":[\"" + LAYER0 + "\"]}]";
        Path noConfig = m.put("manifest.json", manifest).writeTar(tmp.resolve("noconfig.tar"));
        assertOneLineError(() -> ImageAnalyzer.analyze(noConfig, ImageSelection.defaults()), "nope.json",
                "config is missing");

        String config = TestArchives.config(List.of(new byte[1024]), List.of("a"), "");
        TestArchives.Members n = new TestArchives.Members().put("c.json", config)
                .put("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"gone/layer.tar\"]}]");
        Path noLayer = n.writeTar(tmp.resolve("nolayer.tar"));
        assertThatThrownBy(() -> ImageAnalyzer.analyze(noLayer, ImageSelection.defaults()))
                .isInstanceOfSatisfying(ImageFormatException.class, e -> assertThat(e.incomplete()).isTrue())
                .hasMessage("gone/layer.tar: layer 0 blob is missing from the archive, so its content is unknown");
        ImageAnalysis a = new ImageAnalyzer(ImageAnalyzer.Options.defaults().withIgnoreErrors(true))
                .run(noLayer, ImageSelection.defaults());
        assertThat(a.image().layers().get(0).missing()).isTrue();
        assertThat(a.partial()).isTrue();
        assertThat(a.problems()).singleElement().satisfies(p -> {
            assertThat(p.layer()).isZero();
            assertThat(p.member()).isEqualTo("gone/layer.tar");
        });
    }

    @Test
    void malformedAndEnormousJson() throws Exception {
        Path bad = new TestArchives.Members().put("manifest.json", "[{\"Config\": ").writeTar(tmp.resolve("b.tar"));
        assertOneLineError(() -> ImageAnalyzer.analyze(bad, ImageSelection.defaults()), "manifest.json",
                "malformed JSON");
        Path wrongShape = new TestArchives.Members().put("manifest.json", "{\"Config\":1}")
                .writeTar(tmp.resolve("w.tar"));
        assertOneLineError(() -> ImageAnalyzer.analyze(wrongShape, ImageSelection.defaults()), "manifest.json",
                "should be an array");
        Path deep = new TestArchives.Members().put("manifest.json", "[".repeat(5000) + "]".repeat(5000))
                .writeTar(tmp.resolve("d.tar"));
        assertOneLineError(() -> ImageAnalyzer.analyze(deep, ImageSelection.defaults()), "manifest.json");
        byte[] huge = new byte[17 * 1024 * 1024];
        Arrays.fill(huge, (byte) ' ');
        Path big = new TestArchives.Members().put("manifest.json", huge).writeTar(tmp.resolve("h.tar"));
        assertOneLineError(() -> ImageAnalyzer.analyze(big, ImageSelection.defaults()), "manifest.json",
                "exceeds the limit");
    }

    @Test
    void moreHistoryEntriesThanLayers() {
        List<byte[]> layers = List.of(new TestLayer().file("a", 10).tar(), new TestLayer().file("b", 10).tar());
        String config = TestArchives.config(layers, List.of("base 1", "base 2", "RUN one", "RUN two"), "");
        Path p = TestArchives.dockerSave(tmp.resolve("h.tar"), "x:1", layers, config);
        ImageAnalysis a = ImageAnalyzer.analyze(p, ImageSelection.defaults());
        assertThat(a.image().layers()).extracting(dev.dlint.image.Layer::createdBy)
                .containsExactly("RUN one", "RUN two");
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("4 layer-creating steps", "2 layers"));
    }

    @Test
    void layerCountMustMatchDiffIds() {
        List<byte[]> layers = List.of(new TestLayer().file("a", 10).tar());
        String config = TestArchives.config(List.of(layers.get(0), layers.get(0)), List.of("a", "b"), "");
        Path p = TestArchives.dockerSave(tmp.resolve("n.tar"), "x:1", layers, config);
        assertOneLineError(() -> ImageAnalyzer.analyze(p, ImageSelection.defaults()), "manifest.json",
                "1 layers", "2 diff_ids");
    }

    @Test
    void outerArchiveProblems() throws Exception {
        Path loop = new TestArchives.Members().put("c.json", "{}")
                .put("manifest.json", "[{\"Config\":\"c.json\",\"Layers\":[\"a/layer.tar\"]}]")
                .symlink("a/layer.tar", "../b/layer.tar").symlink("b/layer.tar", "../a/layer.tar")
                .writeTar(tmp.resolve("loop.tar"));
        assertOneLineError(() -> ImageAnalyzer.analyze(loop, ImageSelection.defaults()), "link loop");
        Path escape = new TestArchives.Members().put("manifest.json",
                "[{\"Config\":\"../../etc/passwd\",\"Layers\":[]}]").writeTar(tmp.resolve("esc.tar"));
        assertOneLineError(() -> ImageAnalyzer.analyze(escape, ImageSelection.defaults()), "escapes the archive root");
        Path readme = new TestArchives.Members().put("README.md", "# hi").writeTar(tmp.resolve("rootfs.tar"));
        assertOneLineError(() -> ImageAnalyzer.analyze(readme, ImageSelection.defaults()),
                "not a container image", "found 1 member: README.md");
        Path gz = Files.write(tmp.resolve("img.tar.gz"), TestLayer.gzip(Files.readAllBytes(readme)));
        assertOneLineError(() -> ImageAnalyzer.analyze(gz, ImageSelection.defaults()), "gzip-compressed");
        Path empty = Files.write(tmp.resolve("empty.tar"), new byte[0]);
        assertOneLineError(() -> ImageAnalyzer.analyze(empty, ImageSelection.defaults()), "not a tar archive");
        assertOneLineError(() -> ImageAnalyzer.analyze(tmp.resolve("absent"), ImageSelection.defaults()),
                "no such file");
        byte[] full = Files.readAllBytes(readme);
        Path cut = Files.write(tmp.resolve("cut.tar"), Arrays.copyOf(full, 520));
        assertOneLineError(() -> ImageAnalyzer.analyze(cut, ImageSelection.defaults()), "cut.tar");
    }

    /** A ustar header block written by hand (for typeflags and sizes that tar writers refuse). */
    private static byte[] rawHeader(String name, char type, long size) {
        byte[] h = new byte[512];
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(n, 0, h, 0, n.length);
        put(h, 100, String.format("%07o\0", 0644));
        put(h, 108, "0000000\0");
        put(h, 116, "0000000\0");
        put(h, 124, String.format("%011o\0", size));
        put(h, 136, "00000000000\0");
        h[156] = (byte) type;
        put(h, 257, "ustar\0" + "00");
        put(h, 148, "        ");
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xFF;
        }
        put(h, 148, String.format("%06o\0 ", sum));
        return h;
    }

    private static void put(byte[] h, int at, String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, at, b.length);
    }

    private static byte[] pad(byte[] data) {
        return Arrays.copyOf(data, (data.length + 511) / 512 * 512);
    }
}
