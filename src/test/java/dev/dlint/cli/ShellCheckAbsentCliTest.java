package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without shellcheck on PATH, {@code dlint lint} says so once on stderr, with the install command, and lints
 * everything else. Runs in a JVM of its own whose PATH holds no shellcheck.
 */
class ShellCheckAbsentCliTest {

    @TempDir
    Path dir;

    @Test
    void oneNoteForAllFilesAndTheOtherRulesStillRun() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian\nRUN echo $1\n");
        Files.writeString(dir.resolve("Dockerfile.other"), "FROM debian:12\nRUN sudo echo $2\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), ForkedRuns.class.getName(), "lint",
                "--format", "compact", dir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(dir.resolve("err.txt").toFile())
                .redirectOutput(dir.resolve("out.txt").toFile());
        builder.environment().put("PATH", dir.resolve("no-tools-here").toString());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isEqualTo(1);
        assertThat(err.lines().filter(l -> l.contains("shellcheck is not on PATH")).toList()).as(err).singleElement()
                .asString().contains("apt-get install shellcheck");
        assertThat(out).contains("UnpinnedBaseImage").doesNotContain("ShellCheck:");
    }
}
