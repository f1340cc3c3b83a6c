package dev.dlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.rule.Finding;
import dev.dlint.rule.RuleKind;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.testing.Fixture;
import dev.dlint.testing.RuleRunner;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The cases a fixable rule must not fix: every fixture named {@code refused*.Dockerfile} under
 * testdata/rules/&lt;Rule&gt;/ makes the rule report (RuleFixturesTest checks where) and offer no fix at all, because
 * a fix there would change what the build does.
 */
class RefusedFixesTest {

    @TestFactory
    Stream<DynamicTest> refusedCasesGetNoFix() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleMetadata rule : BuiltinRules.catalog().rules(RuleKind.DOCKERFILE)) {
            Path dir = SharedFiles.projectRoot().resolve("testdata/rules").resolve(rule.name());
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches("refused.*\\.Dockerfile"))
                        .sorted().toList()) {
                    tests.add(DynamicTest.dynamicTest(rule.name() + " " + file.getFileName(), () -> check(rule, file)));
                }
            }
        }
        assertThat(tests).as("refused-fix fixtures").isNotEmpty();
        return tests.stream();
    }

    private static void check(RuleMetadata rule, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Fixture fixture = Fixture.parse(file.toString(), text);
        List<Finding> findings = RuleRunner.lint(text, fixture)
                .reported().stream().filter(f -> f.rule().equals(rule.name())).toList();
        assertThat(findings).as(file.getFileName() + ": the rule reports the refused cases").isNotEmpty();
        assertThat(findings).as(file.getFileName() + ": no fix for a refused case")
                .allMatch(f -> f.fix().isEmpty());
    }
}
