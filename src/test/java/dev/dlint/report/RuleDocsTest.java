package dev.dlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.RuleMetadata;
import dev.dlint.engine.Rules;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule documents: the loader, its fallback, the Markdown-to-text rendering, and the template every document follows. */
class RuleDocsTest {

    private static final List<String> TEMPLATE_SECTIONS = List.of("## What it flags", "## Why it matters",
            "## Examples", "### Bad", "### Good", "## How to fix", "## Aliases");

    @Test
    void packagedDocumentsAreFoundForTheRulesThatHaveThem() {
        RuleDocs docs = RuleDocs.packaged();
        RuleDoc syntax = docs.get(SampleReports.SYNTAX_ERROR);
        assertThat(syntax.found()).isTrue();
        assertThat(syntax.markdown()).startsWith("# SyntaxError\n");
        assertThat(syntax.body()).startsWith(SampleReports.SYNTAX_ERROR.summary() + "\n## What it flags");
        assertThat(syntax.section("Aliases")).hasValueSatisfying(a -> assertThat(a).contains("DL1000"));
    }

    @Test
    void missingDocumentFallsBackToTheSummary() {
        RuleDoc doc = RuleDocs.packaged().get(SampleReports.NOISY_ECHO);
        assertThat(doc.found()).isFalse();
        assertThat(doc.body()).isEqualTo("An echo prints a progress message");
        assertThat(doc.bodyText()).isEqualTo("An echo prints a progress message");
        assertThat(doc.description("fallback")).isEqualTo("fallback");
        assertThat(doc.section("What it flags")).isEmpty();
    }

    @Test
    void descriptionIsTheFirstParagraphOfWhatItFlags() {
        RuleDoc doc = RuleDocs.of(Map.of("CurlInsecureTls", SampleReports.CURL_DOC)).get(SampleReports.CURL_INSECURE_TLS);
        assertThat(doc.description("x")).isEqualTo("A RUN instruction that calls curl with -k or --insecure.");
        assertThat(doc.section("Examples")).hasValueSatisfying(e -> assertThat(e).startsWith("### Bad\n```dockerfile"));
    }

    @Test
    void sectionHeadingsInsideCodeBlocksAreNotSections() {
        String md = "# R\nsummary\n## Examples\n```dockerfile\n## not a heading\nRUN x\n```\n## How to fix\nDo y.\n";
        RuleDoc doc = RuleDocs.of(Map.of("R", md)).get(new RuleMetadata("R", "summary", SampleReports.NOISY_ECHO.severity(),
                SampleReports.NOISY_ECHO.category(), List.of(), false, true, SampleReports.NOISY_ECHO.precision()));
        assertThat(doc.section("Examples")).contains("```dockerfile\n## not a heading\nRUN x\n```");
        assertThat(doc.section("How to fix")).contains("Do y.");
    }

    @Test
    void markdownBecomesReadablePlainText() {
        String md = "# Title\nIntro with `code`, **bold**, *emphasis*, a [link](https://x.example) and \\* star.\n"
                + "## Section\n- item one\n- item_two with snake_case\n\n\n\n```dockerfile\nRUN a \\\n    b\n```\n"
                + "![image](pic.png) [https://same.example](https://same.example)";
        assertThat(MarkdownText.toPlainText(md)).isEqualTo(
                "Title\nIntro with code, bold, emphasis, a link (https://x.example) and * star.\n\nSection\n"
                        + "- item one\n- item_two with snake_case\n\n    RUN a \\\n        b\nimage https://same.example");
    }

    @Test
    void everyRuleDocumentFollowsTheTemplate() throws IOException {
        List<String> problems = new ArrayList<>();
        for (RuleMetadata rule : Rules.all().metadata()) {
            var file = SharedFiles.projectRoot().resolve("rules").resolve(rule.name() + ".md");
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            if (!lines.get(0).equals("# " + rule.name())) {
                problems.add(rule.name() + ": first line must be '# " + rule.name() + "'");
            }
            if (lines.size() < 2 || !lines.get(1).equals(rule.summary())) {
                problems.add(rule.name() + ": second line must be the @RuleInfo summary '" + rule.summary() + "'");
            }
            int from = 0;
            for (String section : TEMPLATE_SECTIONS) {
                int at = lines.subList(from, lines.size()).indexOf(section);
                if (at < 0) {
                    problems.add(rule.name() + ": missing or out of order: " + section);
                } else {
                    from += at + 1;
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
