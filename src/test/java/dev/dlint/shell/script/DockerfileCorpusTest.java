package dev.dlint.shell.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses the {@code RUN} instructions of the real-world Dockerfile corpus in {@code shared/corpus/dockerfiles} (read in
 * place, never copied): no exception, no internal error, and few syntax errors. Skipped when the shared folder is absent.
 */
class DockerfileCorpusTest {
    /** Share of RUN scripts allowed to have a syntax error (real mistakes, templates, odd bash). */
    private static final double MAX_ERROR_RATE = 0.002;

    @Test
    void parsesTheRunInstructionsOfTheCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("dlint.shared", "../shared")).resolve("corpus/dockerfiles");
        if (!Files.isDirectory(corpus)) {
            String message = "Dockerfile corpus not found at " + corpus.toAbsolutePath()
                    + " (set -Ddlint.shared=...); skipping the shell corpus test";
            System.out.println("SKIPPED: " + message);
            assumeTrue(false, message);
        }

        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().equals("MANIFEST.tsv") && !p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .collect(Collectors.toList());
        }
        int scripts = 0;
        int commands = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String dockerfile = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (RunScripts.Run run : RunScripts.of(dockerfile)) {
                scripts++;
                ParsedScript parsed = ShellParser.parse(run.script());
                commands += parsed.commands().size();
                assertThat(parsed.errors()).as("%s:%d", file, run.line()).noneMatch(e -> e.message().startsWith("internal"));
                if (parsed.hasErrors()) {
                    ShellSyntaxError error = parsed.errors().get(0);
                    failures.add(corpus.relativize(file) + ":" + run.line() + ": " + error.message() + " near «"
                            + excerpt(run.script(), error.offset()) + "»");
                }
            }
        }
        System.out.printf("Shell corpus: %d files, %d RUN scripts, %d commands, %d scripts with syntax errors%n",
                files.size(), scripts, commands, failures.size());
        failures.forEach(failure -> System.out.println("  " + failure));

        assertThat(scripts).as("RUN scripts found").isGreaterThan(4_000);
        assertThat((double) failures.size() / scripts).as("share of RUN scripts with errors: %s", failures)
                .isLessThanOrEqualTo(MAX_ERROR_RATE);
    }

    private static String excerpt(String script, int offset) {
        int from = Math.max(0, offset - 30);
        int to = Math.min(script.length(), offset + 30);
        return script.substring(from, to).replace("\n", "⏎");
    }
}
