package dev.dlint.image.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlint.image.Compression;
import dev.dlint.image.DigestCheck;
import dev.dlint.image.ImageFormatException;
import dev.dlint.image.ImageSelection;
import dev.dlint.image.LayoutKind;
import dev.dlint.image.Platform;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.ImageAnalyzer;
import dev.dlint.image.analysis.VisibleFile;
import dev.dlint.image.testing.TestArchives.Members;
import dev.dlint.image.testing.TestArchives;
import dev.dlint.image.testing.TestLayer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layout detection and OCI index resolution on archives generated in code. */
class LayoutsTest {
    private static final String GZ = "application/vnd.oci.image.layer.v1.tar+gzip";
    private static final String MANIFEST = "application/vnd.oci.image.manifest.v1+json";
    private static final String INDEX = "application/vnd.oci.image.index.v1+json";

    @TempDir
    Path tmp;

    private final byte[] l0 = new TestLayer().file("a", 100).file("b", 200).tar();
    private final byte[] l1 = new TestLayer().whiteout("a").file("c", 50).tar();

    private ImageAnalysis analyze(Path p) {
        return ImageAnalyzer.analyze(p, ImageSelection.defaults());
    }

    @Test
    void legacyDockerSave() {
        ImageAnalysis a = analyze(TestArchives.dockerSave(tmp.resolve("x.tar"), "x:1", List.of(l0, l1)));
        assertThat(a.image().layout()).isEqualTo(LayoutKind.DOCKER_SAVE_LEGACY);
        assertThat(a.waste().bytes()).isEqualTo(100);
        assertThat(a.image().layers()).allSatisfy(l -> assertThat(l.diffIdCheck()).isEqualTo(DigestCheck.VERIFIED));
    }

    @Test
    void repeatedDiffIdAsSymlinkedLayerTarAndDirectoryInput() {
        String config = TestArchives.config(List.of(l0, l1), List.of("a", "b"), "1000");
        String d0 = TestArchives.sha256(l0);
        String d1 = TestArchives.sha256(l1);
        Members m = new Members().put(d0 + ".tar", l0).put(d1 + ".tar", l1)
                .symlink("v1a/layer.tar", "../" + d0 + ".tar").put("cfg.json", config)
                .put("manifest.json", "[{\"Config\":\"cfg.json\",\"RepoTags\":[\"localhost/x:1\"],\"Layers\":[\""
                        + d0 + ".tar\",\"v1a/layer.tar\"]}]");
        // the second layer points through a symlink at layer 0's blob: a repeated diff_id
        String config2 = TestArchives.config(List.of(l0, l0), List.of("a", "b"), "1000");
        m.put("cfg.json", config2);
        ImageAnalysis a = analyze(m.writeTar(tmp.resolve("c.tar")));
        // a layer below a directory: the legacy layout (the buildah fixture covers containers/image's top-level tars)
        assertThat(a.image().layout()).isEqualTo(LayoutKind.DOCKER_SAVE_LEGACY);
        assertThat(a.image().layers()).allSatisfy(l -> assertThat(l.diffIdCheck()).isEqualTo(DigestCheck.VERIFIED));
        assertThat(a.waste().files()).extracting(f -> f.kind().label()).containsOnly("identical-readd");
        assertThat(a.runsAsRoot()).isFalse();
        ImageAnalysis dir = analyze(m.writeDirectory(tmp.resolve("dir")));
        assertThat(dir.waste().bytes()).isEqualTo(a.waste().bytes());
    }

    @Test
    void ggcrTarballWithGzipLayersAndShaConfigName() {
        byte[] g0 = TestLayer.gzip(l0);
        byte[] g1 = TestLayer.gzip(l1);
        String config = TestArchives.config(List.of(g0, g1), List.of("a", "b"), "");
        String cfgName = "sha256:" + TestArchives.sha256(config.getBytes(StandardCharsets.UTF_8));
        Members m = new Members().put(cfgName, config)
                .put(TestArchives.sha256(g0) + ".tar.gz", g0).put(TestArchives.sha256(g1) + ".tar.gz", g1)
                .put("manifest.json", "[{\"Config\":\"" + cfgName + "\",\"RepoTags\":[\"x:1\"],\"Layers\":[\""
                        + TestArchives.sha256(g0) + ".tar.gz\",\"" + TestArchives.sha256(g1) + ".tar.gz\"]}]");
        ImageAnalysis a = analyze(m.writeTar(tmp.resolve("g.tar")));
        assertThat(a.image().layout()).isEqualTo(LayoutKind.GGCR_TARBALL);
        assertThat(a.image().layers()).extracting(l -> l.compression()).containsOnly(Compression.GZIP);
        assertThat(a.waste().bytes()).isEqualTo(100);
    }

