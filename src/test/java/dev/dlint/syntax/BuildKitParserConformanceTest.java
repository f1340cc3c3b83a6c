package dev.dlint.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.model.Diagnostic;
import dev.dlint.model.Dockerfile;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** BuildKit's own parser test files: every dump must match byte for byte; negative cases must be clear errors. */
class BuildKitParserConformanceTest {

    @TestFactory
    Stream<DynamicTest> positiveCasesDumpExactlyTheExpectedAst() throws IOException {
        Path dir = SharedFiles.require("conformance/buildkit-parser/testfiles");
        List<Path> cases;
        try (Stream<Path> list = Files.list(dir)) {
            cases = list.sorted().toList();
        }
        assertThat(cases).hasSize(33);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            Dockerfile dockerfile = Dockerfiles.parse("Dockerfile", Files.readAllBytes(c.resolve("Dockerfile")));
            byte[] expected = Files.readAllBytes(c.resolve("result"));
            String dump = AstDump.of(dockerfile);
            assertThat(dump).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        }));
    }

    @TestFactory
    Stream<DynamicTest> negativeCasesEndInAClearError() throws IOException {
        Path dir = SharedFiles.require("conformance/buildkit-parser/testfiles-negative");
        List<Path> cases;
        try (Stream<Path> list = Files.list(dir)) {
            cases = list.sorted().toList();
        }
        assertThat(cases).hasSize(4);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            Dockerfile dockerfile = Dockerfiles.parse("Dockerfile", Files.readAllBytes(c.resolve("Dockerfile")));
            assertThat(dockerfile.diagnostics()).filteredOn(Diagnostic::parserLevel).isNotEmpty();
            for (Diagnostic d : dockerfile.diagnostics()) {
                assertThat(d.message()).isNotBlank().doesNotContain("Exception");
            }
        }));
    }

    @Test
    void instructionLineSpansMatchBuildKit() throws IOException {
        Path file = SharedFiles.require("conformance/buildkit-parser/testfile-line/Dockerfile");
        Dockerfile dockerfile = Dockerfiles.parse("Dockerfile", Files.readAllBytes(file));
        assertThat(dockerfile.instructions()).extracting(i -> i.range().startLine() + "-" + i.range().endLine())
                .containsExactly("5-5", "11-12", "17-31");
    }
}
