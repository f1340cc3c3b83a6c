package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.image.testing.TestArchives;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dlint image --tree} and {@code layers[].files} on the buildah-built demo images (their layers are listed in
 * {@code testdata/images/build.sh}): dive's markers for added, modified and removed entries, the filters, the order,
 * and a 200,000-entry image in a JVM with a small heap.
 */
class ImageTreeCommandTest {

    private static final String DEMO = "testdata/images/demo-oci-gzip.tar";
    private static final String VFS = "testdata/images/vfs-docker-archive.tar";

    @TempDir
    Path temp;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void layerOneOfTheDemoWithDivesMarkers() {
        Result r = run("image", DEMO, "--tree", "--layer", "1", "--no-color");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Layer 1 (of 5, 0-based): RUN edit # step 2 (1.3 kB), with the layers below it"
                + " merged\n  + added  ~ modified  - removed by this layer\n"
                + "  Permission     UID:GID       Size  Filetree\n"
                + "~ drwxr-xr-x         0:0     3.7 kB  ├── app\n"
                + "  -rw-r--r--         0:0      200 B  │   ├── .env\n"
                + "  -rw-r--r--         0:0     3.0 kB  │   ├── big.bin\n"
                + "~ -rw-r--r--         0:0      500 B  │   ├── conf.txt\n"
                + "  lrwxrwxrwx         0:0        0 B  │   └── link → big.bin\n");
        assertThat(r.out()).contains(
                "~ drwxr-xr-x         0:0        0 B  ├── cache\n"
                        + "- -rw-r--r--         0:0     5.0 kB  │   └── tmp.bin\n",
                "~ drwxr-xr-x         0:0        4 B  │   └── old\n"
                        + "- -rw-r--r--         0:0     2.0 kB  │       ├── a.bin\n"
                        + "- -rw-r--r--         0:0     3.0 kB  │       ├── b.bin\n"
                        + "+ -rw-r--r--         0:0        4 B  │       └── c.txt\n",
                "  -rw-r--r--         0:0        0 B  │   ├── hl-src → keep/hl-dst\n",
                "~ -rw-r--r--         0:0       10 B  │   └── tree\n",
                "  -rw-r--r--         0:0      700 B                  └── deb.debian.org_dists_bookworm_InRelease\n");
        assertThat(r.out()).as("an identical rewrite is unchanged").contains(
                "  -rw-r--r--         0:0      800 B  │   └── same.txt\n");
    }

    @Test
    void perFileWhiteoutsOfTheVfsBuildShowTheSameRemovals() {
        Result r = run("image", VFS, "--tree", "--layer", "1", "--changes-only", "--path", "/data", "--no-color");
        assertThat(r.code()).isZero();
        assertThat(r.out()).endsWith("  Permission     UID:GID       Size  Filetree\n"
                + "~ drwxr-xr-x         0:0        4 B  └── data\n"
                + "~ drwxr-xr-x         0:0        4 B      └── old\n"
                + "- -rw-r--r--         0:0     2.0 kB          ├── a.bin\n"
                + "- -rw-r--r--         0:0     3.0 kB          ├── b.bin\n"
                + "+ -rw-r--r--         0:0        4 B          └── c.txt\n");
    }

    @Test
    void changesOnlySortBySizeAndTheLastLayerByDefault() {
        Result changes = run("image", DEMO, "--tree", "--layer", "2", "--changes-only", "--sort", "size",
                "--no-color");
        assertThat(changes.out()).endsWith("  Permission     UID:GID       Size  Filetree\n"
                + "~ drwxr-xr-x         0:0     9.0 kB  ├── keep\n"
                + "~ -rw-------         0:0     4.1 kB  │   └── hl-src\n"
                + "- drwxr-xr-x         0:0     3.7 kB  ├── app\n"
                + "- -rw-r--r--         0:0     3.0 kB  │   ├── big.bin\n"
                + "- -rw-r--r--         0:0      500 B  │   ├── conf.txt\n"
                + "- -rw-r--r--         0:0      200 B  │   ├── .env\n"
                + "- lrwxrwxrwx         0:0        0 B  │   └── link → big.bin\n"
                + "~ drwxr-xr-x         0:0        0 B  └── src\n"
                + "- drwxr-xr-x         0:0      200 B      └── .git\n"
                + "- -rw-r--r--         0:0      100 B          ├── HEAD\n"
                + "- -rw-r--r--         0:0      100 B          └── config\n");
        Result last = run("image", DEMO, "--tree", "--changes-only", "--no-color");
        assertThat(last.out()).startsWith("Layer 4 (of 5, 0-based): COPY --from=build /out/tool.bin /opt/ # step 5")
                .contains("- drwxr-xr-x         0:0     2.5 kB  ├── build\n", "+ -rw-r--r--         0:0     2.5 kB      └── "
                        + "tool.bin\n").doesNotContain("var");
        Result path = run("image", DEMO, "--tree", "--path", "var/lib/apt/lists/", "--no-color");
        assertThat(path.out()).endsWith("  drwxr-xr-x         0:0      700 B  └── var\n"
                + "  drwxr-xr-x         0:0      700 B      └── lib\n"
                + "  drwxr-xr-x         0:0      700 B          └── apt\n"
                + "  drwxr-xr-x         0:0      700 B              └── lists\n"
                + "  -rw-r--r--         0:0      700 B                  └── deb.debian.org_dists_bookworm_InRelease\n");
        assertThat(run("image", DEMO, "--tree", "--path", "/nope", "--no-color").out())
                .endsWith("  (nothing at /nope in this layer's tree)\n");
    }

    @Test
    void colourAndOptionErrors() {
        Result colour = run("image", DEMO, "--tree", "--layer", "1", "--color", "always");
        assertThat(colour.out()).contains("\u001b[32m+ -rw-r--r--", "\u001b[33m~ -rw-r--r--", "\u001b[1;31m- -rw-r--r--");
        Result outOfRange = run("image", DEMO, "--tree", "--layer", "5");
        assertThat(outOfRange.code()).isEqualTo(2);
        assertThat(outOfRange.err()).contains("--layer 5: the image has 5 layers (0 to 4)");
        assertThat(run("image", DEMO, "--layer", "1").err()).contains("go with --tree");
        assertThat(run("image", DEMO, "--tree", "--sort", "date").err()).contains("--sort: expected name or size");
        assertThat(run("image", DEMO, "--tree", "--layer", "-1").err()).contains("--layer: expected a layer index");
    }

    @Test
    void jsonListsEachLayersChanges() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(run("image", DEMO, "--format", "json").out());
        JsonNode files = doc.at("/layers/1/files");
        List<String> changes = new ArrayList<>();
        files.forEach(f -> changes.add(f.get("change").asText() + " " + f.get("path").asText() + " "
                + f.get("size").asLong()));
        assertThat(changes).contains("removed cache/tmp.bin 5000", "removed data/old/a.bin 2000",
                "removed data/old/b.bin 3000", "removed root/.npmrc 100", "added data/old/c.txt 4",
                "modified app/conf.txt 500", "unchanged keep/same.txt 800", "modified srv/tree 10",
                "unchanged app 0");
        assertThat(doc.at("/layers/2/files")).anySatisfy(f -> {
            assertThat(f.get("path").asText()).isEqualTo("app");
            assertThat(f.get("change").asText()).isEqualTo("removed");
            assertThat(f.get("size").asLong()).as("the bytes of the removed tree").isEqualTo(3700);
        });
        assertThat(doc.at("/layers/2/files")).anySatisfy(f -> {
            assertThat(f.get("path").asText()).isEqualTo("keep/hl-src");
            assertThat(f.get("change").asText()).isEqualTo("modified");
            assertThat(f.get("mode").asText()).isEqualTo("0600");
        });
        assertThat(doc.at("/layers/0/files")).allSatisfy(f -> assertThat(f.get("change").asText()).isEqualTo("added"));
        assertThat(doc.at("/layers/0/files")).anySatisfy(f -> {
            assertThat(f.get("path").asText()).isEqualTo("app/link");
            assertThat(f.get("type").asText()).isEqualTo("symlink");
            assertThat(f.get("link").asText()).isEqualTo("big.bin");
        });
    }

    /**
     * 200,000 entries (2,000 directories of 99 files) generated on the fly: the tree, dlint's JSON with every file
     * and dive's export, in a JVM with a 192 MB heap, written as they are walked.
     */
    @Test
    void twoHundredThousandEntriesInABoundedHeap() throws Exception {
        Path archive = bigImage(temp.resolve("big.tar"));
        Path json = temp.resolve("big.json");
        Path dive = temp.resolve("big-dive.json");
        List<String> tree = fork("image", "--tree", "--no-color", archive.toString(), "::", "image", "--format", "json",
                "--output", json.toString(), "--json", dive.toString(), archive.toString());
        assertThat(tree).as("the header and 200,001 entries: data/, 2,000 directories, 198,000 files")
                .hasSize(3 + 200_001);
        assertThat(tree.get(tree.size() - 1)).isEqualTo("+ -rw-r--r--         0:0        0 B          └── f98");
        assertThat(countFiles(json, "files")).isEqualTo(200_001);
        assertThat(countFiles(dive, "fileList")).isEqualTo(200_001);
    }

    /** Runs dlint command lines (separated by {@code ::}) in one fresh JVM with a 192 MB heap; its standard output. */
    private List<String> fork(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx192m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                ForkedRuns.class.getName()));
        command.addAll(List.of(args));
        Path err = temp.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                lines.add(line);
            }
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(err)).isIn(0, 1);
        return lines;
    }

    /** The number of objects in all arrays named {@code field} of a JSON document, read as a stream. */
    private static long countFiles(Path file, String field) throws IOException {
        long count = 0;
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            JsonToken t;
            int depth = -1;
            while ((t = p.nextToken()) != null) {
                if (t == JsonToken.FIELD_NAME && p.currentName().equals(field)) {
                    p.nextToken();
                    depth = 0;
                    continue;
                }
                if (depth >= 0) {
                    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                        if (depth == 0 && t == JsonToken.START_OBJECT) {
                            count++;
                        }
                        depth++;
                    } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                        if (depth == 0) {
                            depth = -1;
                        } else {
                            depth--;
                        }
                    }
                }
            }
        }
        return count;
    }

    /** A docker-save archive of one gzip layer: {@code data/} and 2,000 directories of 99 empty files. */
    private static Path bigImage(Path file) throws Exception {
        Path blob = file.resolveSibling("layer.tar.gz");
        MessageDigest diff = MessageDigest.getInstance("SHA-256");
        GzipParameters fast = new GzipParameters();
        fast.setCompressionLevel(1);
        try (OutputStream gz = new GzipCompressorOutputStream(Files.newOutputStream(blob), fast);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new DigestOutputStream(gz, diff))) {
            tar.putArchiveEntry(new TarArchiveEntry("data/"));
            tar.closeArchiveEntry();
            for (int d = 0; d < 2000; d++) {
                String dir = String.format("data/d%04d/", d);
                tar.putArchiveEntry(new TarArchiveEntry(dir));
                tar.closeArchiveEntry();
                for (int f = 0; f < 99; f++) {
                    tar.putArchiveEntry(new TarArchiveEntry(dir + String.format("f%02d", f)));
                    tar.closeArchiveEntry();
                }
            }
        }
        String diffId = "sha256:" + HexFormat.of().formatHex(diff.digest());
        String config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"User\":\"1000\"},\"rootfs\":{"
                + "\"type\":\"layers\",\"diff_ids\":[\"" + diffId + "\"]},\"history\":[{\"created_by\":\"COPY data /\"}]}";
        return new TestArchives.Members().put("l0/layer.tar.gz", Files.readAllBytes(blob)).put("config.json", config)
                .put("manifest.json", "[{\"Config\":\"config.json\",\"RepoTags\":[\"big:1\"],\"Layers\":"
                        + "[\"l0/layer.tar.gz\"]}]").writeTar(file);
    }
}
