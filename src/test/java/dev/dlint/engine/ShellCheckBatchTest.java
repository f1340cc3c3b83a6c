package dev.dlint.engine;

import dev.dlint.facts.BuildContexts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.config.CommandLineSettings;
import dev.dlint.config.ConfigLoader;
import dev.dlint.config.ConfigResolver;
import dev.dlint.rule.Finding;
import dev.dlint.shellcheck.ShellChecker;
import dev.dlint.syntax.BuildArgs;
import dev.dlint.testing.ShellCheckOnPath;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The linter runs ShellCheck once for the RUN scripts of all the files of a batch, not once per file or per RUN. */
class ShellCheckBatchTest {

    @TempDir
    Path dir;

    @Test
    void theScriptsOfSeveralFilesCostOneProcess() throws Exception {
        for (int i = 0; i < 3; i++) {
            Files.writeString(dir.resolve("Dockerfile." + i), "FROM debian:12\nRUN echo $" + i + "\nRUN cd /tmp; ls\n");
        }
        ShellChecker checker = ShellCheckOnPath.require();
        List<FileResult> results = lint(checker, List.of(dir.toString()));
        assertThat(results).hasSize(3);
        for (FileResult result : results) {
            List<List<String>> codes = result.reported().stream().filter(f -> f.rule().equals("ShellCheck"))
                    .map(Finding::aliases).toList();
            assertThat(codes).as(result.path()).containsExactlyInAnyOrder(List.of("SC2086"), List.of("SC2164"));
        }
        assertThat(checker.processes()).isEqualTo(1);
    }

    @Test
    void ignoringTheRuleStartsNoProcess() throws Exception {
        Files.writeString(dir.resolve("Dockerfile"), "FROM debian:12\nRUN echo $1\n");
        Files.writeString(dir.resolve("Dockerfile.two"), "FROM debian:12\nRUN echo $2\n");
        ShellChecker checker = ShellCheckOnPath.require();
        Engine engine = new Engine(BuiltinRules.catalog(), BuildArgs.parse(List.of()), Optional.empty(), BuildContexts.besideDockerfile(), checker);
        ConfigResolver configs = new ConfigResolver(new ConfigLoader(BuiltinRules.catalog()), Optional.empty(),
                new CommandLineSettings(Optional.empty(), List.of("ShellCheck"), java.util.Map.of(), List.of(),
                        List.of()));
        new Linter(engine, configs).lint(List.of(dir.toString()), new ByteArrayInputStream(new byte[0]), "-", (n, r) -> { });
        assertThat(checker.processes()).isZero();
    }

    private static List<FileResult> lint(ShellChecker checker, List<String> paths) throws Exception {
        Engine engine = new Engine(BuiltinRules.catalog(), BuildArgs.parse(List.of()), Optional.empty(), BuildContexts.besideDockerfile(), checker);
        ConfigResolver configs = new ConfigResolver(new ConfigLoader(BuiltinRules.catalog()), Optional.empty(),
                CommandLineSettings.none());
        return new Linter(engine, configs).lint(paths, new ByteArrayInputStream(new byte[0]), "-", (n, r) -> { });
    }
}
