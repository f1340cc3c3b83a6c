package dev.dlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.engine.FileResult;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.testing.Fixture;
import dev.dlint.testing.RuleRunner;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The examples in every rule document run: each Bad block must trigger the rule, each Good block must not. */
class RuleDocExamplesTest {

    private static final Pattern BLOCK = Pattern.compile("```dockerfile\\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> documentedExamplesBehaveAsDocumented() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleMetadata rule : BuiltinRules.catalog().rules()) {
            String doc = Files.readString(SharedFiles.projectRoot().resolve("rules").resolve(rule.name() + ".md"),
                    StandardCharsets.UTF_8);
            int bad = doc.indexOf("### Bad");
            int good = doc.indexOf("### Good");
            int after = doc.indexOf("\n## ", good);
            if (bad < 0 || good < 0) {
                continue; // RuleCatalogTest reports missing sections
            }
            List<String> badBlocks = blocks(doc.substring(bad, good));
            List<String> goodBlocks = blocks(doc.substring(good, after < 0 ? doc.length() : after));
            List<String> enable = rule.enabledByDefault() ? List.of() : List.of(rule.name());
            for (int i = 0; i < badBlocks.size(); i++) {
                String text = badBlocks.get(i);
                tests.add(DynamicTest.dynamicTest(rule.name() + " bad example " + (i + 1), () -> {
                    FileResult result = lint(text, enable, rule);
                    assertThat(result.reported()).as(text).anyMatch(f -> f.rule().equals(rule.name()));
                }));
            }
            for (int i = 0; i < goodBlocks.size(); i++) {
                String text = goodBlocks.get(i);
                tests.add(DynamicTest.dynamicTest(rule.name() + " good example " + (i + 1), () -> {
                    FileResult result = lint(text, enable, rule);
                    assertThat(result.reported()).as(text).noneMatch(f -> f.rule().equals(rule.name()));
                }));
            }
        }
        return tests.stream();
    }

    /**
     * Lints an example; {@code # dlint-test:} comment lines in it configure the run as in fixtures. The ShellCheck
     * rule's examples run the installed shellcheck (and are skipped where it is missing).
     */
    private static FileResult lint(String text, List<String> enable, RuleMetadata rule) {
        Fixture fixture = Fixture.parse("example", text);
        return RuleRunner.lint(text, rule.name().equals("ShellCheck") ? fixture.withShellCheck() : fixture, enable);
    }

    private static List<String> blocks(String section) {
        List<String> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(section);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }
}
