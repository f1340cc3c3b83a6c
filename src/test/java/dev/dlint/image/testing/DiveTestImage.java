package dev.dlint.image.testing;

import dev.dlint.testing.SharedFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * dive's test image ({@code .data/test-docker-image.tar} in wagoodman/dive: busybox plus the steps of
 * {@code .data/Dockerfile.test-image}) as dive's own export test shows it, read from
 * {@code testdata/images/dive-test-image/export.tsv}, and rebuilt as an archive from those values: each layer's
 * entries (names, types, link names, sizes, modes, owners) written parents first, with content of the stated sizes,
 * under dive's layer ids, with the history commands dive shows. The archive itself cannot be downloaded.
 */
public final class DiveTestImage {

    private static final Path ORACLE = SharedFiles.projectRoot().resolve("testdata/images/dive-test-image/export.tsv");

    /** One node of a layer's fileList, as dive exports it. */
    public record Row(String path, int typeFlag, String linkName, long size, long fileMode, long uid, long gid,
                      boolean isDir) {
    }

    /** One layer of dive's export. */
    public record LayerRow(int index, String id, String digestId, long sizeBytes, String command, List<Row> files) {
    }

    private final List<LayerRow> layers = new ArrayList<>();
    private final List<String[]> refs = new ArrayList<>();
    private String[] image;

    private DiveTestImage() {
    }

    /** Reads the oracle. */
    public static DiveTestImage read() {
        DiveTestImage t = new DiveTestImage();
        try {
            for (String line : Files.readAllLines(ORACLE, StandardCharsets.UTF_8)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                switch (f[0]) {
                    case "layer":
                        t.layers.add(new LayerRow(Integer.parseInt(f[1]), f[2], f[3], Long.parseLong(f[4]), f[5],
                                new ArrayList<>()));
                        break;
                    case "file":
                        t.layers.get(t.layers.size() - 1).files().add(new Row(f[1], Integer.parseInt(f[2]), f[3],
                                Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]),
                                Long.parseLong(f[7]), Boolean.parseBoolean(f[8])));
                        break;
                    case "image":
                        t.image = f;
                        break;
                    default:
                        t.refs.add(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return t;
    }

    public List<LayerRow> layers() {
        return layers;
    }

    /** {@code image SIZE_BYTES INEFFICIENT_BYTES EFFICIENCY} as written in the oracle. */
    public String[] image() {
        return image;
    }

    /** {@code ref COUNT SIZE_BYTES FILE} rows, in dive's order. */
    public List<String[]> refs() {
        return refs;
    }

    /**
     * A legacy docker-save archive of the layers, with dive's ids as member names and its commands.
     *
     * @param divesDiffIds declare dive's diff_ids (computed from busybox's real bytes, so they do not match the
     *                     rebuilt content), or the rebuilt layers' own
     */
    public Path write(Path file, boolean divesDiffIds) {
        TestArchives.Members m = new TestArchives.Members();
        StringBuilder names = new StringBuilder();
        StringBuilder diffIds = new StringBuilder();
        StringBuilder history = new StringBuilder();
        for (LayerRow l : layers) {
            byte[] tar = layerTar(l);
            m.put(l.id() + "/layer.tar", tar);
            names.append(names.length() == 0 ? "" : ",").append('"').append(l.id()).append("/layer.tar\"");
            diffIds.append(diffIds.length() == 0 ? "" : ",").append('"')
                    .append(divesDiffIds ? l.digestId() : TestArchives.diffId(tar)).append('"');
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
        return m.writeTar(file);
    }

    /** The layer's entries, parents before children (not dive's order), as Docker's classic builder writes them. */
    private static byte[] layerTar(LayerRow layer) {
        List<Row> rows = new ArrayList<>(layer.files());
        rows.sort(Comparator.comparing(r -> r.path(), DiveTestImage::parentsFirst));
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
