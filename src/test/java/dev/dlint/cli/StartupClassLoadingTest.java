package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each command loads, in a fresh JVM with the test class path (which has jackson-databind on it): linting a
 * Dockerfile never loads the image analyzer nor picocli, and analysing an image never loads jackson-databind.
 */
class StartupClassLoadingTest {

    @TempDir
    Path temp;

    @Test
    void lintDoesNotLoadTheImageAnalyzer() throws Exception {
        Path dockerfile = temp.resolve("Dockerfile");
        Files.writeString(dockerfile, "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");
        List<String> loaded = loadedClasses("lint", dockerfile.toString());
        assertThat(loaded).anyMatch(c -> c.startsWith("dev.dlint.engine.Engine"));
        assertThat(loaded).noneMatch(c -> c.startsWith("dev.dlint.image."))
                .noneMatch(c -> c.startsWith("dev.dlint.report.image."))
                .noneMatch(c -> c.startsWith("com.fasterxml.jackson.databind."))
                .as("a plain lint command line is parsed without picocli (QuickLint)")
                .doesNotContain("picocli.CommandLine");
    }

    @Test
    void imageDoesNotLoadJacksonDatabind() throws Exception {
        List<String> loaded = loadedClasses("image", "--format", "json", "testdata/images/demo-oci-gzip.tar");
        assertThat(loaded).anyMatch(c -> c.startsWith("dev.dlint.image.analysis.ImageAnalyzer"));
        assertThat(loaded).noneMatch(c -> c.startsWith("com.fasterxml.jackson.databind."));
    }

    private List<String> loadedClasses(String... args) throws IOException, InterruptedException {
        Path log = temp.resolve("classes.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:off", "-Xlog:class+load=info:file=" + log, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("out.txt").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(temp.resolve("out.txt"))).isIn(0, 1);
        List<String> classes = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            int start = line.indexOf("] ");
            int end = line.indexOf(" source:");
            if (start >= 0 && end > start) {
                classes.add(line.substring(start + 2, end).trim());
            }
        }
        return classes;
    }
}