    @Test
    void docker25LayoutPrefersManifestJson() {
        Members m = new Members().put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
        byte[] manifest = TestArchives.ociImage(m, List.of(l0, l1), "application/vnd.oci.image.layer.v1.tar", "");
        m.put("index.json", "{\"schemaVersion\":2,\"manifests\":[" + TestArchives.descriptor(MANIFEST, manifest, "")
                + "]}");
        String config = TestArchives.config(List.of(l0, l1), List.of("a", "b"), "");
        TestArchives.blob(m, config.getBytes(StandardCharsets.UTF_8));
        m.put("manifest.json", "[{\"Config\":\"blobs/sha256/" + TestArchives.sha256(config.getBytes(
                StandardCharsets.UTF_8)) + "\",\"RepoTags\":[\"x:1\"],\"Layers\":[\"blobs/sha256/"
                + TestArchives.sha256(l0) + "\",\"blobs/sha256/" + TestArchives.sha256(l1) + "\"]}]");
        ImageAnalysis a = analyze(m.writeTar(tmp.resolve("d25.tar")));
        assertThat(a.image().layout()).isEqualTo(LayoutKind.DOCKER_SAVE_OCI);
        assertThat(a.image().layers()).allSatisfy(l -> assertThat(l.blobCheck()).isEqualTo(DigestCheck.VERIFIED));
    }

    @Test
    void multiImageArchiveNeedsASelection() {
        Members m = TestArchives.dockerSaveMembers("one:1", List.of(l0), TestArchives.config(List.of(l0),
                List.of("a"), ""));
        String cfg = m.toString();
        String config = TestArchives.config(List.of(l0), List.of("a"), "");
        String hex = TestArchives.sha256(config.getBytes(StandardCharsets.UTF_8));
        String layer = String.format("%064x", 1) + "/layer.tar";
        m.put("manifest.json", "[{\"Config\":\"" + hex + ".json\",\"RepoTags\":[\"docker.io/library/one:1\"],"
                + "\"Layers\":[\"" + layer + "\"]},{\"Config\":\"" + hex + ".json\",\"RepoTags\":[\"two:2\"],"
                + "\"Layers\":[]}]");
        Path p = m.writeTar(tmp.resolve("multi.tar"));
        assertThatThrownBy(() -> analyze(p)).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining("holds 2 images").hasMessageContaining("one:1").hasMessageContaining("two:2");
        assertThat(ImageAnalyzer.analyze(p, ImageSelection.defaults().withImage("one:1")).image().layers())
                .hasSize(1);
        assertThatThrownBy(() -> ImageAnalyzer.analyze(p, ImageSelection.defaults().withImage("three:3")))
                .hasMessageContaining("no image named 'three:3'");
        assertThat(cfg).isNotNull();
    }

    private Path multiPlatformLayout(boolean withAmd64) {
        Members m = new Members().put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
        byte[] g0 = TestLayer.gzip(l0);
        byte[] arm = TestArchives.ociImage(m, List.of(g0), GZ, "");
        byte[] amd = TestArchives.ociImage(m, List.of(g0, TestLayer.zstd(l1)),
                "application/vnd.oci.image.layer.v1.tar+zstd", "");
        byte[] att = TestArchives.blob(m, ("{\"schemaVersion\":2,\"mediaType\":\"" + MANIFEST + "\",\"config\":"
                + "{\"mediaType\":\"application/vnd.oci.empty.v1+json\",\"digest\":\"sha256:"
                + "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\",\"size\":2},\"layers\":[]}")
                .getBytes(StandardCharsets.UTF_8));
        StringBuilder list = new StringBuilder();
        list.append(TestArchives.descriptor(MANIFEST, arm,
                ",\"platform\":{\"os\":\"linux\",\"architecture\":\"arm64\",\"variant\":\"v8\"}"));
        if (withAmd64) {
            list.append(",").append(TestArchives.descriptor(MANIFEST, amd,
                    ",\"platform\":{\"os\":\"linux\",\"architecture\":\"amd64\"}"));
        } else {
            list.append(",").append(TestArchives.descriptor(MANIFEST, amd,
                    ",\"platform\":{\"os\":\"linux\",\"architecture\":\"s390x\"}"));
        }
        list.append(",").append(TestArchives.descriptor(MANIFEST, att, ",\"platform\":{\"os\":\"unknown\","
                + "\"architecture\":\"unknown\"},\"annotations\":{\"vnd.docker.reference.type\":"
                + "\"attestation-manifest\"}"));
        list.append(",{\"mediaType\":\"" + MANIFEST + "\",\"digest\":\"sha256:" + "ab".repeat(32)
                + "\",\"size\":10,\"platform\":{\"os\":\"windows\",\"architecture\":\"amd64\"}}"); // blob absent
        byte[] nested = TestArchives.blob(m, ("{\"schemaVersion\":2,\"mediaType\":\"" + INDEX + "\",\"manifests\":["
                + list + "]}").getBytes(StandardCharsets.UTF_8));
        m.put("index.json", "{\"schemaVersion\":2,\"manifests\":[" + TestArchives.descriptor(INDEX, nested,
                ",\"annotations\":{\"org.opencontainers.image.ref.name\":\"1\"}") + "]}");
        return m.writeTar(tmp.resolve("multi-" + withAmd64 + ".tar"));
    }

