package dev.dlint.report.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.image.ImageSelection;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.ImageAnalyzer;
import dev.dlint.image.testing.TestArchives;
import dev.dlint.image.testing.TestLayer;
import dev.dlint.testing.SharedFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dive's own export of its test image is the oracle: {@code testdata/images/dive-test-image/export.tsv} holds every
 * value of dive's expected {@code --json} output for {@code .data/test-docker-image.tar} (14 layers, busybox plus
 * the steps of {@code .data/Dockerfile.test-image}). The archive itself cannot be downloaded, so this test rebuilds
 * it from those values: each layer's entries (names, types, link names, sizes, modes, owners) written to a layer tar
 * in a different order than dive lists them (parents first), with content of the stated sizes, and the ids, diff_ids
 * and history commands in a legacy {@code docker save} layout. The export dlint writes for it must equal dive's,
 * byte for byte: the fileList order (post-order, bytewise siblings), Go's file modes, and the numbers dive computes
 * (sizeBytes, inefficientBytes, efficiencyScore, fileReference) from the layers, which the test never writes in.
 */
class DiveExportOracleTest {

    private static final Path ORACLE = SharedFiles.projectRoot().resolve("testdata/images/dive-test-image/export.tsv");

    @TempDir
    Path temp;

    private record Row(String path, int typeFlag, String linkName, long size, long fileMode, long uid, long gid,
                       boolean isDir) {
    }

    private record LayerRow(int index, String id, String digestId, long sizeBytes, String command, List<Row> files) {
    }

