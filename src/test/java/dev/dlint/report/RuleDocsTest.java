package dev.dlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.rule.RuleKind;
import dev.dlint.rule.RuleMetadata;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rule documents: the loader, its fallback and the Markdown-to-text rendering (RuleCatalogTest checks the template). */
class RuleDocsTest {

    @Test
    void packagedDocumentsAreFoundForTheRulesThatHaveThem() {
        RuleDocs docs = RuleDocs.packaged();
        RuleDoc syntax = docs.get(SampleReports.SYNTAX_ERROR);
        assertThat(syntax.found()).isTrue();
        assertThat(syntax.markdown()).startsWith("# SyntaxError\n");
        assertThat(syntax.body()).startsWith(SampleReports.SYNTAX_ERROR.summary() + ".\n\n## What it flags");
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
        RuleDoc doc = RuleDocs.of(Map.of("R", md)).get(new RuleMetadata("R", RuleKind.DOCKERFILE, "summary",
                SampleReports.NOISY_ECHO.severity(), SampleReports.NOISY_ECHO.category(), List.of(), false, true, false,
                SampleReports.NOISY_ECHO.precision()));
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

}