    @Test
    void nestedIndexPlatformSelection() {
        Path p = multiPlatformLayout(true);
        ImageAnalysis def = analyze(p);
        assertThat(def.image().platform()).isEqualTo("linux/amd64");
        assertThat(def.image().layers()).extracting(l -> l.compression())
                .containsExactly(Compression.GZIP, Compression.ZSTD);
        assertThat(def.waste().bytes()).isEqualTo(100);
        assertThat(def.warnings()).anySatisfy(w -> assertThat(w).contains("windows/amd64", "missing"));
        ImageAnalysis arm = ImageAnalyzer.analyze(p, ImageSelection.defaults().withPlatform(Platform.parse("linux/arm64")));
        assertThat(arm.image().platform()).isEqualTo("linux/arm64/v8");
        assertThat(arm.image().layers()).hasSize(1);
        assertThat(ImageAnalyzer.analyze(p, ImageSelection.defaults().withImage("demo:1")).image().name())
                .isEqualTo("1");
        assertThatThrownBy(() -> ImageAnalyzer.analyze(p, ImageSelection.defaults()
                .withPlatform(Platform.parse("linux/ppc64le")))).hasMessageContaining("no manifest for platform")
                .hasMessageContaining("linux/arm64/v8").hasMessageContaining("linux/amd64");
        assertThatThrownBy(() -> analyze(multiPlatformLayout(false))).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining("choose one with --platform").hasMessageContaining("linux/s390x");
    }

    @Test
    void mismatchesAreReportedAndLabelsAreNotTrusted() {
        Members m = new Members().put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
        // uncompressed blob labelled +gzip (what skopeo does), and a config whose diff_id is wrong
        byte[] manifest = TestArchives.ociImage(m, List.of(l0), GZ, "");
        m.put("index.json", "{\"schemaVersion\":2,\"manifests\":[" + TestArchives.descriptor(MANIFEST, manifest, "")
                + "]}");
        ImageAnalysis a = analyze(m.writeTar(tmp.resolve("label.tar")));
        assertThat(a.image().layers().get(0).compression()).isEqualTo(Compression.NONE);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("labelled", "+gzip", "none"));

        byte[] other = new TestLayer().file("zzz", 7).tar();
        String badConfig = TestArchives.config(List.of(other), List.of("x"), "");
        Path p = TestArchives.dockerSave(tmp.resolve("bad.tar"), "x:1", List.of(l0), badConfig);
        assertThatThrownBy(() -> analyze(p)).isInstanceOfSatisfying(ImageFormatException.class,
                e -> assertThat(e.incomplete()).isTrue()).hasMessageContaining("layer.tar: layer 0 diff_id mismatch");
        ImageAnalysis b = new ImageAnalyzer(ImageAnalyzer.Options.defaults().withIgnoreErrors(true))
                .run(p, ImageSelection.defaults());
        assertThat(b.image().layers().get(0).diffIdCheck()).isEqualTo(DigestCheck.MISMATCH);
        assertThat(b.problems()).anySatisfy(w -> assertThat(w.problem()).contains("diff_id mismatch"));
    }

    @Test
    void estargzTrailingTocMultiMemberGzipAndZstdSkippableFrames() {
        // estargz-like: the layer tar, then a second tar with a TOC after the end-of-archive marker
        byte[] toc = new TestLayer().file("stargz.index.json", 300).tar();
        byte[] stream = TestArchives.concat(l0, toc);
        byte[] multiMember = TestArchives.concat(TestLayer.gzip(java.util.Arrays.copyOf(stream, 1024)),
                TestLayer.gzip(java.util.Arrays.copyOfRange(stream, 1024, stream.length)));
        ImageAnalysis a = ImageAnalyzer.analyze(TestArchives.dockerSave(tmp.resolve("e.tar"), "x:1",
                List.of(multiMember)), ImageSelection.defaults());
        assertThat(a.finalFiles()).extracting(VisibleFile::path).containsExactly("a", "b");
        assertThat(a.image().layers().get(0).contentBytes()).isEqualTo(300);
        assertThat(a.image().layers().get(0).diffIdCheck()).isEqualTo(DigestCheck.VERIFIED);

        byte[] skippable = {0x50, 0x2A, 0x4D, 0x18, 4, 0, 0, 0, 1, 2, 3, 4};
        byte[] zst = TestArchives.concat(skippable, TestLayer.zstd(l0), skippable);
        ImageAnalysis z = ImageAnalyzer.analyze(TestArchives.dockerSave(tmp.resolve("z.tar"), "x:1", List.of(zst),
                TestArchives.config(List.of(l0), List.of("a"), "")), ImageSelection.defaults());
        assertThat(z.image().layers().get(0).compression()).isEqualTo(Compression.ZSTD);
        assertThat(z.finalFiles()).hasSize(2);
    }
}
