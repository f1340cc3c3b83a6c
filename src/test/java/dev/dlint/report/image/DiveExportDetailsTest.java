package dev.dlint.report.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.image.ImageSelection;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.ImageAnalyzer;
import dev.dlint.image.testing.TestArchives;
import dev.dlint.image.testing.TestLayer;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What dive's export does with what its test image lacks: parents without entries (blank records), absolute names,
 * NUL type flags, opaque markers, special mode bits, Go's string escaping, and history that runs out.
 */
class DiveExportDetailsTest {

    @TempDir
    Path temp;

    private String export(List<byte[]> layers, String config) throws IOException {
        Path archive = TestArchives.dockerSave(temp.resolve("x.tar"), "x:1", layers, config);
        ImageAnalysis a = new ImageAnalyzer(ImageAnalyzer.Options.defaults().withKeepEntries(true))
                .run(archive, ImageSelection.defaults());
        StringWriter out = new StringWriter();
        new DiveExportReporter().write(a, out);
        return out.toString();
    }

    private static List<String> nodes(JsonNode fileList) {
        List<String> out = new ArrayList<>();
        fileList.forEach(f -> out.add(f.get("path").asText() + " " + f.get("typeFlag").asInt() + " "
                + f.get("fileMode").asLong() + " " + f.get("isDir").asBoolean() + " " + f.get("linkName").asText()));
        return out;
    }

    @Test
    void treeDetailsAsDiveWritesThem() throws IOException {
        TarArchiveEntry nul = new TarArchiveEntry("legacy/file");
        nul.setSize(3);
        TarArchiveEntry absolute = new TarArchiveEntry("/abs/name", true);
        absolute.setSize(1);
        absolute.setMode(0100644);
        TarArchiveEntry setuid = new TarArchiveEntry("bin/su");
        setuid.setSize(2);
        setuid.setMode(04755);
        byte[] l0 = new TestLayer()
                .file("a/b/c", 5) // no entries for a/ and a/b/: dive makes blank nodes for them
                .add(nul, new byte[3]).add(absolute, new byte[1]).add(setuid, new byte[2])
                .symlink("bin/sh", "busybox")
                .file("odd/<&>", 1).tar();
        byte[] nulFlag = l0.clone();
        // make legacy/file's typeflag NUL (Go reads it as '0') and fix the header checksum
        int at = indexOfHeader(nulFlag, "legacy/file");
        nulFlag[at + 156] = 0;
        rechecksum(nulFlag, at);
        byte[] l1 = new TestLayer().dir("a").opaque("a").whiteout("bin/sh").tar();
        String config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},\"rootfs\":{\"type\":\"layers\","
                + "\"diff_ids\":[\"" + TestArchives.diffId(nulFlag) + "\",\"" + TestArchives.diffId(l1) + "\"]},"
                + "\"history\":[{\"created_by\":\"/bin/sh -c #(nop)  ENV A=1\",\"empty_layer\":true},"
                + "{\"created_by\":\"/bin/sh -c echo <a> && b\"}]}";
        String text = export(List.of(nulFlag, l1), config);
        assertThat(text).as("Go escapes <, > and &").contains("\"path\": \"odd/\\u003c\\u0026\\u003e\"")
                .contains("\"command\": \"echo \\u003ca\\u003e \\u0026\\u0026 b\"");
        JsonNode doc = new ObjectMapper().readTree(text);
        assertThat(nodes(doc.at("/layer/0/fileList"))).containsExactly(
                "a/b/c 48 420 false ", " 0 0 false ", " 0 0 false ",
                "/abs/name 48 420 false ", " 0 0 false ",
                "bin/sh 50 134218148 false busybox", "bin/su 48 8389101 false ", " 0 0 false ",
                "legacy/file 48 420 false ", " 0 0 false ",
                "odd/<&> 48 420 false ", " 0 0 false ");
        assertThat(nodes(doc.at("/layer/1/fileList"))).as("the opaque marker is never a node; the whiteout is")
                .containsExactly("a 53 2147484141 true ", "bin/.wh.sh 48 0 false ", " 0 0 false ");
        assertThat(doc.at("/layer/0/command").asText()).as("the empty ENV step is skipped").isEqualTo("echo <a> && b");
        assertThat(doc.at("/layer/0/digestId").asText()).isEqualTo(TestArchives.diffId(nulFlag));
        assertThat(doc.at("/layer/1/command").asText()).as("history runs out").isEqualTo("(missing)");
        assertThat(doc.at("/layer/1/digestId").asText()).isEmpty();
        assertThat(doc.at("/layer/0/id").asText()).isEqualTo(String.format("%064x", 1));
    }

    private static int indexOfHeader(byte[] tar, String name) {
        byte[] n = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (int at = 0; at + 512 <= tar.length; at += 512) {
            boolean match = true;
            for (int i = 0; i < n.length && match; i++) {
                match = tar[at + i] == n[i];
            }
            if (match && tar[at + n.length] == 0) {
                return at;
            }
        }
        throw new AssertionError(name + " not found");
    }

    private static void rechecksum(byte[] tar, int at) {
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (tar[at + i] & 0xFF);
        }
        byte[] text = String.format("%06o\0 ", sum).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, tar, at + 148, 8);
    }
}
