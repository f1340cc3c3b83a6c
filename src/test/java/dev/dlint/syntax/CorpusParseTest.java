package dev.dlint.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.model.Diagnostic;
import dev.dlint.model.Dockerfile;
import dev.dlint.testing.SharedFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real-world corpus: no file crashes, and every file BuildKit accepts parses without a SyntaxError. The few
 * files BuildKit rejects are listed, with the reason, in corpus-exceptions.tsv.
 */
class CorpusParseTest {

    @Test
    void everyFileBuildKitAcceptsParsesWithoutSyntaxErrors() throws IOException {
        Path root = SharedFiles.require("corpus/dockerfiles");
        Map<String, String> exceptions = exceptions();
        List<String> unexpected = new ArrayList<>();
        List<String> expectedButClean = new ArrayList<>(exceptions.keySet());
        int files = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString();
                if (name.equals("MANIFEST.tsv") || name.equals("README.md") || name.equals(".gitattributes")) {
                    continue;
                }
                files++;
                Dockerfile dockerfile = Dockerfiles.parse(name, Files.readAllBytes(file));
                List<Diagnostic> errors = dockerfile.diagnostics().stream().filter(Diagnostic::error).toList();
                if (!errors.isEmpty()) {
                    expectedButClean.remove(name);
                    if (!exceptions.containsKey(name)) {
                        unexpected.add(name + ":" + errors.get(0).range() + " " + errors.get(0).message());
                    }
                }
                assertThat(dockerfile.instructions()).as(name).isNotEmpty();
            }
        }
        assertThat(files).isEqualTo(1528);
        assertThat(unexpected).as("SyntaxErrors in files BuildKit accepts").isEmpty();
        assertThat(expectedButClean).as("listed exceptions that now parse cleanly").isEmpty();
    }

    private static Map<String, String> exceptions() throws IOException {
        Map<String, String> exceptions = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                CorpusParseTest.class.getResourceAsStream("corpus-exceptions.tsv"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] parts = line.split("\t", 2);
                    exceptions.put(parts[0], parts[1]);
                }
            }
        }
        return exceptions;
    }
}
