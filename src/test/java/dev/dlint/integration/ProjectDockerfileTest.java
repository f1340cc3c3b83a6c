package dev.dlint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.cli.Main;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The {@code Dockerfile} that builds dlint's own image: dlint lints it clean with every default rule, and it is the
 * image the README describes (a Maven build stage, a JRE runtime with only the jar, a non-root user, the jar as the
 * entry point so that {@code docker run --rm -i IMAGE - < Dockerfile} lints standard input). The image itself is
 * built where a registry is reachable ({@code docker build -t dlint .}); this machine has none.
 */
class ProjectDockerfileTest {

    private static final Path DOCKERFILE = SharedFiles.projectRoot().resolve("Dockerfile");

    @Test
    void dlintLintsItsOwnDockerfileClean() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"--no-color", "--failure-threshold", "none", DOCKERFILE.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
        assertThat(code).isZero();
    }

    @Test
    void multiStageJreRuntimeNonRootWithTheJarAsEntryPoint() throws IOException {
        List<String> lines = Files.readAllLines(DOCKERFILE);
        List<String> froms = lines.stream().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(froms).hasSize(2);
        assertThat(froms.get(0)).startsWith("FROM maven:").endsWith(" AS build");
        assertThat(froms.get(1)).startsWith("FROM eclipse-temurin:").endsWith("-jre");
        List<String> runtime = lines.subList(lines.indexOf(froms.get(1)), lines.size());
        assertThat(runtime).contains("COPY --from=build /src/target/dlint.jar /opt/dlint/dlint.jar");
        String user = runtime.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user.substring(5).strip()).isNotIn("root", "0", "0:0");
        assertThat(runtime).anyMatch(l -> l.startsWith("ENTRYPOINT [\"java\"") && l.endsWith("\"/opt/dlint/dlint.jar\"]"));
        assertThat(Files.readAllLines(SharedFiles.projectRoot().resolve(".dockerignore")))
                .contains("*", "!pom.xml", "!grammar", "!src/main", "!src/processor");
    }
}
