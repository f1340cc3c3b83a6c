package dev.dlint.attribution;

import static dev.dlint.image.testing.TestArchives.blob;
import static dev.dlint.image.testing.TestArchives.descriptor;
import static dev.dlint.image.testing.TestArchives.diffId;
import static dev.dlint.image.testing.TestArchives.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.cli.Main;
import dev.dlint.image.testing.TestArchives;
import dev.dlint.image.testing.TestLayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An OCI layout as {@code docker buildx build --attest type=provenance,mode=max --output type=oci} writes it, made in
 * test code: the image manifest and, beside it in index.json, an attestation manifest (platform unknown/unknown,
 * {@code vnd.docker.reference.type: attestation-manifest}) whose in-toto layer is a SLSA v0.2 provenance statement
 * with BuildKit's metadata: {@code source.locations} per LLB step and {@code layers} per step output. The image
 * config has no history at all, so every line must come from the provenance.
 */
class ProvenanceAttributionTest {

    private static final String DOCKERFILE = String.join("\n",
            "FROM alpine:3.20 AS base",                 // 1
            "RUN apk add --no-cache curl",              // 2
            "FROM base",                                // 3
            "WORKDIR /app",                             // 4
            "COPY app.bin /app/",                       // 5
            "RUN rm -f /app/app.bin && \\",             // 6
            "    echo done",                            // 7
            "");
    private static final String GZIP = "application/vnd.oci.image.layer.v1.tar+gzip";

    @TempDir
    Path temp;

    private final List<byte[]> layers = List.of(
            TestLayer.gzip(new TestLayer().dir("etc").file("etc/alpine-release", 7).file("bin/busybox", 9000).tar()),
            TestLayer.gzip(new TestLayer().file("usr/bin/curl", 5000).tar()),
            TestLayer.gzip(new TestLayer().dir("app").tar()),
            TestLayer.gzip(new TestLayer().file("app/app.bin", 20000).tar()),
            TestLayer.gzip(new TestLayer().whiteout("app/app.bin").tar()));

    /** {"start":{"line":s},"end":{"line":e}} ranges of one step, as BuildKit's pb.Locations marshal to JSON. */
    private static String location(int start, int end) {
        return "{\"locations\":[{\"ranges\":[{\"start\":{\"line\":" + start + "},\"end\":{\"line\":" + end
                + "}}]}]}";
    }

    private String chain(int upTo) {
        StringBuilder out = new StringBuilder("[[");
        for (int i = 0; i <= upTo; i++) {
            out.append(i == 0 ? "" : ",").append(descriptor(GZIP, layers.get(i), ""));
        }
        return out.append("]]").toString();
    }

