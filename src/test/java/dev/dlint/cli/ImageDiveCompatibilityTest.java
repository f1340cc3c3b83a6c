package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.image.testing.DiveTestImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dive's command lines with {@code dlint image} in dive's place: {@code --ci}, {@code --ci-config}, {@code --json},
 * {@code --source} and the {@code SOURCE://} prefixes, dive's gate spellings, dive's defaults for an empty
 * {@code .dive-ci}, and {@code CI=true} changing nothing. The images are dive's test image (rebuilt from dive's own
 * export of it, see {@link DiveTestImage}) and the buildah-built demo images of {@code testdata/images}.
 */
class ImageDiveCompatibilityTest {

    private static final String DEMO = "testdata/images/demo-oci-gzip.tar";
    private static final String DEMO_DOCKER = "testdata/images/demo-docker-archive.tar";
    /** dive's .data/.dive-ci, as dive's repository has it. */
    private static final String DIVES_DIVE_CI = "---\nplugins:\n  - plugin1\n\nrules:\n"
            + "  # If the efficiency is measured below X%, mark as failed. (expressed as a percentage between 0-1)\n"
            + "  lowestEfficiency: 0.95\n\n"
            + "  # If the amount of wasted space is at least X or larger than X, mark as failed.\n"
            + "  highestWastedBytes: 20Mb\n\n"
            + "  # If the amount of wasted space makes up for X% of the image, mark as failed.\n"
            + "  highestUserWastedPercent: 0.5\n\n  plugin1/rule1: error\n";

    @TempDir
    static Path shared;
    private static Path diveImage;

    @TempDir
    Path temp;

    @BeforeAll
    static void rebuildDivesTestImage() {
        diveImage = DiveTestImage.read().write(shared.resolve("test-docker-image.tar"), false);
    }

    record Result(int code, String out, String err) {
    }

