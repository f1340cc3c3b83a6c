package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.image.testing.TestArchives;
import dev.dlint.image.testing.TestLayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code dlint image} says in every report format: a failed CI gate and an incomplete image (analysed with
 * {@code --ignore-errors}) in github, compact, JUnit, SARIF, GitLab, checkstyle, gnu and SonarQube output, on the
 * buildah-built demo images; the exit 3 of an incomplete image naming the member; and the messages for inputs that
 * are not images (a Dockerfile, an image name, a truncated archive) and for the terminal width.
 */
class ImageReportsCliTest {

    private static final String DEMO = "testdata/images/demo-oci-gzip.tar";

    @TempDir
    Path temp;

    record Result(int code, String out, String err) {
    }

    static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new HashMap<>(env));
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return run(Map.of(), args);
    }

    private static String[] with(String[] base, String... more) {
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** Each format's text for the findings of {@code args}, and the exit code. */
    private Map<String, Result> everyFormat(String... args) {
        Map<String, Result> out = new HashMap<>();
        for (String format : List.of("github", "compact", "junit", "sarif", "gitlab", "checkstyle", "gnu",
                "sonarqube", "json", "tty")) {
            out.put(format, run(with(args, "--format", format, "--no-color")));
        }
        return out;
    }

    @Test
    void aFailedGateIsAnEntryInEveryFormat() throws IOException {
        // only the gate fails: the other rules are off
        String[] args = {"image", DEMO, "--ignore", "SecretInLowerLayer", "--ignore", "RootUserImage",
            "--lowest-efficiency", "off"};
        Map<String, Result> formats = everyFormat(args);
        String message = "dive's user wasted ratio (its wasted bytes over the 7910 bytes the layers above layer 0 add)"
                + " is 1.5545 (155.45 %), above the highestUserWastedPercent threshold 0.1";
        assertThat(formats.get("github").out()).startsWith("::error file=" + DEMO
                + ",line=1,col=1,endLine=1,endColumn=1,title=ImageGate::" + message.replace("%", "%25"));
        assertThat(formats.get("compact").out()).startsWith(DEMO + ":1:1: error ImageGate: " + message);
        assertThat(formats.get("gnu").out()).startsWith(DEMO + ":1:1: error: " + message).contains("[ImageGate]");
        assertThat(formats.get("junit").out()).contains("<testsuites name=\"dlint\" tests=\"1\" failures=\"1\"")
                .contains("<testcase classname=\"" + DEMO + "\" name=\"ImageGate at 1:1\"")
                .contains("<failure type=\"error\" message=\"" + message.replace("'", "&apos;"));
        assertThat(formats.get("checkstyle").out()).contains("source=\"dlint.ImageGate\"")
                .contains("severity=\"error\"");
        com.contrastsecurity.sarif.Run sarif = dev.dlint.report.SarifChecks.check("image-gate",
                formats.get("sarif").out()).getRuns().get(0);
        assertThat(sarif.getResults()).singleElement().satisfies(r -> {
            assertThat(r.getRuleId()).isEqualTo("ImageGate");
            assertThat(r.getLocations().get(0).getLogicalLocations().iterator().next().getFullyQualifiedName())
                    .isEqualTo("image: highestUserWastedPercent gate");
        });
        JsonNode gitlab = new ObjectMapper().readTree(formats.get("gitlab").out());
        assertThat(gitlab).singleElement().satisfies(issue -> {
            assertThat(issue.get("check_name").asText()).isEqualTo("ImageGate");
            assertThat(issue.get("severity").asText()).isEqualTo("blocker");
        });
        assertThat(formats.get("sonarqube").out()).contains("\"ruleId\": \"ImageGate\"");
        JsonNode json = new ObjectMapper().readTree(formats.get("json").out());
        assertThat(json.at("/findings/0/rule").asText()).isEqualTo("ImageGate");
        assertThat(json.at("/gates/results/0/measured").asText()).isEqualTo("1.5545 (155.45 %)");
        assertThat(json.at("/gates/results/0/threshold").asText()).isEqualTo("0.1");
        assertThat(formats.get("tty").out()).contains("error ImageGate at image: highestUserWastedPercent gate");
        formats.forEach((format, r) -> assertThat(r.code()).as(format).isEqualTo(1));

        Result passing = run("image", DEMO, "--ignore", "SecretInLowerLayer", "--ignore", "RootUserImage",
                "--lowest-efficiency", "off", "--highest-user-wasted-percent", "off", "--format", "junit");
        assertThat(passing.code()).isZero();
        assertThat(passing.out()).contains("failures=\"0\"").doesNotContain("ImageGate");
    }

    /** The buildah-built OCI directory of testdata/images with its second layer blob deleted. */
    private Path incompleteDemo() throws IOException {
        Path copy = temp.resolve("demo-oci-dir");
        Path source = Path.of("testdata/images/demo-oci-dir");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = copy.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        JsonNode index = new ObjectMapper().readTree(copy.resolve("index.json").toFile());
        String manifest = index.at("/manifests/0/digest").asText().substring("sha256:".length());
        JsonNode layers = new ObjectMapper().readTree(copy.resolve("blobs/sha256/" + manifest).toFile()).get("layers");
        String second = layers.get(1).get("digest").asText().substring("sha256:".length());
        Files.delete(copy.resolve("blobs/sha256/" + second));
        return copy;
    }

    @Test
    void anIncompleteImageExits3NamingTheMemberUnlessIgnoreErrors() throws IOException {
        Path broken = incompleteDemo();
        Result strict = run("image", broken.toString(), "--ci", "--lowest-efficiency", "off",
                "--highest-user-wasted-percent", "off");
        assertThat(strict.code()).as("no false pass: the gates would pass").isEqualTo(3);
        assertThat(strict.out()).isEmpty();
        assertThat(strict.err()).matches("dlint: " + broken + ": blobs/sha256/[0-9a-f]{64}: layer 1 blob is missing "
                + "from the archive, so its content is unknown \\(the image is incomplete; --ignore-errors analyses the "
                + "layers that are there, and the result is partial\\)\n");

        String[] lenient = {"image", broken.toString(), "--ignore-errors", "--ci", "--lowest-efficiency", "off",
            "--highest-user-wasted-percent", "off"};
        Map<String, Result> formats = everyFormat(lenient);
        formats.forEach((format, r) -> {
            assertThat(r.code()).as(format + ": a partial result never passes, even with --ci").isEqualTo(1);
            assertThat(r.out()).as(format).contains("IncompleteImage");
        });
        assertThat(formats.get("tty").out()).contains("Incomplete image: the result is partial")
                .contains("(content unknown) RUN edit # step 2").endsWith("; PARTIAL: the image is incomplete\n");
        JsonNode json = new ObjectMapper().readTree(formats.get("json").out());
        assertThat(json.at("/image/partial").asBoolean()).isTrue();
        assertThat(json.at("/problems/0/layer").asInt()).isEqualTo(1);
        assertThat(json.at("/problems/0/member").asText()).startsWith("blobs/sha256/");
        assertThat(json.at("/layers/1/missing").asBoolean()).isTrue();
        assertThat(formats.get("github").out()).contains("title=IncompleteImage::The image is incomplete: blobs/sha256/");
        assertThat(formats.get("junit").out()).contains("name=\"IncompleteImage at 1:1\"");
        assertThat(run(with(lenient, "--no-fail")).code()).isZero();
    }

    @Test
    void digestMismatchAndTruncatedLayersAreIncompleteToo() {
        byte[] layer = new TestLayer().file("a", 4000).tar();
        byte[] other = new TestLayer().file("b", 10).tar();
        Path mismatch = TestArchives.dockerSave(temp.resolve("mismatch.tar"), "x:1", List.of(layer),
                TestArchives.config(List.of(other), List.of("a"), ""));
        Result r = run("image", mismatch.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("0000000000000000000000000000000000000000000000000000000000000001/layer.tar: layer"
                + " 0 diff_id mismatch").contains("--ignore-errors");

        byte[] gz = TestLayer.gzip(new TestLayer().file("big", 20000).tar());
        byte[] cut = Arrays.copyOf(gz, gz.length / 2);
        Path truncated = TestArchives.dockerSave(temp.resolve("cut.tar"), "x:1", List.of(layer, cut));
        Result t = run("image", truncated.toString());
        assertThat(t.code()).isEqualTo(3);
        assertThat(t.err()).contains("0000000000000000000000000000000000000000000000000000000000000002/layer.tar: corrupt"
                + " or truncated gzip data").contains("(in entry 'big')").contains("--ignore-errors");
        Result partial = run("image", truncated.toString(), "--ignore-errors", "--format", "compact");
        assertThat(partial.code()).isEqualTo(1);
        assertThat(partial.out()).contains("error IncompleteImage: The image is incomplete: "
                + "0000000000000000000000000000000000000000000000000000000000000002/layer.tar: corrupt or truncated");
    }

    @Test
    void aTruncatedArchiveNamesTheMember() throws IOException {
        byte[] demo = Files.readAllBytes(Path.of("testdata/images/demo-docker-archive.tar"));
        Path cut = temp.resolve("cut.tar");
        Files.write(cut, Arrays.copyOf(demo, 30000));
        Result r = run("image", cut.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("dlint: " + cut + ": member "
                + "'54e595d3360e137a6ad1ea0b2efafaf892b979ffeafd8f81a86b34ad6a8062de.tar' declares 47104 bytes but the"
                + " archive ends after 29488 of them (truncated archive)\n");
    }

    @Test
    void inputsThatAreNotImagesSayWhatToDo() throws IOException {
        Path dockerfile = temp.resolve("Dockerfile");
        Files.writeString(dockerfile, "FROM debian:12\nRUN apt-get update\n");
        Result d = run("image", dockerfile.toString());
        assertThat(d.code()).isEqualTo(3);
        assertThat(d.err()).contains("not a tar archive or directory").contains("; this looks like a "
                + "Dockerfile: lint it with 'dlint lint " + dockerfile + "'", "docker save -o app.tar app");
        Path named = temp.resolve("build.txt");
        Files.writeString(named, "# syntax=docker/dockerfile:1\nARG BASE=debian\nFROM $BASE\n");
        assertThat(run("image", named.toString()).err()).contains("looks like a Dockerfile");
        Path readme = temp.resolve("README.md");
        Files.writeString(readme, "# hello\n");
        assertThat(run("image", readme.toString()).err()).doesNotContain("Dockerfile");

        Result name = run("image", "nginx:1.25");
        assertThat(name.code()).isEqualTo(3);
        assertThat(name.err().strip()).doesNotContain("\n").startsWith("dlint: nginx:1.25: no such file or directory;")
                .contains("docker save -o image.tar nginx:1.25", "skopeo copy docker://nginx:1.25 docker-archive:",
                        "docker://nginx:1.25");
        assertThat(run("image", "ghcr.io/acme/app@sha256:" + "a".repeat(64)).err()).contains("docker save");
        assertThat(run("image", temp.resolve("nope.tar").toString()).err()).as("a file name gets no image hint")
                .isEqualTo("dlint: " + temp.resolve("nope.tar") + ": no such file or directory\n");
    }

    @Test
    void theCommandColumnFitsTheTerminal() throws IOException {
        byte[] layer = new TestLayer().file("etc/hosts", 20).tar();
        String longRun = "RUN apt-get update && apt-get install -y --no-install-recommends " + "package ".repeat(30);
        Path archive = TestArchives.dockerSave(temp.resolve("long.tar"), "long:1", List.of(layer),
                TestArchives.config(List.of(layer), List.of(longRun), ""));
        for (int columns : new int[] {72, 120}) {
            Result r = run(Map.of("COLUMNS", String.valueOf(columns)), "image", archive.toString(), "--no-color");
            String row = r.out().lines().filter(l -> l.startsWith("  0 ")).findFirst().orElseThrow();
            assertThat(row.length()).as(row).isEqualTo(columns);
            assertThat(row).endsWith("…");
        }
        Path file = temp.resolve("report.txt");
        run(Map.of("COLUMNS", "72"), "image", archive.toString(), "--output", file.toString());
        assertThat(Files.readAllLines(file).stream().filter(l -> l.startsWith("  0 ")).findFirst().orElseThrow())
                .as("a file gets 100 columns whatever the terminal").hasSize(100);
        Result json = run(Map.of("COLUMNS", "72"), "image", archive.toString(), "--format", "json");
        assertThat(new ObjectMapper().readTree(json.out()).at("/layers/0/createdBy").asText())
                .as("the full text in JSON").isEqualTo(longRun);
    }

    @Test
    void sttySizeAndColumnsParsing() {
        assertThat(TerminalWidth.parseSttySize("50 132\n")).hasValue(132);
        assertThat(TerminalWidth.parseSttySize("stty: 'standard input': Inappropriate ioctl for device")).isEmpty();
        assertThat(TerminalWidth.parseSttySize("0 0")).isEmpty();
        assertThat(TerminalWidth.fromColumns("80")).hasValue(80);
        assertThat(TerminalWidth.fromColumns("wide")).isEmpty();
        assertThat(TerminalWidth.of(Map.of("COLUMNS", "90"), false)).isEqualTo(90);
        assertThat(TerminalWidth.of(Map.of(), false)).isEqualTo(TerminalWidth.DEFAULT);
    }
}
