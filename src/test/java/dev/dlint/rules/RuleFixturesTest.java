package dev.dlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.FileResult;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Fix;
import dev.dlint.engine.Fixes;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.catalog.BuiltinRules;
import dev.dlint.rule.RuleCatalog;
import dev.dlint.rule.RuleKind;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.syntax.Dockerfiles;
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
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture under testdata/rules/&lt;Rule&gt;/: each {@code # expect:} marker must be matched by a finding of that
 * rule at that instruction, and the rule must report nothing else in the file.
 */
class RuleFixturesTest {

    @TestFactory
    Stream<DynamicNode> fixtures() throws IOException {
        Path root = SharedFiles.projectRoot().resolve("testdata/rules");
        List<DynamicNode> containers = new ArrayList<>();
        for (RuleMetadata rule : BuiltinRules.catalog().rules(RuleKind.DOCKERFILE)) {
            Path dir = root.resolve(rule.name());
            if (!Files.isDirectory(dir)) {
                continue; // RuleCatalogTest reports missing fixture folders
            }
            List<DynamicNode> tests = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".fixed"))
                        .sorted().toList()) {
                    tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(rule.name(), file)));
                }
            }
            containers.add(DynamicContainer.dynamicContainer(rule.name(), tests));
        }
        return containers.stream();
    }

    private static void check(String rule, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Fixture fixture = Fixture.parse(file.toString(), text);
        FileResult result = RuleRunner.lint(text, fixture.buildArgs(), fixture.enabled(), fixture.options(),
                fixture.trustedRegistries());
        assertThat(result.readError()).isEmpty();
        Dockerfile dockerfile = Dockerfiles.parse(file.toString(), text.getBytes(StandardCharsets.UTF_8));
        List<Finding> remaining = new ArrayList<>(result.reported().stream().filter(f -> f.rule().equals(rule)).toList());
        for (Fixture.Expectation expectation : fixture.expectations()) {
            if (!expectation.rule().equals(rule)) {
                continue;
            }
            Instruction target = dockerfile.instructions().stream()
                    .filter(i -> i.range().startLine() > expectation.markerLine()).findFirst()
                    .orElseThrow(() -> new AssertionError("marker at line " + expectation.markerLine() + " has no instruction below it"));
            int line = target.range().startLine() + expectation.lineOffset();
            Finding match = remaining.stream()
                    .filter(f -> f.range().startLine() == line)
                    .filter(f -> expectation.column().map(c -> f.range().startColumn() == c).orElse(true))
                    .filter(f -> expectation.messagePart().map(p -> f.message().contains(p)).orElse(true))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(file.getFileName() + ": expected " + rule + " at line " + line
                            + expectation.column().map(c -> ":" + c).orElse("")
                            + expectation.messagePart().map(p -> " with \"" + p + "\"").orElse("")
                            + " (marker at line " + expectation.markerLine() + "); findings of the rule: "
                            + describe(result.reported().stream().filter(f -> f.rule().equals(rule)).toList())));
            remaining.remove(match);
        }
        assertThat(remaining).as(file.getFileName() + ": findings without an expect marker").isEmpty();
        Path fixed = file.resolveSibling(file.getFileName() + ".fixed");
        if (Files.exists(fixed)) {
            checkFix(rule, result, fixed, fixture);
        }
    }

    /** The rule's fixes turn the fixture into its .fixed twin, and applying fixes again changes nothing. */
    private static void checkFix(String rule, FileResult result, Path fixed, Fixture fixture) throws IOException {
        List<Fix> fixes = result.reported().stream().filter(f -> f.rule().equals(rule)).flatMap(f -> f.fix().stream()).toList();
        assertThat(fixes).as(fixed.getFileName() + ": the rule offers a fix").isNotEmpty();
        String applied = Fixes.apply(result.source().orElseThrow(), fixes);
        String expected = Files.readString(fixed, StandardCharsets.UTF_8);
        assertThat(applied).isEqualTo(expected);
        FileResult again = RuleRunner.lint(applied, fixture.buildArgs(), fixture.enabled(), fixture.options(),
                fixture.trustedRegistries());
        List<Fix> more = again.reported().stream().filter(f -> f.rule().equals(rule)).flatMap(f -> f.fix().stream()).toList();
        assertThat(more).as(fixed.getFileName() + ": applying the fix again changes nothing").isEmpty();
    }

    private static String describe(List<Finding> findings) {
        StringBuilder out = new StringBuilder(findings.isEmpty() ? "none" : "");
        for (Finding f : findings) {
            out.append("\n  ").append(f.range()).append(' ').append(f.message());
        }
        return out.toString();
    }
}
