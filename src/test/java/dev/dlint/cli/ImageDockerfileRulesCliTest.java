package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.image.testing.TestArchives;
import dev.dlint.image.testing.TestLayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image findings the buildah image does not have, on an archive made in test code with BuildKit's history: a
 * secret a later RUN deletes (SecretInLowerLayer at the COPY, the deleting RUN related), a file copied into a second
 * layer (DuplicateFileAcrossLayers at the copy, the first copy related), a pip cache (PackageCacheInImage, and
 * PackageCacheInLayer measured), and SplitInstallCleanup measured on the deleted key.
 */
class ImageDockerfileRulesCliTest {

    private static final String DOCKERFILE = String.join("\n",
            "FROM scratch",                                                        // 1
            "COPY id_rsa /root/.ssh/id_rsa",                                       // 2
            "RUN pip install flask",                                               // 3
            "COPY big.bin /opt/big.bin",                                           // 4
            "RUN cp /opt/big.bin /opt/copy.bin && rm -f /root/.ssh/id_rsa",        // 5
            "");
    private static final byte[] KEY = ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA-not-a-real-key\n"
            + "-----END OPENSSH PRIVATE KEY-----\n").getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path temp;

    @Test
    void secretsDuplicatesAndCachesAreReportedAtTheirLines() throws IOException {
        byte[] big = TestLayer.content(1_100_000, 7);
        List<byte[]> layers = List.of(
                new TestLayer().file("root/.ssh/id_rsa", KEY, 0600).tar(),
                new TestLayer().file("root/.cache/pip/http/a/b/c", 20000).file("usr/lib/python3/flask.py", 100).tar(),
                new TestLayer().file("opt/big.bin", big, 0644).tar(),
                new TestLayer().file("opt/copy.bin", big, 0644).whiteout("root/.ssh/id_rsa").tar());
        List<String> history = List.of("COPY id_rsa /root/.ssh/id_rsa # buildkit",
                "RUN /bin/sh -c pip install flask # buildkit", "COPY big.bin /opt/big.bin # buildkit",
                "RUN /bin/sh -c cp /opt/big.bin /opt/copy.bin && rm -f /root/.ssh/id_rsa # buildkit");
        Path image = TestArchives.dockerSave(temp.resolve("app.tar"), "app:1", layers,
                TestArchives.config(layers, history, "1000"));
        Path dockerfile = temp.resolve("Dockerfile");
        Files.writeString(dockerfile, DOCKERFILE);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"image", image.toString(), "--dockerfile", dockerfile.toString(),
            "--format", "json", "--lowest-efficiency", "off", "--highest-user-wasted-percent", "off"},
                new PrintWriter(out, true), new PrintWriter(err, true), new HashMap<>());
        assertThat(err.toString()).isEmpty();
        assertThat(code).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        List<org.assertj.core.groups.Tuple> findings = new ArrayList<>();
        for (JsonNode f : doc.get("findings")) {
            if (f.get("file").asText().equals(dockerfile.toString())) {
                findings.add(tuple(f.get("rule").asText(), f.get("line").asInt(), f.at("/related/0/line").asInt()));
            }
        }
        assertThat(findings).contains(
                tuple("SecretInLowerLayer", 2, 5),
                tuple("PackageCacheInImage", 3, 0),
                tuple("PackageCacheInLayer", 3, 0),
                tuple("DuplicateFileAcrossLayers", 5, 4),
                tuple("SplitInstallCleanup", 5, 2));
        List<org.assertj.core.groups.Tuple> checks = new ArrayList<>();
        for (JsonNode c : doc.at("/attribution/crossCheck")) {
            checks.add(tuple(c.get("rule").asText(), c.get("line").asInt(), c.get("measuredBytes").asLong()));
        }
        assertThat(checks).containsExactlyInAnyOrder(tuple("PackageCacheInLayer", 3, 20000L),
                tuple("SplitInstallCleanup", 5, (long) KEY.length));
        assertThat(doc.toString()).contains("hides `/root/.ssh/id_rsa`, but does not remove it from the image")
                .contains("stores the same content as `/opt/copy.bin` at `/opt/big.bin`");
    }
}