    /** BuildKit's provenance statement for the build: step0 the image source, step1 the local context, … */
    private String statement(String imageManifestDigest) {
        String data = Base64.getEncoder().encodeToString(DOCKERFILE.getBytes(StandardCharsets.UTF_8));
        return "{\"_type\":\"https://in-toto.io/Statement/v0.1\",\"predicateType\":\"https://slsa.dev/provenance/v0.2\","
                + "\"subject\":[{\"name\":\"pkg:docker/app@latest?platform=linux%2Famd64\",\"digest\":{\"sha256\":\""
                + imageManifestDigest + "\"}}],"
                + "\"predicate\":{\"builder\":{\"id\":\"\"},\"buildType\":\"https://mobyproject.org/buildkit@v1\","
                + "\"materials\":[{\"uri\":\"pkg:docker/alpine@3.20?platform=linux%2Famd64\",\"digest\":{\"sha256\":\""
                + "0".repeat(64) + "\"}}],"
                + "\"invocation\":{\"configSource\":{\"entryPoint\":\"Dockerfile\"},\"parameters\":{\"frontend\":"
                + "\"dockerfile.v0\",\"args\":{}},\"environment\":{\"platform\":\"linux/amd64\"}},"
                + "\"buildConfig\":{\"llbDefinition\":[{\"id\":\"step0\",\"op\":{\"Op\":{\"source\":{\"identifier\":"
                + "\"docker-image://docker.io/library/alpine:3.20\"}}}},{\"id\":\"step1\",\"op\":{\"Op\":{\"source\":"
                + "{\"identifier\":\"local://context\"}}}},{\"id\":\"step2\",\"op\":{\"Op\":{\"exec\":{}}},\"inputs\":"
                + "[\"step0:0\"]}]},"
                + "\"metadata\":{\"buildInvocationID\":\"m3v6s9\",\"buildStartedOn\":\"2026-12-04T18:00:00Z\","
                + "\"completeness\":{\"parameters\":true,\"environment\":true,\"materials\":false},"
                + "\"reproducible\":false,"
                + "\"https://mobyproject.org/buildkit@v1#metadata\":{\"vcs\":{},\"source\":{\"locations\":{"
                + "\"step0\":" + location(1, 1) + ",\"step2\":" + location(2, 2) + ",\"step3\":" + location(4, 4)
                + ",\"step4\":" + location(5, 5) + ",\"step5\":" + location(6, 7) + "},"
                + "\"infos\":[{\"filename\":\"Dockerfile\",\"language\":\"Dockerfile\",\"data\":\"" + data + "\"}]},"
                + "\"layers\":{\"step0:0\":" + chain(0) + ",\"step2:0\":" + chain(1) + ",\"step3:0\":" + chain(2)
                + ",\"step4:0\":" + chain(3) + ",\"step5:0\":" + chain(4) + "}}}}}";
    }

