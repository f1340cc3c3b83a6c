package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dlint image} end to end through {@link Main#run}: outputs, exit codes, gates, configuration, errors. */
class ImageCommandTest {

    private static final String DEMO = "testdata/images/demo-oci-gzip.tar";
    private static final String CLEAN = "testdata/rules/RootUserImage/nonroot.tar";
    /** Turns dive's default gates off, so only findings decide. */
    private static final String[] NO_GATES = {"--lowest-efficiency", "disabled", "--highest-user-wasted-percent", "off"};

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

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(Arrays.asList(a));
        all.addAll(Arrays.asList(b));
        return all.toArray(new String[0]);
    }

    @Test
    void ttyMatchesTheGoldenReportOfTheBuildahDemo() throws IOException {
        Path file = temp.resolve("report.txt");
        Result r = run("image", DEMO, "--format", "tty", "--output", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        Path golden = Path.of("testdata/images/demo-oci-gzip.tty.txt");
        String actual = Files.readString(file, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("dlint.updateGolden")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void ttyShowsLayersWastedPathsFindingsGatesAndSummary() {
        Result r = run("image", "--color", "never", DEMO);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .contains("demo:1 (linux/amd64, oci-layout), 5 layers")
                .containsPattern("(?m)^  0     25 kB     20 kB  █+░+ +COPY files / # step 1$")
                .containsPattern("(?m)^    5\\.0 kB      2  layer 0 → layer 1 +deleted +/data/old/$")
                .contains("error SecretInLowerLayer at layer 0 (COPY files / # step 1) /root/.npmrc")
                .contains("FAIL  lowestEfficiency          image efficiency is too low (efficiency=0.72 < threshold=0.9)")
                .contains("SKIP  highestWastedBytes        disabled")
                .contains("error ImageGate at image: lowestEfficiency gate")
                .contains("dive: efficiency 72.02 %, wasted 12296 bytes (12 kB), user wasted 155.45 % of 7910 bytes"
                        + " (7.9 kB) added above layer 0")
                .endsWith("5 layers, 33 kB, 20 kB wasted (61.7 %); 7 problems (6 errors, 1 warning); "
                        + "gates: 2 failed, 1 skipped\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonHasTheDocumentedSchemaWithFindingsAndGates() throws IOException {
        Result r = run("image", "--format", "json", DEMO);
        assertThat(r.code()).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        List<String> keys = new ArrayList<>();
        doc.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("image", "layers", "waste", "dive", "warnings", "problems", "findings", "gates",
                "tool");
        JsonNode layer = doc.get("layers").get(0);
        assertThat(layer.get("index").asInt()).isZero();
        assertThat(layer.get("digest").asText()).startsWith("sha256:");
        assertThat(layer.get("sizeBytes").asLong()).isEqualTo(24996);
        assertThat(layer.get("compressedBytes").asLong()).isPositive();
        assertThat(layer.get("createdBy").asText()).isEqualTo("COPY files / # step 1");
        assertThat(doc.at("/waste/bytes").asLong()).isEqualTo(20300);
        JsonNode wasted = doc.at("/waste/files/0");
        assertThat(wasted.get("path").asText()).isEqualTo("/cache/tmp.bin");
        assertThat(wasted.get("bytes").asLong()).isEqualTo(5000);
        assertThat(wasted.get("layer").asInt()).isZero();
        assertThat(wasted.get("hiddenByLayer").asInt()).isEqualTo(1);
        assertThat(wasted.get("kind").asText()).isEqualTo("deleted");
        assertThat(doc.at("/dive/efficiency").asDouble()).isEqualTo(0.720246272833664);
        assertThat(doc.at("/dive/sizeBytes").asLong()).isEqualTo(32906);
        assertThat(doc.at("/dive/userSizeBytes").asLong()).isEqualTo(7910);
        assertThat(doc.at("/dive/wastedBytes").asLong()).isEqualTo(12296);
        assertThat(doc.at("/dive/userWastedPercent").isNumber()).isTrue();
        assertThat(doc.at("/dive/inefficientFiles/0/path").asText()).startsWith("/");
        assertThat(doc.at("/dive/inefficientFiles/0/count").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(doc.at("/dive/inefficientFiles/0/cumulativeBytes").asLong()).isPositive();
        assertThat(doc.at("/findings/0/rule").asText()).isEqualTo("ImageGate");
        assertThat(doc.at("/findings/0/logicalLocation").asText()).isEqualTo("image: highestUserWastedPercent gate");
        JsonNode finding = doc.at("/findings/2");
        assertThat(finding.get("rule").asText()).isEqualTo("SecretInLowerLayer");
        assertThat(finding.get("severity").asText()).isEqualTo("error");
        assertThat(finding.get("file").asText()).isEqualTo(DEMO);
        assertThat(finding.get("line").asInt()).isEqualTo(1);
        assertThat(finding.get("logicalLocation").asText()).isEqualTo("layer 0 (COPY files / # step 1) /app/.env");
        assertThat(doc.get("findings")).hasSize(7);
        assertThat(doc.at("/gates/failed").asBoolean()).isTrue();
        assertThat(doc.at("/gates/results")).extracting(g -> g.get("name").asText() + "=" + g.get("status").asText())
                .containsExactly("highestUserWastedPercent=fail", "highestWastedBytes=skip", "lowestEfficiency=fail");
    }

    @Test
    void formatsPairWithOutputsInOrder() throws IOException {
        Path json = temp.resolve("a.json");
        Path tty = temp.resolve("a.txt");
        Result r = run("image", DEMO, "-f", "json", "-o", json.toString(), "-f", "tty", "-o", tty.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(Files.readString(json)).startsWith("{");
        assertThat(Files.readString(tty)).contains("Top wasted paths");
    }

    @Test
    void exitCodes() {
        assertThat(run(concat(new String[] {"image", CLEAN}, NO_GATES)).code()).as("no finding, no gate").isZero();
        assertThat(run("image", CLEAN).code()).as("single layer: efficiency 1, user waste NaN never fails").isZero();
        assertThat(run("image", "--no-fail", DEMO).code()).isZero();
        String[] onlyRootFinding = {"image", DEMO, "--ignore", "SecretInLowerLayer", "--lowest-efficiency", "disabled",
            "--highest-user-wasted-percent", "disabled"};
        assertThat(run(onlyRootFinding).code()).as("a warning at the default threshold").isEqualTo(1);
        assertThat(run(concat(onlyRootFinding, "-t", "error")).code()).as("below the failure threshold").isZero();
        assertThat(run(concat(onlyRootFinding, "-t", "error", "--severity", "RootUserImage=error")).code()).isEqualTo(1);
        assertThat(run(concat(onlyRootFinding, "--ignore", "RootUserImage")).code()).isZero();
    }

    @Test
    void gatesUseDivesStrictComparisonsAndByteUnits() {
        String[] base = concat(new String[] {"image", DEMO, "--ignore", "SecretInLowerLayer", "--ignore", "RootUserImage"},
                NO_GATES);
        // exact waste 20300, dive's wasted 12296
        assertThat(run(concat(base, "--max-wasted-bytes", "20.3kB")).code()).as("20300 > 20300 is false").isZero();
        assertThat(run(concat(base, "--max-wasted-bytes", "20kB")).code()).isEqualTo(1);
        assertThat(run(concat(base, "--max-wasted-bytes", "19.8KiB")).code()).as("IEC: 20275 bytes").isEqualTo(1);
        assertThat(run(concat(base, "--max-wasted-bytes", "20300")).code()).isZero();
        assertThat(run(concat(base, "--highest-wasted-bytes", "12296")).code()).isZero();
        assertThat(run(concat(base, "--highestWastedBytes", "12295")).code()).as("dive's spelling").isEqualTo(1);
        Result r = run(concat(base, "--max-wasted-bytes", "20kB"));
        assertThat(r.out()).contains("FAIL  maxWastedBytes            too many bytes wasted (exact wasted-bytes=20300 > "
                + "threshold=20000)");
        assertThat(run("image", DEMO, "--lowest-efficiency", "0.72", "--highest-user-wasted-percent", "disabled",
                "--ignore", "SecretInLowerLayer", "--ignore", "RootUserImage").code()).as("0.72 > 0.7202 is false")
                .isZero();
    }

    @Test
    void invalidGateValuesAreUsageErrors() {
        Result r = run("image", DEMO, "--lowest-efficiency", "1.5");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--lowest-efficiency: lowestEfficiency config value is outside allowed range (0-1)");
        Result bytes = run("image", DEMO, "--max-wasted-bytes", "12 XB");
        assertThat(bytes.code()).isEqualTo(2);
        assertThat(bytes.err()).contains("--max-wasted-bytes: invalid maxWastedBytes config value '12 XB'");
        assertThat(run("image", DEMO, "--platform", "linux").code()).isEqualTo(2);
        assertThat(run("image", DEMO, "--ignore", "NoSuchRule").err()).contains("unknown rule 'NoSuchRule'");
        assertThat(run("image").code()).as("no PATH").isEqualTo(2);
    }

    @Test
    void diveCiReplacesTheGateOptions() throws IOException {
        Path diveCi = temp.resolve(".dive-ci");
        Files.writeString(diveCi, "plugins:\n  - plugin1\nrules:\n  lowestEfficiency: 0.7\n  highestUserWastedPercent: disabled\n"
                + "  highest-wasted-bytes: 1\n");
        Result r = run("image", DEMO, "--ci-config", diveCi.toString(), "--lowest-efficiency", "0.99",
                "--ignore", "SecretInLowerLayer", "--ignore", "RootUserImage");
        assertThat(r.code()).as("0.7 passes; the kebab key of .dive-ci is ignored, as dive does").isZero();
        assertThat(r.out()).contains("PASS  lowestEfficiency          0.7").contains("SKIP  highestWastedBytes");
        assertThat(r.err()).contains("sets the CI gates, so --lowest-efficiency is not used (as with dive)");
        Result max = run("image", DEMO, "--ci-config", diveCi.toString(), "--max-wasted-bytes", "1kB",
                "--ignore", "SecretInLowerLayer", "--ignore", "RootUserImage");
        assertThat(max.code()).as("max-wasted-bytes is dlint's own: .dive-ci does not replace it").isEqualTo(1);
    }

    @Test
    void invalidDiveCiNamesFileLineAndKey() throws IOException {
        Path diveCi = temp.resolve(".dive-ci");
        Files.writeString(diveCi, "rules:\n  lowestEfficiency: 0.9\n  highestWastedBytes: lots\n");
        Result r = run("image", DEMO, "--ci-config", diveCi.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("dlint: invalid configuration: " + diveCi
                + ":3: rules.highestWastedBytes: invalid highestWastedBytes config value 'lots': invalid byte size 'lots'");
        assertThat(run("image", DEMO, "--ci-config", temp.resolve("missing").toString()).code()).isEqualTo(2);
    }

    @Test
    void dlintYamlImageSection() throws IOException {
        Path config = temp.resolve(".dlint.yaml");
        Files.writeString(config, "ignore: [SecretInLowerLayer, RootUserImage]\nimage:\n  rules:\n"
                + "    lowest-efficiency: 0.7\n    highest-user-wasted-percent: disabled\n    max-wasted-bytes: 20MB\n");
        Result r = run("image", DEMO, "--config", config.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("PASS  lowestEfficiency          0.7").contains("PASS  maxWastedBytes            20MB");
        assertThat(run("image", DEMO, "--config", config.toString(), "--max-wasted-bytes", "1kB").code())
                .as("the option wins over .dlint.yaml").isEqualTo(1);
    }

    @Test
    void invalidImageSectionNamesFileLineAndKey() throws IOException {
        Path config = temp.resolve(".dlint.yaml");
        Files.writeString(config, "image:\n  rules:\n    lowest-efficiency: 0.9\n    highest-wasted-bytes: 12XB\n");
        Result r = run("image", DEMO, "--config", config.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(config + ":4: image.rules.highest-wasted-bytes: invalid highestWastedBytes config "
                + "value '12XB'");
        Files.writeString(config, "image:\n  rules:\n    lowest-eficiency: 0.9\n");
        assertThat(run("image", DEMO, "--config", config.toString()).err()).contains(config
                + ":3: unknown key 'image.rules.lowest-eficiency' (did you mean 'lowest-efficiency'?)");
        Files.writeString(config, "image:\n  gates: {}\n");
        assertThat(run("image", DEMO, "--config", config.toString()).err()).contains(config + ":2: unknown key 'image.gates'");
        Files.writeString(config, "image:\n  rules:\n    lowest-efficiency: [1]\n");
        assertThat(run("image", DEMO, "--config", config.toString()).err())
                .contains(config + ":3: image.rules.lowest-efficiency must be a value, not a list");
    }

    @Test
    void ruleOptionsAreCheckedWithFileAndLine() throws IOException {
        Path config = temp.resolve(".dlint.yaml");
        Files.writeString(config, "rules:\n  WastedBytes:\n    threshold: lots\n");
        Result r = run("image", DEMO, "--config", config.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(config + ":3: rules.WastedBytes.threshold: must be a byte size such as 1MB");
        Files.writeString(config, "rules:\n  DuplicateFileAcrossLayers:\n    threshold: 1MB\n    treshold: 2MB\n");
        assertThat(run("image", DEMO, "--config", config.toString()).err())
                .contains(config + ":4: rules.DuplicateFileAcrossLayers.treshold: unknown option 'treshold' (known: threshold)");
        Files.writeString(config, "rules:\n  RootUserImage:\n    allow: true\n");
        assertThat(run("image", DEMO, "--config", config.toString()).err()).contains("(this rule has no options)");
        Files.writeString(config, "rules:\n  WastedBytes:\n    threshold: 1kB\n");
        assertThat(run("image", DEMO, "--config", config.toString(), "--no-color").out())
                .contains("warning WastedBytes at layer 0 (COPY files / # step 1) /cache/tmp.bin");
    }

    @Test
    void unreadableImagesEndInOneLineAndExitCode3() throws IOException {
        Result missing = run("image", temp.resolve("nope.tar").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).isEqualTo("dlint: " + temp.resolve("nope.tar") + ": no such file or directory\n");

        byte[] layer = new TestLayer().file("a", 4000).tar();
        byte[] broken = TestLayer.gzip(layer);
        broken = Arrays.copyOf(broken, broken.length / 2);
        Path truncated = TestArchives.dockerSave(temp.resolve("truncated.tar"), "x:1", List.of(broken));
        assertOneLineError(run("image", truncated.toString()), truncated + ": 0000000000000000000000000000000000000000000"
                + "000000000000000000001/layer.tar: ");

        Path rootfs = new TestArchives.Members().put("README.md", "# not an image\n").writeTar(temp.resolve("rootfs.tar"));
        assertOneLineError(run("image", rootfs.toString()), rootfs + ": ");

        Path gz = temp.resolve("image.tar.gz");
        Files.write(gz, TestLayer.gzip(Files.readAllBytes(Path.of(DEMO))));
        assertOneLineError(run("image", gz.toString()), gz + ": ");

        Path escape = TestArchives.dockerSave(temp.resolve("escape.tar"), "x:1",
                List.of(new TestLayer().file("../../etc/passwd", 10).tar()));
        assertOneLineError(run("image", escape.toString()), escape + ": ");

        assertOneLineError(run("image", DEMO, "--image", "nosuch:1"), DEMO + ": ");
    }

    private static void assertOneLineError(Result r, String prefix) {
        assertThat(r.code()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("dlint: " + prefix).endsWith("\n");
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void historyTextCannotDriveTheTerminal() throws IOException {
        byte[] layer = new TestLayer().file("etc/hosts", 20).tar();
        String config = TestArchives.config(List.of(layer), List.of("RUN echo \\u001b]0;pwned\\u0007\\u001b[2J"), "");
        Path archive = TestArchives.dockerSave(temp.resolve("evil.tar"), "evil:1", List.of(layer), config);
        Result r = run("image", "--color", "never", archive.toString());
        assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("RUN echo \\x1b]0;pwned\\x07\\x1b[2J");
    }

    @Test
    void otherFormatsRenderTheImageFindingsThroughTheLintReporters() throws IOException {
        Result sarif = run("image", "--format", "sarif", DEMO);
        assertThat(sarif.code()).isEqualTo(1);
        com.contrastsecurity.sarif.Run sarifRun = dev.dlint.report.SarifChecks.check("image-demo", sarif.out())
                .getRuns().get(0);
        assertThat(sarifRun.getResults()).hasSize(7).allSatisfy(r -> {
            assertThat(r.getLocations().get(0).getPhysicalLocation().getArtifactLocation().getUri()).isEqualTo(DEMO);
            assertThat(r.getLocations().get(0).getLogicalLocations()).hasSize(1);
        });
        assertThat(sarifRun.getResults()).extracting(r -> r.getLocations().get(0).getLogicalLocations().iterator().next()
                .getFullyQualifiedName()).contains("layer 0 (COPY files / # step 1) /root/.npmrc", "image config: no User");
        assertThat(sarifRun.getResults()).extracting(r -> r.getPartialFingerprints().getAdditionalProperties()
                .get("primaryLocationLineHash")).doesNotHaveDuplicates();
        assertThat(sarifRun.getTool().getDriver().getRules()).allSatisfy(rule ->
                assertThat(rule.getProperties().getTags()).contains("image").doesNotContain("dockerfile"));

        JsonNode gitlab = new ObjectMapper().readTree(run("image", "--format", "gitlab", DEMO).out());
        assertThat(gitlab).hasSize(7);
        assertThat(gitlab).extracting(i -> i.get("fingerprint").asText()).doesNotHaveDuplicates();
        assertThat(gitlab.get(0).at("/location/path").asText()).isEqualTo(DEMO);

        assertThat(run("image", "--format", "checkstyle", DEMO).out()).contains("<file name=\"" + DEMO + "\">")
                .contains("source=\"dlint.SecretInLowerLayer\"");
        Result codeclimate = run("image", "--format", "codeclimate", DEMO);
        assertThat(codeclimate.code()).as("a Code Climate engine must exit 0").isZero();
        assertThat(codeclimate.out()).contains("RootUserImage");
    }

    @Test
    void helpAndRulesListTheImageCommandAndRules() {
        assertThat(run("--help").out()).contains("image");
        Result help = run("image", "--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("--lowest-efficiency", "--max-wasted-bytes", "--ci-config", "Exit codes:");
        assertThat(run("rules").out()).contains("WastedBytes", "PackageCacheInImage", "SecretInLowerLayer",
                "RootUserImage", "DuplicateFileAcrossLayers");
    }
}
