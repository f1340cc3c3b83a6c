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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dlint context} and the context rules from the command line, on real directories: a Node app with its Git
 * history and {@code node_modules}, a {@code .dockerignore} with a negation, symlinks out of the context, standard
 * input with and without {@code --context}, and unreadable files.
 */
class ContextCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String stdin, String... args) {
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

    private Path file(String name, int bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.write(path, new byte[bytes]);
        return path;
    }

    private Path file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return path;
    }

    private static final String NODE_APP = "FROM node:22-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\n"
            + "COPY . .\nCMD [\"node\", \"index.js\"]\n";

    private void nodeApp() throws IOException {
        file("Dockerfile", NODE_APP);
        file("package.json", "{}");
        file("index.js", 300);
        file(".git/HEAD", "ref: refs/heads/main\n");
        file(".git/objects/ab/cd", 40_000);
        file("node_modules/lodash/index.js", 70_000);
        file("docs/guide.md", 500);
        file("docs/README.md", 200);
        Files.createSymbolicLink(dir.resolve("etc"), Path.of("/etc"));
        Files.createSymbolicLink(dir.resolve("up"), Path.of("../../.."));
    }

    @Test
    void listsWhatEachCopySendsAndWhatTheIgnoreFileKeepsOut() throws IOException {
        nodeApp();
        file(".dockerignore", ".git\ndocs\n!docs/README.md\n");
        Run r = run("", "context", dir.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("  .dockerignore: " + dir + "/.dockerignore\n")
                .contains("  sends 6 files, 71 kB\n")
                .contains(":3: COPY package.json ./  (stage 0)\n  package.json: 1 file, 2 B\n\n")
                .contains(":5: COPY . .  (stage 0)\n  .: 6 files, 71 kB\n    node_modules: 1 file, 70 kB\n")
                .contains("Kept out by " + dir + "/.dockerignore:\n")
                // BuildKit does not walk an excluded directory that nothing re-includes
                .contains("  .git/: not walked (line 1: .git)\n")
                .contains("  docs/guide.md: 1 file, 500 B (line 2: docs)\n")
                .doesNotContain("docs/README.md:")
                // the links are sent as links; nothing of /etc is listed
                .doesNotContain("passwd").doesNotContain("etc/");
    }

    @Test
    void jsonHasTheSameNumbers() throws IOException {
        nodeApp();
        Run r = run("", "context", "--format", "json", dir.toString());
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("dockerignore").isNull()).isTrue();
        assertThat(root.get("copies")).hasSize(2);
        JsonNode all = root.get("copies").get(1);
        assertThat(all.get("line").asInt()).isEqualTo(5);
        assertThat(all.get("outcome").asText()).isEqualTo("selected");
        // Dockerfile, package.json, index.js, .git/HEAD, .git/objects/ab/cd, node_modules/..., 2 docs
        assertThat(all.get("files").asLong()).isEqualTo(8);
        assertThat(all.get("largest").get(0).get("name").asText()).isEqualTo("node_modules");
        assertThat(all.get("largest").get(0).get("bytes").asLong()).isEqualTo(70_000);
        assertThat(root.get("sent").get("files").asLong()).isEqualTo(8);
        assertThat(root.get("excluded")).isEmpty();
    }

    @Test
    void badArgumentsAreOneLineErrors() throws IOException {
        Run missingDir = run("", "context", dir.resolve("nope").toString());
        assertThat(missingDir.code()).isEqualTo(2);
        assertThat(missingDir.err()).startsWith("dlint: ").contains("not a directory");
        Run missingFile = run("", "context", dir.toString());
        assertThat(missingFile.code()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
        assertThat(missingFile.err()).contains("Dockerfile: cannot read: no such file");
        file("Dockerfile", NODE_APP);
        Run badTarget = run("", "context", "--target", "nope", dir.toString());
        assertThat(badTarget.code()).isEqualTo(2);
        assertThat(badTarget.err()).doesNotContain("Exception");
    }

    @Test
    void lintFindsTheLitterBesideTheDockerfile() throws IOException {
        nodeApp();
        Run r = run("", "lint", "--no-color", dir.resolve("Dockerfile").toString());
        assertThat(r.code()).isEqualTo(1);
        // node_modules is not named: the install ran before this COPY, so it is not made again after it
        assertThat(r.out()).contains("MissingDockerignore").contains("`.git`: 2 files, 40 kB, Git history")
                .doesNotContain("`node_modules`");
    }

    @Test
    void standardInputHasNoContextUnlessOneIsGiven() throws IOException {
        nodeApp();
        file(".env", "DB_PASSWORD=hunter2\n");
        Run none = run(NODE_APP, "lint", "--no-color", "-");
        assertThat(none.err()).isEmpty();
        assertThat(none.out()).doesNotContain("MissingDockerignore").doesNotContain("DockerignoreGap")
                .doesNotContain("SecretInBuildContext");
        Run given = run(NODE_APP, "lint", "--no-color", "--context", dir.toString(), "-");
        assertThat(given.code()).isEqualTo(1);
        assertThat(given.out()).contains("SecretInBuildContext").contains(".env").doesNotContain("hunter2")
                .contains("MissingDockerignore");
    }

    @Test
    void aFileNotOnDiskHasNoContextAndNoError() throws IOException {
        Run r = run(NODE_APP, "lint", "--no-color", "--stdin-filename", dir.resolve("Dockerfile").toString(), "-");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).doesNotContain("MissingDockerignore").doesNotContain("SecretInBuildContext");
    }

    @Test
    void unreadableFilesAreNoteNotCrash() throws IOException {
        nodeApp();
        Path locked = file("secret/id_rsa", 100);
        Assumptions.assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked),
                "running as root: permissions do not stop reading, so this case is not tested here");
        try {
            Run listing = run("", "context", dir.toString());
            assertThat(listing.code()).isZero();
            assertThat(listing.err()).isEmpty();
            Run lint = run("", "lint", "--no-color", dir.resolve("Dockerfile").toString());
            assertThat(lint.err()).doesNotContain("Exception");
            // named a key, it is a secret whether or not its content can be read
            assertThat(lint.out()).contains("secret/id_rsa");
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }
}
