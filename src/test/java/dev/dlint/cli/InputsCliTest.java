package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code dlint PATH...} lints: the names a directory yields, files that are not text, paths that yield nothing. */
class InputsCliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, String text) throws IOException {
        return bytes(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private Path bytes(String name, byte[] content) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.write(path, content);
        return path;
    }

    private List<String> lintedFiles(Run r) throws IOException {
        List<String> files = new ArrayList<>();
        for (JsonNode file : new ObjectMapper().readTree(r.out()).get("files")) {
            files.add(dir.relativize(Path.of(file.get("file").asText())).toString());
        }
        return files;
    }

    @Test
    void aDirectoryYieldsEveryNameDockerUsersGiveDockerfiles() throws IOException {
        for (String name : List.of("Dockerfile", "Dockerfile.prod", "Dockerfile-prod", "Dockerfile_dev", "api.Dockerfile",
                "web.dockerfile", "Containerfile", "Containerfile.arm64", "Containerfile-rhel", "dockerfile")) {
            file("all/" + name, "FROM alpine:3.20\n");
        }
        for (String name : List.of("Dockerfile.dockerignore", "Dockerfile.md", "Dockerfile.j2", "MyDockerfile",
                "Dockerfiles", "docker-compose.yml")) {
            file("all/" + name, "FROM alpine:3.20\n");
        }
        Run r = run("-f", "json", dir.resolve("all").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(lintedFiles(r)).containsExactly("all/Containerfile", "all/Containerfile-rhel",
                "all/Containerfile.arm64", "all/Dockerfile", "all/Dockerfile-prod", "all/Dockerfile.prod",
                "all/Dockerfile_dev", "all/api.Dockerfile", "all/dockerfile", "all/web.dockerfile");
    }

    @Test
    void gitIgnoredPathsAreSkippedUnlessNamedOnTheCommandLine() throws Exception {
        assumeTrue(git(dir, "init", "-q") == 0, "git is not installed");
        file(".gitignore", "build/\n*.generated.Dockerfile\n");
        file("Dockerfile", "FROM alpine:3.20\n");
        file("build/Dockerfile", "FROM alpine:3.20\n");
        file("svc/x.generated.Dockerfile", "FROM alpine:3.20\n");
        file("svc/Dockerfile", "FROM alpine:3.20\n");
        file("node_modules/pkg/Dockerfile", "FROM alpine:3.20\n");
        file(".git/Dockerfile", "FROM alpine:3.20\n");
        assertThat(lintedFiles(run("-f", "json", dir.toString()))).containsExactly("Dockerfile", "svc/Dockerfile");
        assertThat(lintedFiles(run("-f", "json", dir.resolve("build").toString()))).containsExactly("build/Dockerfile");
        assertThat(lintedFiles(run("-f", "json", dir.resolve("svc/x.generated.Dockerfile").toString())))
                .containsExactly("svc/x.generated.Dockerfile");
    }

    @Test
    void filesThatAreNotTextAreSkippedWithANoteInADirectory() throws IOException {
        file("Dockerfile", "FROM alpine:3.20\n");
        bytes("Dockerfile.bin", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
        bytes("Dockerfile.tar.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3});
        bytes("Dockerfile.latin1", new byte[] {'F', 'R', 'O', 'M', ' ', 'x', '\n', '#', ' ', (byte) 0xE9, '\n'});
        file("Dockerfile.bom", "\uFEFFFROM alpine:3.20\n");
        Run r = run("-f", "json", dir.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(lintedFiles(r)).containsExactly("Dockerfile", "Dockerfile.bom");
        assertThat(r.err()).contains(dir.resolve("Dockerfile.bin") + ": skipped: not a text file: NUL byte at offset 7")
                .contains(dir.resolve("Dockerfile.tar.gz") + ": skipped: not a text file")
                .contains(dir.resolve("Dockerfile.latin1") + ": skipped: not a text file: invalid UTF-8 at offset 9");
        assertThat(r.err().lines()).hasSize(3);
    }

    @Test
    void aFileThatIsNotTextGivenExplicitlyExitsThree() throws IOException {
        Path elf = bytes("Dockerfile", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0});
        Run r = run("--no-color", elf.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).isEqualTo("dlint: " + elf + ": not a text file: NUL byte at offset 7\n");
        assertThat(r.out()).isEmpty();
        Path utf16 = bytes("utf16/Dockerfile", new byte[] {(byte) 0xFF, (byte) 0xFE, 'F', 0, 'R', 0});
        Run r16 = run(utf16.toString());
        assertThat(r16.code()).isEqualTo(3);
        assertThat(r16.err()).contains("UTF-16 or UTF-32").contains("save it as UTF-8");
    }

    @Test
    void aPathThatYieldsNothingExitsThreeWithAMessage() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Run empty = run(dir.resolve("empty").toString());
        assertThat(empty.code()).isEqualTo(3);
        assertThat(empty.err()).isEqualTo("dlint: " + dir.resolve("empty") + ": no Dockerfile found in this directory"
                + " (looked for Dockerfile, Dockerfile.*, Dockerfile-*, Dockerfile_*, *.Dockerfile, *.dockerfile,"
                + " Containerfile*)\n");
        bytes("binaries/Dockerfile", new byte[] {0, 1, 2});
        Run onlyBinary = run(dir.resolve("binaries").toString());
        assertThat(onlyBinary.code()).isEqualTo(3);
        assertThat(onlyBinary.err()).contains("skipped: not a text file").contains("no text Dockerfile in this directory");
        Run mistyped = run(dir.resolve("Dockerfil").toString());
        assertThat(mistyped.code()).isEqualTo(3);
        assertThat(mistyped.err()).isEqualTo("dlint: " + dir.resolve("Dockerfil") + ": no such file or directory\n");
    }

    @Test
    void aMissingFileIsReportedOnceAndTheSummaryCountsTheFilesLinted() throws IOException {
        file("a/Dockerfile", "FROM node\n");
        file("b/Dockerfile", "FROM alpine:3.20\n");
        file("c/Dockerfile", "FROM alpine:3.20\n");
        Path missing = dir.resolve("nope/Dockerfile");
        Run r = run("--no-color", dir.toString(), missing.toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat((r.out() + r.err()).split("nope/Dockerfile", -1)).hasSize(2);
        assertThat(r.out()).endsWith("1 problem (1 warning) in 1 file (3 linted)\n");
    }

    private static int git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
