package dev.dlint.report.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.image.ImageSelection;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.ImageAnalyzer;
import dev.dlint.image.testing.DiveTestImage;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dive's own export of its test image is the oracle: {@code testdata/images/dive-test-image/export.tsv} holds every
 * value of dive's expected {@code --json} output for {@code .data/test-docker-image.tar} (14 layers, busybox plus
 * the steps of {@code .data/Dockerfile.test-image}). The archive itself cannot be downloaded, so {@link DiveTestImage}
 * rebuilds it from those values, its entries in another order than dive lists them, with dive's ids, diff_ids and
 * commands. The export dlint writes for it must equal dive's, byte for byte: the fileList order (post-order,
 * bytewise siblings), Go's file modes, the history pairing (a history entry without a layer skipped) and the numbers
 * dive computes (sizeBytes, inefficientBytes, efficiencyScore, fileReference) from the layers.
 */
class DiveExportOracleTest {

    @TempDir
    Path temp;

    @Test
    void exportOfDivesTestImageEqualsDivesOwnExportByteForByte() throws IOException {
        DiveTestImage oracle = DiveTestImage.read();
        assertThat(oracle.layers()).hasSize(14);
        Path archive = oracle.write(temp.resolve("test-docker-image.tar"), true);
        ImageAnalysis analysis = new ImageAnalyzer(ImageAnalyzer.Options.defaults().withIgnoreErrors(true)
                .withKeepEntries(true)).run(archive, ImageSelection.defaults());
        assertThat(analysis.problems()).as("only the diff_ids differ: dive's were computed from busybox's bytes")
                .hasSize(14).allSatisfy(p -> assertThat(p.problem()).contains("diff_id mismatch"));
        StringWriter out = new StringWriter();
        new DiveExportReporter().write(analysis, out);
        assertThat(out.toString()).isEqualTo(expected(oracle.layers(), oracle.image(), oracle.refs()));
    }

    /** dive's document as Go's {@code json.MarshalIndent(export, "", "  ")} prints it, from the oracle's values. */
    private static String expected(List<DiveTestImage.LayerRow> layers, String[] image, List<String[]> refs) {
        StringBuilder s = new StringBuilder("{\n  \"layer\": [\n");
        for (int i = 0; i < layers.size(); i++) {
            DiveTestImage.LayerRow l = layers.get(i);
            s.append("    {\n      \"index\": ").append(l.index()).append(",\n      \"id\": \"").append(l.id())
                    .append("\",\n      \"digestId\": \"").append(l.digestId()).append("\",\n      \"sizeBytes\": ")
                    .append(l.sizeBytes()).append(",\n      \"command\": \"").append(l.command())
                    .append("\",\n      \"fileList\": [\n");
            for (int j = 0; j < l.files().size(); j++) {
                DiveTestImage.Row r = l.files().get(j);
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

}