    /** The OCI layout directory: image manifest plus attestation manifest in index.json; no history. */
    private Path layout() throws IOException {
        TestArchives.Members m = new TestArchives.Members();
        StringBuilder diffIds = new StringBuilder();
        StringBuilder layerDescriptors = new StringBuilder();
        for (byte[] l : layers) {
            blob(m, l);
            diffIds.append(diffIds.length() == 0 ? "" : ",").append('"').append(diffId(l)).append('"');
            layerDescriptors.append(layerDescriptors.length() == 0 ? "" : ",").append(descriptor(GZIP, l, ""));
        }
        byte[] config = blob(m, ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},\"rootfs\":{\"type\":"
                + "\"layers\",\"diff_ids\":[" + diffIds + "]}}").getBytes(StandardCharsets.UTF_8));
        byte[] manifest = blob(m, ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":" + descriptor("application/vnd.oci.image.config.v1+json", config, "") + ",\"layers\":["
                + layerDescriptors + "]}").getBytes(StandardCharsets.UTF_8));
        byte[] inToto = blob(m, statement(sha256(manifest)).getBytes(StandardCharsets.UTF_8));
        byte[] attestationConfig = blob(m, ("{\"architecture\":\"unknown\",\"os\":\"unknown\",\"config\":{},"
                + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[\"" + diffId(inToto) + "\"]}}")
                .getBytes(StandardCharsets.UTF_8));
        byte[] attestation = blob(m, ("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":" + descriptor("application/vnd.oci.image.config.v1+json", attestationConfig, "")
                + ",\"layers\":[" + descriptor("application/vnd.in-toto+json", inToto,
                ",\"annotations\":{\"in-toto.io/predicate-type\":\"https://slsa.dev/provenance/v0.2\"}") + "]}")
                .getBytes(StandardCharsets.UTF_8));
        m.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
        m.put("index.json", "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\","
                + "\"manifests\":[" + descriptor("application/vnd.oci.image.manifest.v1+json", manifest,
                ",\"platform\":{\"architecture\":\"amd64\",\"os\":\"linux\"}") + ","
                + descriptor("application/vnd.oci.image.manifest.v1+json", attestation,
                ",\"annotations\":{\"vnd.docker.reference.digest\":\"sha256:" + sha256(manifest) + "\","
                        + "\"vnd.docker.reference.type\":\"attestation-manifest\"},\"platform\":{\"architecture\":"
                        + "\"unknown\",\"os\":\"unknown\"}") + "]}");
        return m.writeTar(temp.resolve("app-oci.tar"));
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new HashMap<>());
        assertThat(err.toString()).isEmpty();
        return out.toString();
    }

    @Test
    void everyLayerMapsToItsStepsLines() throws IOException {
        Path image = layout();
        Path dockerfile = temp.resolve("Dockerfile");
        Files.writeString(dockerfile, DOCKERFILE);
        JsonNode doc = new ObjectMapper().readTree(run("image", image.toString(), "--dockerfile", dockerfile.toString(),
                "--format", "json", "--no-fail"));
        List<String> lines = new ArrayList<>();
        for (JsonNode layer : doc.get("layers")) {
            JsonNode s = layer.get("source");
            lines.add(s.get("line").asInt() + "-" + s.get("endLine").asInt() + " " + s.get("match").asText());
        }
        assertThat(lines).containsExactly("1-1 provenance", "2-2 provenance", "4-4 provenance", "5-5 provenance",
                "6-7 provenance");
        assertThat(doc.at("/layers/0/baseImage").asBoolean()).isTrue();
        assertThat(doc.at("/layers/1/baseImage").isMissingNode()).isTrue();
        assertThat(doc.at("/waste/files/0/path").asText()).isEqualTo("/app/app.bin");
        assertThat(doc.at("/waste/files/0/writtenBy/line").asInt()).isEqualTo(5);
        assertThat(doc.at("/waste/files/0/hiddenBy/line").asInt()).isEqualTo(6);
        assertThat(doc.at("/attribution/notes")).isEmpty();
        assertThat(doc.at("/warnings").toString()).contains("no history");
    }

    @Test
    void withoutTheAttestationTheHistorylessImageMapsNothingAndSaysWhy() throws IOException {
        Path image = layout();
        Path dockerfile = temp.resolve("Dockerfile");
        Files.writeString(dockerfile, DOCKERFILE);
        Path copy = temp.resolve("stripped");
        Files.createDirectories(copy);
        // the same image re-packed without the attestation: only index.json changes
        TestArchives.Members m = new TestArchives.Members();
        JsonNode index = new ObjectMapper().readTree(readMember(image, "index.json"));
        assertThat(index.get("manifests")).hasSize(2);
        for (String name : members(image)) {
            if (!name.equals("index.json")) {
                m.put(name, readMember(image, name));
            }
        }
        m.put("index.json", "{\"schemaVersion\":2,\"manifests\":[" + index.get("manifests").get(0) + "]}");
        Path stripped = m.writeTar(copy.resolve("app.tar"));
        JsonNode doc = new ObjectMapper().readTree(run("image", stripped.toString(), "--dockerfile",
                dockerfile.toString(), "--format", "json", "--no-fail"));
        assertThat(doc.at("/layers/0/source").isNull()).isTrue();
        assertThat(doc.at("/attribution/attributed").asInt()).isZero();
        assertThat(doc.at("/attribution/notes/0").asText()).isEqualTo("layer 0 has no history entry, so no"
                + " instruction is tied to it");
    }

    @Test
    void anUnreadableAttestationIsANoteNotAFailure() throws IOException {
        Path dir = temp.resolve("dir");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("index.json"), "{\"manifests\": 3}");
        List<String> notes = new ArrayList<>();
        assertThat(ProvenanceReader.read(dir, notes)).isEmpty();
        assertThat(notes).singleElement().asString().startsWith("the image's provenance attestation cannot be read (")
                .endsWith("; layers are matched by their history instead");
    }

    private static List<String> members(Path tar) throws IOException {
        try (var source = dev.dlint.image.archive.BlobSource.open(tar)) {
            return source.names();
        }
    }

    private static byte[] readMember(Path tar, String name) throws IOException {
        try (var source = dev.dlint.image.archive.BlobSource.open(tar)) {
            return source.readAll(name, 1 << 24);
        }
    }
}
