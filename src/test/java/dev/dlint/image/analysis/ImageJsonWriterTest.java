package dev.dlint.image.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.image.ImageSelection;
import dev.dlint.image.testing.TestArchives;
import dev.dlint.image.testing.TestLayer;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageJsonWriterTest {
    @TempDir
    Path tmp;

    @Test
    void documentedSchemaWithAnExtraSection() throws Exception {
        ImageAnalysis a = DiveExamplesTest.exampleA(tmp);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ImageJsonWriter().write(a, out, List.of(g -> {
            g.writeArrayFieldStart("findings");
            g.writeString("from the engine");
            g.writeEndArray();
        }));
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.fieldNames()).toIterable()
                .containsExactly("image", "layers", "waste", "dive", "warnings", "problems", "findings");
        JsonNode l1 = root.get("layers").get(1);
        assertThat(l1.get("index").asInt()).isEqualTo(1);
        assertThat(l1.get("digest").asText()).startsWith("sha256:");
        assertThat(l1.get("sizeBytes").asLong()).isEqualTo(2100);
        assertThat(l1.get("compressedBytes").asLong()).isPositive();
        assertThat(l1.get("createdBy").asText()).isEqualTo("/bin/sh -c step 1");
        assertThat(root.get("waste").get("bytes").asLong()).isEqualTo(3500);
        JsonNode f = root.get("waste").get("files").get(0);
        assertThat(f.get("path").asText()).isEqualTo("/var/cache/pkg.deb");
        assertThat(f.get("layer").asInt()).isZero();
        assertThat(f.get("hiddenByLayer").asInt()).isEqualTo(2);
        assertThat(f.get("kind").asText()).isEqualTo("deleted");
        JsonNode dive = root.get("dive");
        assertThat(dive.get("efficiency").asDouble()).isEqualTo(0.9193548387096774);
        assertThat(dive.get("userWastedPercent").asDouble()).isEqualTo(0.7619047619047619);
        assertThat(dive.get("inefficientFiles").get(0).get("path").asText()).isEqualTo("/app/config.yml");
        assertThat(dive.get("inefficientFiles").get(0).get("cumulativeBytes").asLong()).isEqualTo(1500);
        assertThat(root.get("findings").get(0).asText()).isEqualTo("from the engine");
    }

    @Test
    void nanBecomesNull() throws Exception {
        ImageAnalysis a = ImageAnalyzer.analyze(TestArchives.dockerSave(tmp.resolve("one.tar"), "x:1",
                List.of(new TestLayer().file("f", 10).tar())), ImageSelection.defaults());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ImageJsonWriter().write(a, out);
        assertThat(new ObjectMapper().readTree(out.toByteArray()).get("dive").get("userWastedPercent").isNull())
                .isTrue();
    }
}
