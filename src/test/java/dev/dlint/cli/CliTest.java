package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line from the user's side: arguments in, output and exit code out. */
class CliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        return runWithStdin("", args);
    }

    private Run runWithStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    private Path file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return path;
    }

    @Test
    void cleanFileExitsZeroWithNoOutput() throws IOException {
        Path f = file("Dockerfile", "FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0\n");
        Run r = run(f.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).isEmpty();
    }

    @Test
    void findingsPrintPathLineColumnAndCaretAndExitOne() throws IOException {
        Path f = file("Dockerfile", "FROM node\n");
        Run r = run("lint", "--no-color", f.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).startsWith(f + ":1:6: warning UnpinnedBaseImage: FROM image 'node' has no tag")
                .contains("  FROM node\n       ^~~~\n")
                .endsWith("1 problem (1 warning) in 1 file\n");
    }

    @Test
    void thresholdAndNoFailDecideTheExitCode() throws IOException {
        Path f = file("Dockerfile", "FROM node\n");
        assertThat(run("-t", "error", f.toString()).code()).isZero();
        assertThat(run("--failure-threshold", "warning", f.toString()).code()).isEqualTo(1);
        assertThat(run("--no-fail", f.toString()).code()).isZero();
        assertThat(run("--severity", "DL3006=error", "-t", "error", f.toString()).code()).isEqualTo(1);
        assertThat(run("--ignore", "DL3006", f.toString()).code()).isZero();
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        Path f = file("Dockerfile", "FROM node\n");
        assertThat(run().code()).isEqualTo(2);
        Run badOption = run("--frobnicate", f.toString());
        assertThat(badOption.code()).isEqualTo(2);
        assertThat(badOption.err()).contains("Unknown option: '--frobnicate'");
        assertThat(run("--ignore", "NoSuchRule", f.toString()).err()).contains("unknown rule 'NoSuchRule'");
        assertThat(run("-t", "fatal", f.toString()).code()).isEqualTo(2);
        Run badFormat = run("--format", "yaml", f.toString());
        assertThat(badFormat.code()).isEqualTo(2);
        assertThat(badFormat.err()).contains("unknown format 'yaml'; expected one of tty, json, hadolint-json, sarif");
    }

    @Test
    void formatNamesIgnoreCaseAndAcceptHadolintsGitlabName() throws IOException {
        Path f = file("Dockerfile", "FROM node\n");
        String gitlab = run("--format", "gitlab", f.toString()).out();
        assertThat(gitlab).startsWith("[").contains("\"check_name\"");
        assertThat(run("--format", "gitlab_codeclimate", f.toString()).out()).isEqualTo(gitlab);
        assertThat(run("--format", "GITLAB", f.toString()).out()).isEqualTo(gitlab);
    }

    @Test
    void invalidConfigurationExitsTwoNamingFileAndLine() throws IOException {
        Path f = file("Dockerfile", "FROM node\n");
        Path config = file("bad.yaml", "ignore: [SyntaxError]\nbogus: 1\n");
        Run r = run("--config", config.toString(), f.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(config + ":2: unknown key 'bogus'");
    }

    @Test
    void unreadableInputExitsThreeAndTheOthersAreStillLinted() throws IOException {
        Path f = file("Dockerfile", "FROM node\n");
        Run r = run("--no-color", dir.resolve("missing/Dockerfile").toString(), f.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("missing/Dockerfile: no such file or directory");
        assertThat(r.out()).contains("UnpinnedBaseImage");
    }

    @Test
    void jsonHasEveryRequiredField() throws IOException {
        Path f = file("Dockerfile", "FROM node\n");
        Run r = run("--format", "json", f.toString());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode finding = doc.get("findings").get(0);
        assertThat(finding.get("rule").asText()).isEqualTo("UnpinnedBaseImage");
        assertThat(finding.get("severity").asText()).isEqualTo("warning");
        assertThat(finding.get("file").asText()).isEqualTo(f.toString());
        assertThat(finding.get("line").asInt()).isEqualTo(1);
        assertThat(finding.get("column").asInt()).isEqualTo(6);
        assertThat(finding.get("endLine").asInt()).isEqualTo(1);
        assertThat(finding.get("endColumn").asInt()).isEqualTo(10);
        assertThat(finding.has("message")).isTrue();
        assertThat(finding.has("related")).isTrue();
    }

    @Test
    void syntaxErrorsAreFindingsOfRuleSyntaxError() throws IOException {
        Path f = file("Dockerfile", "FROM alpine:3.20\nFROMM x\n");
        JsonNode doc = new ObjectMapper().readTree(run("-f", "json", f.toString()).out());
        assertThat(doc.get("findings").get(0).get("rule").asText()).isEqualTo("SyntaxError");
    }

    @Test
    void standardInputReportsTheStdinFilename() {
        Run r = runWithStdin("FROM node\n", "--no-color", "--stdin-filename", "services/api/Dockerfile", "-");
        assertThat(r.out()).startsWith("services/api/Dockerfile:1:6: warning UnpinnedBaseImage");
    }

    @Test
    void directoriesAreSearchedRecursively() throws IOException {
        file("a/Dockerfile", "FROM node\n");
        file("b/web.dockerfile", "FROM node\n");
        file("c/Dockerfile.dev", "FROM node\n");
        file("d/Containerfile", "FROM node\n");
        file("e/Dockerfile.dockerignore", "*.log\n");
        file(".git/Dockerfile", "FROM node\n");
        file("node_modules/x/Dockerfile", "FROM node\n");
        JsonNode doc = new ObjectMapper().readTree(run("-f", "json", dir.toString()).out());
        assertThat(doc.get("files")).extracting(n -> dir.relativize(Path.of(n.get("file").asText())).toString())
                .containsExactly("a/Dockerfile", "b/web.dockerfile", "c/Dockerfile.dev", "d/Containerfile");
    }

    @Test
    void multipleFormatsGoToTheirOutputs() throws IOException {
        Path f = file("Dockerfile", "FROM node\n");
        Path json = dir.resolve("report.json");
        Run r = run("--no-color", "-f", "tty", "-f", "json", "-o", "-", "-o", json.toString(), f.toString());
        assertThat(r.out()).contains("UnpinnedBaseImage");
        assertThat(Files.readString(json)).contains("\"rule\" : \"UnpinnedBaseImage\"");
    }

    @Test
    void buildArgsResolveFromLines() throws IOException {
        Path f = file("Dockerfile", "ARG TAG=3.20\nFROM alpine:${TAG}\n");
        assertThat(run(f.toString()).code()).isZero();
        assertThat(run("--build-arg", "TAG=latest", f.toString()).code()).isEqualTo(1);
    }

    @Test
    void rulesCatalogueAsJson() throws IOException {
        JsonNode rules = new ObjectMapper().readTree(run("rules", "--format", "json").out());
        JsonNode unpinned = null;
        for (JsonNode rule : rules) {
            assertThat(rule.fieldNames()).toIterable().contains("name", "aliases", "severity", "category", "summary", "fixable");
            if (rule.get("name").asText().equals("UnpinnedBaseImage")) {
                unpinned = rule;
            }
        }
        assertThat(unpinned).isNotNull();
        assertThat(unpinned.get("aliases")).extracting(JsonNode::asText).containsExactly("DL3006", "DL3007");
    }

    @Test
    void explainPrintsTheDocumentAndParsePrintsBuildKitsDump() throws IOException {
        assertThat(run("explain", "DL3006").out()).startsWith("# UnpinnedBaseImage\n");
        Path f = file("Dockerfile", "FROM alpine\nRUN echo hi\n");
        assertThat(run("parse", "--format", "buildkit", f.toString()).out()).isEqualTo("(from \"alpine\")\n(run \"echo hi\")\n");
        Run bad = run("parse", file("bad/Dockerfile", "ENV PATH\n").toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains(":1:5: error: ENV must have two arguments");
    }

    @Test
    void helpListsTheExitCodesAndVersionPrints() {
        assertThat(run("--help").out()).contains("Exit codes:").contains("Findings at or above the failure threshold.")
                .contains("An input could not be read.");
        assertThat(run("--version").out()).startsWith("dlint ");
    }
}
