package dev.dlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.config.CommandLineSettings;
import dev.dlint.config.ConfigLoader;
import dev.dlint.config.ConfigResolver;
import dev.dlint.facts.BuildContexts;
import dev.dlint.shellcheck.ShellChecker;
import dev.dlint.syntax.BuildArgs;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Linting many files in one run uses every core, yet gives each file exactly the findings (and read errors) that
 * linting it alone gives, in the order of the inputs: the rule fixtures (hundreds of files, with build contexts and
 * .dockerignore files beside them) linted in one batch and one by one.
 */
class ParallelLintTest {

    @Test
    void aBatchGivesEveryFileWhatLintingItAloneGivesInInputOrder() throws Exception {
        List<String> paths = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("testdata/rules"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".Dockerfile")).sorted()
                    .forEach(f -> paths.add(f.toString()));
        }
        paths.add(2, "testdata/rules/no-such.Dockerfile");
        assertThat(paths).hasSizeGreaterThan(Linter.BATCH);
        List<FileResult> batch = linter().lint(paths, new ByteArrayInputStream(new byte[0]), "-");
        assertThat(batch).extracting(FileResult::path).containsExactlyElementsOf(paths);
        for (int i = 0; i < paths.size(); i++) {
            FileResult alone = linter().lint(List.of(paths.get(i)), new ByteArrayInputStream(new byte[0]), "-").get(0);
            assertThat(batch.get(i).findings()).as(paths.get(i)).isEqualTo(alone.findings());
            assertThat(batch.get(i).readError()).as(paths.get(i)).isEqualTo(alone.readError());
        }
    }

    private static Linter linter() {
        Engine engine = new Engine(BuiltinRules.catalog(), BuildArgs.none(), Optional.empty(),
                BuildContexts.besideDockerfile(), ShellChecker.absent());
        return new Linter(engine, new ConfigResolver(new ConfigLoader(BuiltinRules.catalog()), Optional.empty(),
                CommandLineSettings.none()));
    }
}
