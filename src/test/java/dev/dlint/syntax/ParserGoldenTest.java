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
import org.junit.jupiter.api.TestFactory;

/**
 * dlint's own parser cases under testdata/parser/&lt;case&gt;/: the BuildKit AST dump of each Dockerfile must equal its
 * {@code dump} file (reviewed by hand against BuildKit's rules), and BuildKit's parser must accept the file.
 */
class ParserGoldenTest {

    @TestFactory
    Stream<DynamicTest> dumpsMatch() throws IOException {
        Path root = SharedFiles.projectRoot().resolve("testdata/parser");
        List<Path> cases;
        try (Stream<Path> list = Files.list(root)) {
            cases = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
            Dockerfile dockerfile = Dockerfiles.parse("Dockerfile", Files.readAllBytes(c.resolve("Dockerfile")));
            assertThat(dockerfile.diagnostics()).noneMatch(Diagnostic::parserLevel);
            assertThat(AstDump.of(dockerfile)).isEqualTo(Files.readString(c.resolve("dump"), StandardCharsets.UTF_8));
        }));
    }
}
