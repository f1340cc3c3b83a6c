package dev.dlint.report.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.image.ImageSelection;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.ImageAnalyzer;
import dev.dlint.image.testing.DiveTestImage;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The steps of dive's {@code .data/Dockerfile.test-image}, built for real with buildah
 * ({@code testdata/images/dive-test-image/build.sh}: one commit per step, on a small base instead of busybox), give
 * the layers dive's own export lists for its test image: for each of layers 1 to 13 the same {@code fileList}, node
 * by node (paths, type flags, link names, sizes, Go file modes, owners), the same {@code command} and
 * {@code sizeBytes}, and for the image the same {@code inefficientBytes} and {@code fileReference}. Only layer 0 (the
 * base), the ids and the digests differ, and so do {@code sizeBytes} and {@code efficiencyScore} of the image.
 */
class DiveTestImageBuildahTest {

    private static final Path ARCHIVE = SharedFiles.projectRoot()
            .resolve("testdata/images/dive-test-image/buildah-docker-archive.tar");

    @Test
    void buildahBuildOfDivesStepsExportsWhatDivesExportOfItsTestImageLists() throws IOException {
        ImageAnalysis analysis = new ImageAnalyzer(ImageAnalyzer.Options.defaults().withKeepEntries(true))
                .run(ARCHIVE, ImageSelection.defaults());
        StringWriter out = new StringWriter();
        new DiveExportReporter().write(analysis, out);
        JsonNode ours = new ObjectMapper().readTree(out.toString());
        DiveTestImage dive = DiveTestImage.read();

        assertThat(ours.get("layer")).hasSize(14);
        for (int i = 1; i < 14; i++) {
            DiveTestImage.LayerRow expected = dive.layers().get(i);
            JsonNode layer = ours.get("layer").get(i);
            assertThat(layer.get("command").asText()).as("layer " + i).isEqualTo(expected.command());
            assertThat(layer.get("sizeBytes").asLong()).as("layer " + i).isEqualTo(expected.sizeBytes());
            List<DiveTestImage.Row> files = new ArrayList<>();
            layer.get("fileList").forEach(f -> files.add(new DiveTestImage.Row(f.get("path").asText(),
                    f.get("typeFlag").asInt(), f.get("linkName").asText(), f.get("size").asLong(),
                    f.get("fileMode").asLong(), f.get("uid").asLong(), f.get("gid").asLong(),
                    f.get("isDir").asBoolean())));
            assertThat(files).as("layer " + i + " fileList").containsExactlyElementsOf(expected.files());
        }
        assertThat(ours.at("/image/inefficientBytes").asText()).isEqualTo(dive.image()[2]);
        List<String> refs = new ArrayList<>();
        ours.at("/image/fileReference").forEach(r -> refs.add(r.get("count").asText() + " "
                + r.get("sizeBytes").asText() + " " + r.get("file").asText()));
        assertThat(refs).containsExactlyElementsOf(dive.refs().stream().map(r -> r[1] + " " + r[2] + " " + r[3])
                .toList());
        assertThat(analysis.dive().userSizeBytes()).as("dive's: 1220598 - 1154361").isEqualTo(66237);
        assertThat(analysis.dive().userWastedPercent()).isEqualTo(32025.0 / 66237.0);
    }
}
