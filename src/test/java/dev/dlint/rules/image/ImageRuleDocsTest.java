package dev.dlint.rules.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.rule.RuleKind;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.rule.RuleOption;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Image rule documents (RuleCatalogTest checks every document's title, summary and section order): exactly the
 * template's sections, examples as text (there is no Dockerfile to lint), and a current Configuration section.
 */
class ImageRuleDocsTest {

    private static final List<String> TEMPLATE = List.of("## What it flags", "## Why it matters", "## Examples",
            "### Bad", "### Good", "## How to fix", "## Configuration", "## Aliases");

    /** Each option key and its default as the rule class declares them, or "No options". */
    private static List<String> optionTexts(RuleMetadata rule) {
        List<String> texts = new ArrayList<>();
        for (RuleOption<?> option : BuiltinRules.catalog().create(rule).options()) {
            texts.add(option.key());
            if (!option.defaultText().isEmpty()) {
                texts.add(option.defaultText());
            }
        }
        return texts.isEmpty() ? List.of("No options") : texts;
    }

    @Test
    void imageRuleDocumentsHaveTheTemplatesSectionsTextExamplesAndCurrentOptions() throws IOException {
        for (RuleMetadata rule : BuiltinRules.catalog().rules(RuleKind.IMAGE)) {
            Path doc = SharedFiles.projectRoot().resolve("rules/" + rule.name() + ".md");
            assertThat(doc).as("documentation of " + rule.name()).exists();
            List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
            List<String> headings = new ArrayList<>();
            boolean fence = false;
            StringBuilder configuration = new StringBuilder();
            String section = "";
            for (String line : lines) {
                if (line.startsWith("```")) {
                    fence = !fence;
                    assertThat(line).as(doc + ": image examples are text, not Dockerfiles to lint")
                            .isNotEqualTo("```dockerfile");
                }
                if (!fence && line.startsWith("#") && !line.startsWith("# ")) {
                    headings.add(line);
                    section = line;
                } else if (section.equals("## Configuration")) {
                    configuration.append(line).append('\n');
                }
            }
            assertThat(fence).as(doc + ": unclosed code block").isFalse();
            assertThat(headings).as(doc + ": sections").isEqualTo(TEMPLATE);
            assertThat(configuration.toString()).as(doc + ": Configuration names each option and default")
                    .contains(optionTexts(rule));
        }
    }
}
