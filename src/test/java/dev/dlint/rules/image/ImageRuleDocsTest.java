package dev.dlint.rules.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.RuleMetadata;
import dev.dlint.engine.Rules;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Image rule documents (RuleCatalogTest checks every document's title, summary and section order): exactly the
 * template's sections, examples as text (there is no Dockerfile to lint), and a current Configuration section.
 */
class ImageRuleDocsTest {

    private static final List<String> TEMPLATE = List.of("## What it flags", "## Why it matters", "## Examples",
            "### Bad", "### Good", "## How to fix", "## Configuration", "## Aliases");

    /** Each option key and its default, as the rule classes define them. */
    private static final Map<String, List<String>> OPTIONS = Map.of(
            "WastedBytes", List.of(WastedBytes.THRESHOLD, WastedBytes.DEFAULT_THRESHOLD),
            "PackageCacheInImage", List.of(PackageCacheInImage.THRESHOLD, PackageCacheInImage.DEFAULT_THRESHOLD),
            "DuplicateFileAcrossLayers", List.of(DuplicateFileAcrossLayers.THRESHOLD,
                    DuplicateFileAcrossLayers.DEFAULT_THRESHOLD),
            "SecretInLowerLayer", List.of(SecretInLowerLayer.ALLOW_PATHS),
            "RootUserImage", List.of("No options"));

    @Test
    void imageRuleDocumentsHaveTheTemplatesSectionsTextExamplesAndCurrentOptions() throws IOException {
        for (RuleMetadata rule : Rules.all().imageMetadata()) {
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
                    .contains(OPTIONS.get(rule.name()));
        }
    }
}