    static Result run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> environment = new HashMap<>(env);
        environment.putIfAbsent("PATH", "/nonexistent");
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), environment);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return run(Map.of(), args);
    }

    private static String[] args(String... a) {
        return a;
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(Arrays.asList(a));
        all.addAll(Arrays.asList(b));
        return all.toArray(new String[0]);
    }

    @Test
    void divesCiLineWithDivesOwnCiConfigOnDivesTestImage() throws IOException {
        Path diveCi = temp.resolve(".dive-ci");
        Files.writeString(diveCi, DIVES_DIVE_CI);
        Result ci = run("image", "--ci", "--ci-config", diveCi.toString(), diveImage.toString(), "--no-color");
        assertThat(ci.code()).as(ci.out() + ci.err()).isZero();
        assertThat(ci.out()).contains("PASS  highestUserWastedPercent  0.5", "PASS  highestWastedBytes        20Mb",
                "PASS  lowestEfficiency          0.95", "gates: 3 passed",
                "dive: efficiency 98.44 %, wasted 32025 bytes (32 kB), user wasted 48.35 % of 66237 bytes (66 kB)");
        assertThat(ci.out()).as("the findings are still reported").contains("warning RootUserImage");

        Result plain = run("image", "--ci-config", diveCi.toString(), diveImage.toString());
        assertThat(plain.code()).as("without --ci, findings decide, as always in dlint").isEqualTo(1);
        Result strict = run("image", "--ci", "--fail-on-findings", "--ci-config", diveCi.toString(),
                diveImage.toString());
        assertThat(strict.code()).as("--fail-on-findings: the RootUserImage warning fails").isEqualTo(1);
        assertThat(run("image", "--ci", "--fail-on-findings", "-t", "error", "--ci-config", diveCi.toString(),
                diveImage.toString()).code()).as("… at the failure threshold").isZero();
    }

    @Test
    void ciExitCodesAreDives() {
        Result defaults = run("image", "--ci", DEMO);
        assertThat(defaults.code()).as("dive's default gates fail on the demo").isEqualTo(1);
        assertThat(run("image", "--ci", DEMO, "--lowestEfficiency", "0.7", "--highestUserWastedPercent", "disabled")
                .code()).as("dive's spellings; the gates pass and the secret findings do not fail with --ci").isZero();
        assertThat(run("image", "--ci", DEMO, "--lowestEfficiency", "0.7", "--highestUserWastedPercent", "disabled",
                "--highestWastedBytes", "12kB").code()).as("12296 > 12000").isEqualTo(1);
        assertThat(run("image", "--ci", DEMO, "--lowest-efficiency", "0.7", "--highest-user-wasted-percent", "1")
                .code()).as("1.5545 > 1").isEqualTo(1);
        Result outOfRange = run("image", "--ci", DEMO, "--highestUserWastedPercent", "2");
        assertThat(outOfRange.code()).isEqualTo(2);
        assertThat(outOfRange.err()).contains("highestUserWastedPercent config value is outside allowed range (0-1)");
        assertThat(run("image", "--ci", "--no-fail", DEMO).code()).isZero();
    }

    @Test
    void ciWithJsonWritesDivesExportAndExitsZeroAsDive() throws IOException {
        Path json = temp.resolve("out.json");
        Files.writeString(json, "x".repeat(100_000)); // dive leaves old bytes after a shorter export; dlint does not
        Result r = run("image", "--ci", "--json", json.toString(), DEMO);
        assertThat(r.code()).as("dive exports and exits 0 without evaluating the gates").isZero();
        assertThat(r.err()).contains("with --json the gates do not set the exit code, as with dive");
        assertThat(r.out()).as("the report still shows the failed gates").contains("FAIL  lowestEfficiency");
        String text = Files.readString(json);
        assertThat(text).startsWith("{\n  \"layer\": [\n    {\n      \"index\": 0,\n      \"id\": \"blobs\",")
                .endsWith("\n  }\n}");
        JsonNode doc = new ObjectMapper().readTree(text);
        List<String> keys = new ArrayList<>();
        doc.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("layer", "image");
        assertThat(doc.at("/image/efficiencyScore").asDouble()).isEqualTo(0.720246272833664);
        assertThat(doc.at("/image/inefficientBytes").asLong()).isEqualTo(12296);
        assertThat(doc.at("/image/sizeBytes").asLong()).isEqualTo(32906);
        List<String> fields = new ArrayList<>();
        doc.at("/layer/0/fileList/0").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("path", "typeFlag", "linkName", "size", "fileMode", "uid", "gid", "isDir");
        assertThat(doc.at("/layer/0/fileList/0/path").asText()).as("dive's paths have no leading /")
                .isEqualTo("app/.env");
        assertThat(doc.at("/layer/0/command").asText()).isEqualTo("COPY files / # step 1");
        assertThat(doc.at("/layer/1/fileList").findValuesAsText("path")).contains("cache/.wh.tmp.bin")
                .doesNotContain("data/old/.wh..wh..opq");
        assertThat(doc.at("/image/fileReference/0/file").asText()).isEqualTo("/cache/tmp.bin");

        assertThat(run("image", "--json", temp.resolve("plain.json").toString(), DEMO).code())
                .as("without --ci, --json changes nothing about the exit code").isEqualTo(1);
        Result unwritable = run("image", "--json", temp.resolve("no/such/dir/out.json").toString(), DEMO);
        assertThat(unwritable.code()).isEqualTo(3);
        assertThat(unwritable.err()).startsWith("dlint: cannot write ");
    }

    @Test
    void divesJsonOfDivesTestImageHasDivesValues() throws IOException {
        Path json = temp.resolve("dive.json");
        assertThat(run("image", "--ci", "--json", json.toString(), diveImage.toString()).code()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        DiveTestImage oracle = DiveTestImage.read();
        assertThat(doc.at("/image/sizeBytes").asText()).isEqualTo(oracle.image()[1]);
        assertThat(doc.at("/image/inefficientBytes").asText()).isEqualTo(oracle.image()[2]);
        assertThat(doc.at("/image/efficiencyScore").asText()).isEqualTo(oracle.image()[3]);
        assertThat(doc.at("/image/fileReference")).extracting(n -> n.get("count").asText() + " "
                + n.get("sizeBytes").asText() + " " + n.get("file").asText())
                .containsExactlyElementsOf(oracle.refs().stream().map(r -> r[1] + " " + r[2] + " " + r[3]).toList());
        assertThat(doc.at("/layer")).extracting(l -> l.get("id").asText() + " " + l.get("command").asText())
                .containsExactlyElementsOf(oracle.layers().stream().map(l -> l.id() + " " + l.command()).toList());
    }

    @Test
    void sourcesAndPrefixes() {
        assertThat(run("image", "--ci", "--source", "docker-archive", DEMO_DOCKER).code()).isEqualTo(1);
        assertThat(run("image", "--ci", "--source", "docker-archive", DEMO_DOCKER, "--lowestEfficiency", "0.7",
                "--highestUserWastedPercent", "disabled").code()).isZero();
        Result prefixed = run("image", "docker-archive://" + DEMO_DOCKER, "--format", "compact");
        assertThat(prefixed.out()).contains(DEMO_DOCKER + ":1:1: error ImageGate");
        assertThat(run("image", "oci-archive://" + DEMO, "--ci", "--lowestEfficiency", "0.7",
                "--highestUserWastedPercent", "off").code()).isZero();
        assertThat(run("image", "oci-dir://testdata/images/demo-oci-dir", "--format", "compact").out())
                .contains("SecretInLowerLayer");
        Result unknown = run("image", "registry://nginx:1.25");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown image source 'registry://'",
                "docker-archive, oci-archive, oci-dir, podman, docker");
        Result contradiction = run("image", "--source", "oci-archive", "docker-archive://" + DEMO_DOCKER);
        assertThat(contradiction.code()).isEqualTo(2);
        assertThat(contradiction.err()).contains("--source oci-archive contradicts the docker-archive:// prefix");
        assertThat(run("image", "--source", "tarball", DEMO).err()).contains("--source: unknown source 'tarball'");
    }

    @Test
    void enginesThatAreNotThereSayHowToSaveTheImage() {
        for (String image : new String[] {"docker://nginx:1.25", "podman://nginx:1.25"}) {
            Result r = run("image", image);
            assertThat(r.code()).as(image).isEqualTo(3);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip()).doesNotContain("\n").startsWith("dlint: " + image + ": cannot get the image")
                    .contains("no '" + image.substring(0, image.indexOf(':')) + "' command on PATH",
                            "docker save -o image.tar nginx:1.25", "podman save -o image.tar nginx:1.25",
                            "skopeo copy docker://nginx:1.25 docker-archive:image.tar");
        }
        Result source = run("image", "--source", "docker", "nginx:1.25");
        assertThat(source.code()).isEqualTo(3);
        assertThat(source.err()).contains("docker://nginx:1.25: cannot get the image from docker");
    }

    @Test
    void aDockerCommandOnPathSavesTheImage() throws IOException {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path docker = bin.resolve("docker");
        Path demo = Path.of(DEMO_DOCKER).toAbsolutePath();
        // a stand-in for the Docker CLI: 'docker image save -o FILE NAME' copies a saved image, other names fail
        Files.writeString(docker, "#!/bin/sh\n[ \"$1 $2 $3\" = \"image save -o\" ] || exit 64\n"
                + "[ \"$5\" = demo:1 ] || { echo \"Error response from daemon: No such image: $5\" >&2; exit 1; }\n"
                + "cp '" + demo + "' \"$4\"\n");
        Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = Map.of("PATH", bin + ":/usr/bin:/bin");
        Result saved = run(env, "image", "docker://demo:1", "--format", "compact");
        assertThat(saved.err()).isEmpty();
        assertThat(saved.out()).contains("docker://demo:1:1:1: error ImageGate");
        Result missing = run(env, "image", "docker://nope:2");
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("docker image save failed: Error response from daemon: No such image: nope:2",
                "docker save -o image.tar nope:2");
    }

    @Test
    void ciInTheEnvironmentChangesNothing() {
        for (String value : new String[] {"true", "1", "yes"}) {
            Result withCi = run(Map.of("CI", value), "image", DEMO, "--lowest-efficiency", "off",
                    "--highest-user-wasted-percent", "off", "--no-color");
            Result without = run("image", DEMO, "--lowest-efficiency", "off", "--highest-user-wasted-percent", "off",
                    "--no-color");
            assertThat(withCi.code()).as("CI=" + value + ": the secret findings still fail").isEqualTo(1);
            assertThat(withCi.out()).isEqualTo(without.out());
        }
    }

    @Test
    void emptyDiveCiAndBareRulesMeanDivesDefaults() throws IOException {
        Path diveCi = temp.resolve(".dive-ci");
        for (String content : new String[] {"", "rules:\n", "# nothing yet\n", "---\nplugins:\n  - plugin1\n",
            "rules:\n  # lowestEfficiency: 0.5\n"}) {
            Files.writeString(diveCi, content);
            Result r = run("image", "--ci", "--ci-config", diveCi.toString(), DEMO, "--no-color");
            assertThat(r.err()).as("'" + content + "'").isEmpty();
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.out()).contains("FAIL  lowestEfficiency          image efficiency is too low (efficiency=0.72"
                    + " < threshold=0.9)", "SKIP  highestWastedBytes        disabled",
                    "FAIL  highestUserWastedPercent  too many bytes wasted");
        }
        Files.writeString(diveCi, "rules:\n  lowestEfficiency:\n  highestUserWastedPercent: ''\n");
        assertThat(run("image", "--ci", "--ci-config", diveCi.toString(), DEMO).code())
                .as("empty values disable, as dive's 'disabled'").isZero();
    }

    @Test
    void failOnFindingsNeedsCi() {
        Result r = run("image", "--fail-on-findings", DEMO);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--fail-on-findings goes with --ci");
    }
}
