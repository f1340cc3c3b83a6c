package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dlint cache} from the user's side: the tty and JSON formats of issue 12's contract, {@code --since} and
 * {@code --history} on a real git repository, and bad input as one-line messages with the right exit code.
 */
class CacheCommandTest {

    private static final String DOCKERFILE = """
            FROM alpine:3.20 AS build
            WORKDIR /app
            COPY package.json ./
            RUN npm ci
            ARG VERSION
            COPY src/ ./src/
            RUN npm run build

            FROM alpine:3.20 AS unused
            RUN echo never

            FROM nginx:1.27
            COPY --from=build /app/dist /usr/share/nginx/html
            LABEL v=1
            """;

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void context() throws IOException {
        file("Dockerfile", DOCKERFILE);
        file("package.json", "{}\n");
        file("src/a.js", "a\n");
        file("docs/x.md", "docs\n");
        file(".dockerignore", "docs\n");
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
        return path;
    }

    private String dockerfile() {
        return dir.resolve("Dockerfile").toString();
    }

    private static JsonNode json(Run run) throws IOException {
        assertThat(run.code()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static JsonNode step(JsonNode root, int line) {
        for (JsonNode step : root.get("steps")) {
            if (step.get("line").asInt() == line) {
                return step;
            }
        }
        throw new AssertionError("no step for line " + line + ": " + root);
    }

    @Test
    void jsonListsEveryInstructionInFileOrderWithTheContractsFields() throws IOException {
        JsonNode root = json(run("cache", "--changed", "src/a.js", "--format", "json", dockerfile()));
        List<Integer> lines = new ArrayList<>();
        for (JsonNode step : root.get("steps")) {
            lines.add(step.get("line").asInt());
            assertThat(step.has("endLine")).isTrue();
            assertThat(step.get("rebuilds").isBoolean()).isTrue();
        }
        assertThat(lines).containsExactly(1, 2, 3, 4, 5, 6, 7, 9, 10, 12, 13, 14);
        assertThat(step(root, 1).get("instruction").asText()).isEqualTo("FROM");
        assertThat(step(root, 1).get("stage").asText()).isEqualTo("build");
        assertThat(step(root, 12).get("stage").asText()).isEqualTo("2");
        assertThat(step(root, 3).get("rebuilds").asBoolean()).isFalse();
        assertThat(step(root, 3).get("cause").isNull()).isTrue();

        JsonNode copy = step(root, 6);
        assertThat(copy.get("instruction").asText()).isEqualTo("COPY");
        assertThat(copy.get("rebuilds").asBoolean()).isTrue();
        assertThat(copy.get("cause").get("kind").asText()).isEqualTo("file");
        assertThat(copy.get("cause").get("detail").asText()).contains("src/a.js").contains("src/");
        assertThat(step(root, 7).get("cause").get("kind").asText()).isEqualTo("parent");
        assertThat(step(root, 13).get("cause").get("kind").asText()).isEqualTo("stage");
        assertThat(step(root, 13).get("cause").get("detail").asText()).contains("build");
        assertThat(step(root, 14).get("rebuilds").asBoolean()).isTrue();
        assertThat(step(root, 10).get("built").asBoolean()).isFalse();
        assertThat(step(root, 10).get("rebuilds").asBoolean()).isFalse();
        assertThat(root.get("summary").get("text").asText())
                .isEqualTo("4 of 10 steps rebuild; first miss: line 6 COPY src/ ./src/");
    }

    @Test
    void aChangedArgumentRebuildsTheRunsAfterItsDeclarationOnly() throws IOException {
        JsonNode root = json(run("cache", "--changed-arg", "VERSION", "-f", "json", dockerfile()));
        assertThat(step(root, 4).get("rebuilds").asBoolean()).isFalse();
        assertThat(step(root, 6).get("rebuilds").asBoolean()).isFalse();
        JsonNode build = step(root, 7);
        assertThat(build.get("rebuilds").asBoolean()).isTrue();
        assertThat(build.get("cause").get("kind").asText()).isEqualTo("arg");
        assertThat(build.get("cause").get("detail").asText()).contains("VERSION");
    }

    @Test
    void ignoredAndUnselectedFilesRebuildNothing() throws IOException {
        file("notes.txt", "n\n");
        JsonNode root = json(run("cache", "--changed", "docs/x.md", "--changed", "notes.txt", "-f", "json",
                dockerfile()));
        for (JsonNode step : root.get("steps")) {
            assertThat(step.get("rebuilds").asBoolean()).as(step.toString()).isFalse();
        }
        assertThat(root.get("summary").get("text").asText()).isEqualTo("0 of 10 steps rebuild; everything is cached");
    }

    @Test
    void ttyShowsEachStageItsStepsTheCausesAndASummary() {
        Run r = run("cache", "--changed", "package.json", dockerfile());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("stage \"build\" (line 1)\n")
                .containsPattern("(?m)^ +2  WORKDIR /app +cached$")
                .containsPattern("(?m)^ +3  COPY package.json ./ +rebuilds: \"package.json\" matches COPY source"
                        + " \"package.json\"$")
                .containsPattern("(?m)^ +4  RUN npm ci +rebuilds: parent step rebuilt \\(line 3 COPY package.json"
                        + " ./\\)$")
                .contains("stage \"unused\" (line 9): not built, the target does not need it\n")
                .containsPattern("(?m)^ +12  FROM nginx:1.27 +cached$")
                .endsWith(dockerfile() + ": 7 of 10 steps rebuild; first miss: line 3 COPY package.json ./\n");
        assertThat(r.out()).doesNotContain("echo never");
    }

    @Test
    void targetLeavesLaterStagesUnbuilt() throws IOException {
        JsonNode root = json(run("cache", "--changed", "src/a.js", "--target", "build", "-f", "json",
                dockerfile()));
        assertThat(step(root, 7).get("rebuilds").asBoolean()).isTrue();
        assertThat(step(root, 13).get("built").asBoolean()).isFalse();
        assertThat(step(root, 13).get("rebuilds").asBoolean()).isFalse();
    }

    @Test
    void sinceTakesTheChangedFilesFromGitPlusUntrackedOnes() throws Exception {
        git("init", "-q", ".");
        commitAll("one");
        Files.writeString(dir.resolve("package.json"), "{\"a\": 1}\n");
        commitAll("two");
        JsonNode committed = json(run("cache", "--since", "HEAD~1", "-f", "json", dockerfile()));
        assertThat(step(committed, 3).get("rebuilds").asBoolean()).isTrue();
        assertThat(step(committed, 3).get("cause").get("detail").asText()).contains("package.json");

        JsonNode clean = json(run("cache", "--since", "HEAD", "-f", "json", dockerfile()));
        assertThat(clean.get("summary").get("rebuilds").asInt()).isZero();

        file("src/new.js", "untracked\n");
        JsonNode untracked = json(run("cache", "--since", "HEAD", "-f", "json", dockerfile()));
        assertThat(step(untracked, 3).get("rebuilds").asBoolean()).isFalse();
        assertThat(step(untracked, 6).get("cause").get("detail").asText()).contains("src/new.js");

        Run unknown = run("cache", "--since", "no-such-revision", dockerfile());
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).isEqualTo("dlint: git: unknown revision: no-such-revision\n");
    }

    @Test
    void historyCountsRebuildsPerStepOverTheLastCommits() throws Exception {
        git("init", "-q", ".");
        commitAll("one");
        Files.writeString(dir.resolve("src/a.js"), "a2\n");
        commitAll("two");
        Files.writeString(dir.resolve("package.json"), "{\"b\": 2}\n");
        commitAll("three");
        Files.writeString(dir.resolve("src/a.js"), "a3\n");
        commitAll("four");
        Files.writeString(dir.resolve("docs/x.md"), "ignored by the build\n");
        commitAll("five");

        JsonNode root = json(run("cache", "--history", "4", "-f", "json", dockerfile()));
        assertThat(root.get("commits").asInt()).isEqualTo(4);
        assertThat(step(root, 1).get("rebuilds").asInt()).isZero();
        assertThat(step(root, 3).get("rebuilds").asInt()).isEqualTo(1);
        assertThat(step(root, 4).get("rebuilds").asInt()).isEqualTo(1);
        assertThat(step(root, 6).get("rebuilds").asInt()).isEqualTo(3);
        assertThat(step(root, 6).get("ownCauses").asInt()).isEqualTo(2);
        assertThat(step(root, 13).get("rebuilds").asInt()).isEqualTo(3);
        assertThat(step(root, 10).get("built").asBoolean()).isFalse();

        Run tty = run("cache", "--history", "4", dockerfile());
        assertThat(tty.code()).as(tty.err()).isZero();
        assertThat(tty.out()).startsWith(dockerfile() + ": rebuilds over the last 4 commits\n")
                .containsPattern("(?m)^ +6  COPY src/ ./src/ +3/4  \\(its own input in 2\\)$")
                .contains("What reordering would save:");
    }

    @Test
    void theReadmeExampleIsWhatDlintPrints() throws IOException {
        String readme = Files.readString(SharedFiles.projectRoot().resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## What a change rebuilds\n");
        assertThat(section).as("README section on dlint cache").isPositive();
        String dockerfile = block(readme, section, "```dockerfile\n");
        String printed = block(readme, section, "```text\n");
        Path example = dir.resolve("example");
        Files.createDirectories(example.resolve("src"));
        Files.createDirectories(example.resolve("docs"));
        Files.writeString(example.resolve("Dockerfile"), dockerfile, StandardCharsets.UTF_8);
        Files.writeString(example.resolve(".dockerignore"), "docs\n", StandardCharsets.UTF_8);
        Files.writeString(example.resolve("package.json"), "{}\n", StandardCharsets.UTF_8);
        Files.writeString(example.resolve("src/a.js"), "a\n", StandardCharsets.UTF_8);
        Files.writeString(example.resolve("docs/x.md"), "x\n", StandardCharsets.UTF_8);
        Run r = run("cache", "--changed", "src/a.js", "--context", example.toString(),
                example.resolve("Dockerfile").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().replace(example.resolve("Dockerfile").toString(), "Dockerfile")).isEqualTo(printed);
    }

    private static String block(String text, int from, String fence) {
        int start = text.indexOf(fence, from);
        assertThat(start).as("a %s block", fence.strip()).isPositive();
        start += fence.length();
        return text.substring(start, text.indexOf("```\n", start));
    }

    @Test
    void badInputIsOneLineAndTheRightExitCode() throws IOException {
        Run missing = run("cache", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).isEqualTo("dlint: " + dir.resolve("nope") + ": cannot read: no such file\n");

        Run mixed = run("cache", "--history", "3", "--changed", "a", dockerfile());
        assertThat(mixed.code()).isEqualTo(2);
        assertThat(mixed.err()).contains("--history counts the commits' own changes").doesNotContain("Exception");

        Run badArg = run("cache", "--changed-arg", "A=B", dockerfile());
        assertThat(badArg.code()).isEqualTo(2);
        assertThat(badArg.err()).contains("--changed-arg takes the name of a build argument");

        Run target = run("cache", "--target", "nosuchstage", dockerfile());
        assertThat(target.code()).isEqualTo(2);
        assertThat(target.err()).contains("--target").doesNotContain("Exception");

        Run notGit = run("cache", "--since", "HEAD", "--context", dir.toString(), dockerfile());
        if (!Files.exists(dir.resolve(".git"))) {
            assertThat(notGit.code()).isEqualTo(3);
            assertThat(notGit.err()).startsWith("dlint: git: ");
        }

        Path noFrom = file("Empty.Dockerfile", "# nothing\n");
        Run empty = run("cache", noFrom.toString());
        assertThat(empty.code()).isEqualTo(3);
        assertThat(empty.err()).isEqualTo(noFrom + ":1:1: error: file with no instructions\n");
    }

    private void commitAll(String message) throws Exception {
        git("add", "-A");
        git("-c", "user.email=test@example.com", "-c", "user.name=test", "-c", "commit.gpgsign=false", "commit",
                "-q", "-m", message);
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("HOME", dir.toString());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            System.err.println("SKIPPED: CacheCommandTest git part: git is not installed");
            Assumptions.abort("git is not installed");
            return;
        }
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("git %s: %s", command, output).isZero();
    }
}
