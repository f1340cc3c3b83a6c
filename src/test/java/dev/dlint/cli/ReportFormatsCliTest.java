package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.report.SarifChecks;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report formats through the real command line: the real rules, several formats in one run, exit codes, stdin. */
class ReportFormatsCliTest {

    @TempDir
    Path repo;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void createRepository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        Files.writeString(repo.resolve("Dockerfile"), "FORM alpine:3.20\nRUN --bogus echo hi\n");
        Files.writeString(repo.resolve("Containerfile"), "FROM alpine:3.20\nRUN echo ok\n");
        Files.createDirectories(repo.resolve("web app"));
        Files.writeString(repo.resolve("web app/build.dockerfile"), "FROM alpine:3.20\nRUN apk add \\\n\n    curl\n");
    }

    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of("lint", "--repo-root", repo.toString(), "--no-color"));
        all.addAll(Arrays.asList(args));
        return Main.run(all.toArray(new String[0]), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private String file(String name) {
        return repo.resolve(name).toString();
    }

    @Test
    void severalFormatsInOneRunEachToItsOutput() throws Exception {
        Path sarif = repo.resolve("out/dlint.sarif");
        Files.createDirectories(sarif.getParent());
        int code = run("--format", "sarif", "--output", sarif.toString(),
                "--format", "checkstyle", "--output", file("out/checkstyle.xml"),
                "--format", "gitlab", "--output", file("out/gl-code-quality.json"),
                "--format", "compact",
                file("Dockerfile"), file("Containerfile"), file("web app/build.dockerfile"));
        assertThat(code).isEqualTo(1);

        String sarifText = Files.readString(sarif, StandardCharsets.UTF_8);
        Run run = SarifChecks.check("cli-real-rules", sarifText).getRuns().get(0);
        assertThat(run.getResults()).extracting(r -> r.getLocations().get(0).getPhysicalLocation()
                .getArtifactLocation().getUri()).containsOnly("Dockerfile", "web%20app/build.dockerfile");
        Result emptyContinuation = run.getResults().stream().filter(r -> r.getRuleId().equals("NoEmptyContinuation"))
                .findFirst().orElseThrow();
        assertThat(emptyContinuation.getLevel().value()).isEqualTo("warning");
        assertThat(emptyContinuation.getLocations().get(0).getPhysicalLocation().getRegion().getStartLine()).isEqualTo(3);

        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(repo.resolve("out/checkstyle.xml").toFile());
        JsonNode gitlab = new ObjectMapper().readTree(repo.resolve("out/gl-code-quality.json").toFile());
        assertThat(gitlab.size()).isEqualTo(run.getResults().size());
        assertThat(out.toString()).startsWith("Dockerfile:1:1: error SyntaxError: ")
                .contains("web app/build.dockerfile:3:1: warning NoEmptyContinuation: ");
    }

    @Test
    void exitCodeDoesNotDependOnTheFormatExceptCodeClimateAndCodacy() {
        for (OutputFormat format : OutputFormat.values()) {
            int code = run("--format", format.userName(), "--output", file("report.out"), file("Dockerfile"));
            int expected = format == OutputFormat.CODECLIMATE || format == OutputFormat.CODACY ? 0 : 1;
            assertThat(code).as("exit code with --format %s", format).isEqualTo(expected);
            assertThat(run("--format", format.userName(), "--output", file("report.out"),
                    file("Containerfile"))).as("clean run with --format %s", format).isZero();
            assertThat(run("--format", format.userName(), "--output", file("report.out"),
                    "--failure-threshold", "error", file("web app/build.dockerfile")))
                    .as("warning below an error threshold with --format %s", format).isZero();
        }
    }

    @Test
    void codeClimateStillFailsOnUnreadableInput() {
        assertThat(run("--format", "codeclimate", file("missing/Dockerfile"))).isEqualTo(3);
    }

    @Test
    void standardInputIsReportedUnderItsStdinFilename() {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream("FORM alpine\n".getBytes(StandardCharsets.UTF_8)));
            int code = run("--format", "sarif", "--stdin-filename", file("docker/Dockerfile"), "-");
            assertThat(code).isEqualTo(1);
        } finally {
            System.setIn(original);
        }
        Run run = SarifChecks.check("cli-stdin", out.toString()).getRuns().get(0);
        assertThat(run.getResults()).isNotEmpty().allSatisfy(r -> assertThat(r.getLocations().get(0)
                .getPhysicalLocation().getArtifactLocation().getUri()).isEqualTo("docker/Dockerfile"));
    }

    @Test
    void sarifCategoryAndAllRulesOptions() {
        run("--format", "sarif", "--sarif-category", "dlint/api", "--sarif-all-rules", file("Containerfile"));
        Run run = SarifChecks.check("cli-all-rules", out.toString()).getRuns().get(0);
        assertThat(run.getAutomationDetails().getId()).isEqualTo("dlint/api/");
        assertThat(run.getTool().getDriver().getRules()).extracting(r -> r.getId())
                .contains("SyntaxError", "NoEmptyContinuation");
        assertThat(run.getResults()).isEmpty();
    }

    @Test
    void repoRootMustBeADirectory() {
        int code = Main.run(new String[] {"lint", "--repo-root", file("Dockerfile"), file("Dockerfile")},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--repo-root").contains("is not a directory");
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertThat(run("--format", "yaml", file("Dockerfile"))).isEqualTo(2);
    }
}
