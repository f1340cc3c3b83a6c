package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.report.SarifChecks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dlint image --dockerfile} on the image testdata/images/attribution/build.sh builds from the Containerfile
 * beside it: every layer tied to its line and every wasted file to its writing and hiding lines, in every format;
 * the image's findings at the Containerfile's lines with the hiding line as a related location; the configuration
 * key; and the errors for a missing file or stage.
 */
class ImageDockerfileCliTest {

    private static final String DIR = "testdata/images/attribution";
    private static final String IMAGE = DIR + "/attribution-oci.tar";
    private static final String FILE = DIR + "/Containerfile";
    private static final String[] ARGS = {"image", IMAGE, "--dockerfile", FILE, "--target", "app",
        "--lowest-efficiency", "off", "--highest-user-wasted-percent", "off", "--no-color"};
    /** The line of each layer: the busybox base (two layers) at the FROM, then the Containerfile's own lines. */
    private static final int[] LAYER_LINES = {6, 6, 7, 17, 18, 19, 21, 22};

    @TempDir
    Path temp;

    record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), new HashMap<>());
        return new Outcome(code, out.toString(), err.toString());
    }

    private static Outcome format(String format) {
        List<String> args = new ArrayList<>(List.of(ARGS));
        args.addAll(List.of("--format", format));
        return run(args.toArray(String[]::new));
    }

    @Test
    void jsonTiesEveryLayerAndEveryWastedFileToLines() throws IOException {
        Outcome r = format("json");
        assertThat(r.code()).isEqualTo(1);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode layers = doc.get("layers");
        assertThat(layers).hasSize(LAYER_LINES.length);
        for (int i = 0; i < LAYER_LINES.length; i++) {
            JsonNode source = layers.get(i).get("source");
            assertThat(source.get("file").asText()).as("layer %d", i).isEqualTo(FILE);
            assertThat(source.get("line").asInt()).as("layer %d", i).isEqualTo(LAYER_LINES[i]);
            assertThat(source.get("match").asText()).isEqualTo("history");
            assertThat(layers.get(i).has("sourceNote")).as("layer %d is certain", i).isFalse();
        }
        assertThat(layers.get(5).at("/source/endLine").asInt()).isEqualTo(20);
        assertThat(layers.get(0).get("baseImage").asBoolean()).isTrue();
        List<org.assertj.core.groups.Tuple> waste = new ArrayList<>();
        for (JsonNode f : doc.at("/waste/files")) {
            assertThat(f.at("/writtenBy/file").asText()).isEqualTo(FILE);
            assertThat(f.at("/hiddenBy/file").asText()).isEqualTo(FILE);
            waste.add(tuple(f.get("path").asText(), f.get("kind").asText(), f.at("/writtenBy/line").asInt(),
                    f.at("/hiddenBy/line").asInt()));
        }
        assertThat(waste).containsExactlyInAnyOrder(
                tuple("/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_main_binary-amd64_Packages", "deleted",
                        17, 21),
                tuple("/var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease", "deleted", 17, 21),
                tuple("/srv/app/app.bin", "metadata-only-copy", 18, 19),
                tuple("/srv/app/config.yaml", "metadata-only-copy", 18, 19),
                tuple("/srv/app/settings.txt", "overwritten", 18, 19));
        assertThat(doc.at("/attribution/target").asText()).isEqualTo("app");
        assertThat(doc.at("/attribution/attributed").asInt()).isEqualTo(8);
        List<org.assertj.core.groups.Tuple> findings = new ArrayList<>();
        for (JsonNode f : doc.get("findings")) {
            findings.add(tuple(f.get("rule").asText(), f.get("file").asText(), f.get("line").asInt(),
                    f.at("/related/0/line").asInt()));
        }
        assertThat(findings).containsExactly(
                tuple("PackageCacheInImage", FILE, 17, 0),
                tuple("WastedBytes", FILE, 17, 21),
                tuple("WastedBytes", FILE, 18, 19),
                tuple("ChownAfterCopy", FILE, 19, 18),
                tuple("SplitInstallCleanup", FILE, 21, 17));
        assertThat(doc.at("/findings/1/message").asText()).contains("written by layer 3 (RUN apt-get update")
                .contains(", line 17) are deleted by layer 6 (RUN rm -rf /var/lib/apt/lists/*, line 21)");
    }

    @Test
    void theDockerfileRulesThatPredictWasteGetTheMeasuredBytes() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(format("json").out());
        List<org.assertj.core.groups.Tuple> checks = new ArrayList<>();
        for (JsonNode c : doc.at("/attribution/crossCheck")) {
            checks.add(tuple(c.get("rule").asText(), c.get("line").asInt(), c.get("layer").asInt(),
                    c.get("measuredBytes").asLong(), c.get("agrees").asBoolean()));
        }
        // the chown copies up app.bin (1200000) and config.yaml (11); settings.txt is overwritten, not copied up;
        // the cleanup deletes the two list files (1500000 + 9000) that line 17 wrote
        assertThat(checks).containsExactly(tuple("ChownAfterCopy", 19, 5, 1200011L, true),
                tuple("SplitInstallCleanup", 21, 6, 1509000L, true));
        assertThat(doc.at("/findings/4/message").asText()).endsWith("Measured on the image: 1509000 bytes (1.5 MB)"
                + " deleted by the layer of line 21 from the layer of line 17.");
        assertThat(format("tty").out()).contains("Dockerfile rules, measured on the image\n  line 19: ChownAfterCopy"
                + " agrees with the image: 1200011 bytes (1.2 MB) copied again by the layer of");
        // stage debug's cleanup (line 27) made no layer of this image: it is not measured
        assertThat(doc.at("/attribution/crossCheck").toString()).doesNotContain("\"line\":27");
    }

    @Test
    void sarifPutsTheFindingsOnTheContainerfileWithTheHidingLineRelated() {
        Outcome r = format("sarif");
        assertThat(r.code()).isEqualTo(1);
        Run sarif = SarifChecks.check("image-dockerfile", r.out()).getRuns().get(0);
        List<Result> wasted = sarif.getResults().stream().filter(x -> x.getRuleId().equals("WastedBytes")).toList();
        assertThat(wasted).extracting(x -> x.getLocations().get(0).getPhysicalLocation().getArtifactLocation().getUri(),
                x -> x.getLocations().get(0).getPhysicalLocation().getRegion().getStartLine(),
                x -> x.getRelatedLocations().iterator().next().getPhysicalLocation().getRegion().getStartLine())
                .containsExactly(tuple(FILE, 17, 21), tuple(FILE, 18, 19));
        Result copyUp = wasted.get(1);
        assertThat(copyUp.getLocations().get(0).getPhysicalLocation().getRegion().getEndLine()).isEqualTo(18);
        assertThat(copyUp.getRelatedLocations().iterator().next().getPhysicalLocation().getRegion().getEndLine())
                .as("the chown RUN's two lines").isEqualTo(20);
        assertThat(copyUp.getRelatedLocations().iterator().next().getMessage().getText())
                .isEqualTo("Line 19 (layer 5) copies `/srv/app` again only to change mode or owner");
    }

    @Test
    void everyOtherFormatReportsAtTheLines() throws IOException {
        assertThat(format("github").out()).contains("::warning file=" + FILE
                + ",line=17,col=1,endLine=17,endColumn=70,title=WastedBytes::").contains("::warning file=" + FILE
                + ",line=18,col=1,endLine=18,endColumn=23,title=WastedBytes::");
        assertThat(format("compact").out()).contains(FILE + ":17:1: warning PackageCacheInImage: ")
                .contains(FILE + ":17:1: warning WastedBytes: ").contains(FILE + ":18:1: warning WastedBytes: ");
        assertThat(format("gnu").out()).contains(FILE + ":18:1: warning: `/srv/app` (2 files in 2 paths, 1.2 MB)");
        assertThat(format("checkstyle").out()).contains("<file name=\"" + FILE + "\">")
                .contains("<error line=\"18\" column=\"1\" severity=\"warning\" message=\"`/srv/app`");
        assertThat(format("junit").out()).contains("name=\"WastedBytes at 18:1\" file=\"" + FILE + "\" line=\"18\"");
        JsonNode gitlab = new ObjectMapper().readTree(format("gitlab").out());
        assertThat(gitlab).extracting(i -> i.at("/location/path").asText(), i -> i.at("/location/lines/begin").asInt())
                .contains(tuple(FILE, 17), tuple(FILE, 18));
        JsonNode sonar = new ObjectMapper().readTree(format("sonarqube").out());
        assertThat(sonar.get("issues")).extracting(i -> i.at("/primaryLocation/filePath").asText(),
                i -> i.at("/primaryLocation/textRange/startLine").asInt()).contains(tuple(FILE, 17), tuple(FILE, 18));
    }

    @Test
    void ttyShowsTheLineBesideEachLayerAndBothLinesOfEachWastedPath() {
        Outcome r = format("tty");
        assertThat(r.out()).contains("Dockerfile: " + FILE + ", stage app: 8 of 8 layers tied to lines (from the"
                + " history)");
        assertThat(r.out()).containsPattern("\\n  3 +1\\.6 MB +1\\.5 MB +\\S+ +Containerfile:17 +RUN apt-get update")
                .containsPattern("\\n  0 +2\\.0 MB +0 B +\\S+ +Containerfile:6 +COPY file:")
                .contains("layer 3 (Containerfile:17) → layer 6 (Containerfile:21)  deleted")
                .contains("layer 4 (Containerfile:18) → layer 5 (Containerfile:19)  metadata-only-copy")
                .contains("Findings in " + FILE + "\n  warning PackageCacheInImage at line 17\n")
                .contains("↳ Line 21 (layer 6) deletes `/var/lib/apt/lists`, which does not shrink the layer that"
                        + " wrote it");
    }

    @Test
    void theReadmeExampleIsWhatDlintPrints() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String start = "$ dlint image --dockerfile testdata/images/attribution/Containerfile --target app \\\n";
        int from = readme.indexOf(start);
        assertThat(from).as("the README's example").isPositive();
        String example = readme.substring(readme.indexOf('\n', readme.indexOf('\n', from) + 1) + 1,
                readme.indexOf("```", from));
        String actual = format("tty").out();
        for (String line : example.split("\n")) {
            if (!line.strip().equals("…")) {
                assertThat(actual).as("README line").contains(line + "\n");
            }
        }
    }

    @Test
    void theConfigurationNamesTheDockerfile() throws IOException {
        Path config = temp.resolve(".dlint.yaml");
        Path containerfile = Path.of(FILE).toAbsolutePath();
        Files.writeString(config, "image:\n  dockerfile: " + containerfile + "\n  target: app\n");
        Outcome r = run("image", IMAGE, "--config", config.toString(), "--format", "compact",
                "--lowest-efficiency", "off", "--highest-user-wasted-percent", "off");
        assertThat(r.out()).contains("Containerfile:18:1: warning WastedBytes: ");
        Files.writeString(config, "image:\n  dockerfile: [a, b]\n");
        Outcome bad = run("image", IMAGE, "--config", config.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("dlint: invalid configuration: " + config
                + ":2: image.dockerfile must be a path or name, not a list\n");
    }

    @Test
    void aMissingFileOrStageIsAUsageErrorThatSaysWhatThereIs() {
        Outcome missing = run("image", IMAGE, "--dockerfile", DIR + "/no-such-file");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("dlint: --dockerfile " + DIR + "/no-such-file: cannot read it (no such"
                + " file)\n");
        Outcome stage = run("image", IMAGE, "--dockerfile", FILE, "--target", "prod");
        assertThat(stage.code()).isEqualTo(2);
        assertThat(stage.err()).isEqualTo("dlint: --target prod: " + FILE + " has no such stage (stages: base, build,"
                + " app, debug)\n");
        Outcome alone = run("image", IMAGE, "--target", "app");
        assertThat(alone.code()).isEqualTo(2);
        assertThat(alone.err()).contains("--target goes with --dockerfile");
        assertThat(missing.out() + stage.out() + alone.out()).isEmpty();
    }

    @Test
    void theWrongTargetLeavesLayersUnattributedAndSaysSo() throws IOException {
        // the image is stage app; matched against stage build, only the base layers and the shared stage fit
        List<String> args = new ArrayList<>(List.of(ARGS));
        args.set(args.indexOf("app"), "build");
        args.addAll(List.of("--format", "json"));
        JsonNode doc = new ObjectMapper().readTree(run(args.toArray(String[]::new)).out());
        assertThat(doc.at("/layers/2/source/line").asInt()).isEqualTo(7);
        assertThat(doc.at("/layers/4/source").isNull()).isTrue();
        assertThat(doc.at("/attribution/notes").toString()).contains("matches no instruction of stage \\\"build\\\"");
        Map<String, Integer> moved = new HashMap<>();
        doc.get("findings").forEach(f -> moved.merge(f.get("file").asText(), 1, Integer::sum));
        assertThat(moved.get(IMAGE)).as("findings about unattributed layers stay with the image").isPositive();
    }
}