    @Test
    void exportOfDivesTestImageEqualsDivesOwnExportByteForByte() throws IOException {
        List<LayerRow> layers = new ArrayList<>();
        List<String[]> refs = new ArrayList<>();
        String[] image = null;
        for (String line : Files.readAllLines(ORACLE, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "layer":
                    layers.add(new LayerRow(Integer.parseInt(f[1]), f[2], f[3], Long.parseLong(f[4]), f[5],
                            new ArrayList<>()));
                    break;
                case "file":
                    layers.get(layers.size() - 1).files().add(new Row(f[1], Integer.parseInt(f[2]), f[3],
                            Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]),
                            Boolean.parseBoolean(f[8])));
                    break;
                case "image":
                    image = f;
                    break;
                default:
                    refs.add(f);
            }
        }
        assertThat(layers).hasSize(14);
        assertThat(image).isNotNull();

        Path archive = rebuild(layers);
        ImageAnalysis analysis = new ImageAnalyzer(ImageAnalyzer.Options.defaults().withIgnoreErrors(true)
                .withKeepEntries(true)).run(archive, ImageSelection.defaults());
        assertThat(analysis.problems()).as("only the diff_ids differ: dive's were computed from busybox's bytes")
                .hasSize(14).allSatisfy(p -> assertThat(p.problem()).contains("diff_id mismatch"));
        StringWriter out = new StringWriter();
        new DiveExportReporter().write(analysis, out);
        assertThat(out.toString()).isEqualTo(expected(layers, image, refs));
    }

    /** dive's document as Go's {@code json.MarshalIndent(export, "", "  ")} prints it, from the oracle's values. */
    private static String expected(List<LayerRow> layers, String[] image, List<String[]> refs) {
        StringBuilder s = new StringBuilder("{\n  \"layer\": [\n");
        for (int i = 0; i < layers.size(); i++) {
            LayerRow l = layers.get(i);
            s.append("    {\n      \"index\": ").append(l.index()).append(",\n      \"id\": \"").append(l.id())
                    .append("\",\n      \"digestId\": \"").append(l.digestId()).append("\",\n      \"sizeBytes\": ")
                    .append(l.sizeBytes()).append(",\n      \"command\": \"").append(l.command())
                    .append("\",\n      \"fileList\": [\n");
            for (int j = 0; j < l.files().size(); j++) {
                Row r = l.files().get(j);
                s.append("        {\n          \"path\": \"").append(r.path()).append("\",\n          \"typeFlag\": ")
                        .append(r.typeFlag()).append(",\n          \"linkName\": \"").append(r.linkName())
                        .append("\",\n          \"size\": ").append(r.size()).append(",\n          \"fileMode\": ")
                        .append(r.fileMode()).append(",\n          \"uid\": ").append(r.uid())
                        .append(",\n          \"gid\": ").append(r.gid()).append(",\n          \"isDir\": ")
                        .append(r.isDir()).append("\n        }").append(j + 1 < l.files().size() ? ",\n" : "\n");
            }
            s.append("      ]\n    }").append(i + 1 < layers.size() ? ",\n" : "\n");
        }
        s.append("  ],\n  \"image\": {\n    \"sizeBytes\": ").append(image[1]).append(",\n    \"inefficientBytes\": ")
                .append(image[2]).append(",\n    \"efficiencyScore\": ").append(image[3])
                .append(",\n    \"fileReference\": [\n");
        for (int i = 0; i < refs.size(); i++) {
            String[] r = refs.get(i);
            s.append("      {\n        \"count\": ").append(r[1]).append(",\n        \"sizeBytes\": ").append(r[2])
                    .append(",\n        \"file\": \"").append(r[3]).append("\"\n      }")
                    .append(i + 1 < refs.size() ? ",\n" : "\n");
        }
        return s.append("    ]\n  }\n}").toString();
    }

    /** A legacy docker-save archive of the layers, with dive's ids as member names and its diff_ids and commands. */
    private Path rebuild(List<LayerRow> layers) {
        TestArchives.Members m = new TestArchives.Members();
        StringBuilder names = new StringBuilder();
        StringBuilder diffIds = new StringBuilder();
        StringBuilder history = new StringBuilder();
        for (LayerRow l : layers) {
            m.put(l.id() + "/layer.tar", layerTar(l));
            names.append(names.length() == 0 ? "" : ",").append('"').append(l.id()).append("/layer.tar\"");
            diffIds.append(diffIds.length() == 0 ? "" : ",").append('"').append(l.digestId()).append('"');
            history.append(history.length() == 0 ? "" : ",").append("{\"created_by\":\"/bin/sh -c ")
                    .append(l.command()).append("\"}");
            if (l.index() == 0) {
                // busybox's CMD: a history entry without a layer, which dive skips when pairing
                history.append(",{\"created_by\":\"/bin/sh -c #(nop)  CMD [\\\"sh\\\"]\",\"empty_layer\":true}");
            }
        }
        String config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},\"rootfs\":{\"type\":\"layers\","
                + "\"diff_ids\":[" + diffIds + "]},\"history\":[" + history + "]}";
        m.put("config.json", config);
        m.put("manifest.json", "[{\"Config\":\"config.json\",\"RepoTags\":[\"dive-example:latest\"],\"Layers\":["
                + names + "]}]");
        return m.writeTar(temp.resolve("test-docker-image.tar"));
    }

    /** The layer's entries, parents before children (not dive's order), as Docker's classic builder writes them. */
    private static byte[] layerTar(LayerRow layer) {
        List<Row> rows = new ArrayList<>(layer.files());
        rows.sort(Comparator.comparing(r -> r.path(), DiveExportOracleTest::parentsFirst));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            long seed = 1;
            for (Row r : rows) {
                TarArchiveEntry e;
                if (r.typeFlag() == '5') {
                    e = new TarArchiveEntry(r.path() + "/");
                } else if (r.typeFlag() == '1') {
                    e = new TarArchiveEntry(r.path(), TarArchiveEntry.LF_LINK);
                    e.setLinkName(r.linkName());
                } else {
                    e = new TarArchiveEntry(r.path());
                    e.setSize(r.size());
                }
                e.setMode(tarMode(r.fileMode()));
                e.setUserId(r.uid());
                e.setGroupId(r.gid());
                out.putArchiveEntry(e);
                if (r.typeFlag() == '0') {
                    out.write(TestLayer.content((int) r.size(), seed++));
                }
                out.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Go's {@code os.FileMode} back to a tar mode field: permissions and the setuid, setgid and sticky bits. */
    private static int tarMode(long goMode) {
        int mode = (int) (goMode & 0777);
        mode |= (goMode & (1L << 23)) != 0 ? 04000 : 0;
        mode |= (goMode & (1L << 22)) != 0 ? 02000 : 0;
        mode |= (goMode & (1L << 20)) != 0 ? 01000 : 0;
        return mode;
    }

    /** Path order with each directory before what is below it ({@code a} &lt; {@code a/b} &lt; {@code a-b}). */
    private static int parentsFirst(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
