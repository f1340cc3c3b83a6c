package dev.dlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Severity;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** GitLab Code Quality, the Code Climate stream and SonarQube generic issues. */
class JsonFormatsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String render(Reporter reporter, Report report) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(report, out);
        return out.toString();
    }

    private static Report oneFile(String text, Finding... findings) {
        return new Report(List.of(new FileResult("app/Dockerfile", Optional.of(SourceText.of(text)), List.of(findings),
                Optional.empty(), Severity.INFO)));
    }

    private static List<String> gitlabFingerprints(Report report) throws IOException {
        JsonNode issues = MAPPER.readTree(render(new CodeQualityReporter(SampleReports.context(),
                CodeQualityReporter.Framing.GITLAB), report));
        List<String> fingerprints = new ArrayList<>();
        issues.forEach(issue -> fingerprints.add(issue.path("fingerprint").asText()));
        return fingerprints;
    }

    @Test
    void gitlabFingerprintsSurviveUnrelatedLinesMoving() throws IOException {
        String before = "FROM alpine\nRUN curl -k https://x\n";
        String after = "# a comment added above\n\nFROM alpine\nRUN curl -k https://x\n";
        List<String> original = gitlabFingerprints(oneFile(before,
                Finding.of("CurlInsecureTls", Severity.ERROR, "insecure", new SourceRange(2, 10, 2, 12))));
        List<String> moved = gitlabFingerprints(oneFile(after,
                Finding.of("CurlInsecureTls", Severity.ERROR, "insecure, new wording", new SourceRange(4, 10, 4, 12))));
        assertThat(moved).isEqualTo(original);
        assertThat(original.get(0)).matches("[0-9a-f]{32}");
        assertThat(original.get(0)).isEqualTo(StableFingerprints.md5("CurlInsecureTls\0app/Dockerfile\0"
                + LineFingerprints.of(before).forLine(2)));
    }

    @Test
    void gitlabFingerprintsAreUniqueForTheSameRuleOnOneLine() throws IOException {
        List<String> fingerprints = gitlabFingerprints(oneFile("FORM x\n",
                Finding.of("SyntaxError", Severity.ERROR, "one", new SourceRange(1, 1, 1, 5)),
                Finding.of("SyntaxError", Severity.ERROR, "two", new SourceRange(1, 1, 1, 5)),
                Finding.of("OtherRule", Severity.ERROR, "three", new SourceRange(1, 1, 1, 5))));
        assertThat(fingerprints).doesNotHaveDuplicates().hasSize(3);
    }

    @Test
    void gitlabIssuesHaveTheFieldsGitlabReads() throws IOException {
        JsonNode issues = MAPPER.readTree(render(new CodeQualityReporter(SampleReports.context(),
                CodeQualityReporter.Framing.GITLAB), SampleReports.report()));
        assertThat(issues.isArray()).isTrue();
        assertThat(issues).hasSize(6);
        for (JsonNode issue : issues) {
            assertThat(issue.path("description").asText()).isNotBlank().doesNotContain("\n");
            assertThat(issue.path("check_name").asText()).isNotBlank();
            assertThat(issue.path("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(issue.path("location").path("path").asText()).doesNotStartWith("/").doesNotStartWith("./");
            assertThat(issue.path("location").path("lines").path("begin").asInt()).isPositive();
        }
    }

    @Test
    void codeClimateWritesNulTerminatedIssuesWithPositions() throws IOException {
        String stream = render(new CodeQualityReporter(SampleReports.context(), CodeQualityReporter.Framing.CODECLIMATE),
                SampleReports.report());
        assertThat(stream).endsWith("\0");
        String[] objects = stream.substring(0, stream.length() - 1).split("\0", -1);
        assertThat(objects).hasSize(6);
        for (String object : objects) {
            JsonNode issue = MAPPER.readTree(object);
            assertThat(issue.path("type").asText()).isEqualTo("issue");
            assertThat(issue.path("categories")).isNotEmpty();
            assertThat(issue.path("location").path("positions").path("begin").path("column").asInt()).isPositive();
        }
    }

    @Test
    void sonarQubeIssuesCarryNoSeverityOrTypeAndRulesAreDeclared() throws IOException {
        JsonNode root = MAPPER.readTree(render(new SonarQubeReporter(SampleReports.context()), SampleReports.report()));
        List<String> ruleIds = new ArrayList<>();
        root.path("rules").forEach(rule -> {
            ruleIds.add(rule.path("id").asText());
            assertThat(rule.path("engineId").asText()).isEqualTo("dlint");
            assertThat(rule.path("name").asText()).isNotBlank();
            assertThat(rule.path("impacts")).hasSize(1);
            assertThat(rule.path("impacts").path(0).path("severity").asText()).isIn("HIGH", "MEDIUM", "LOW");
        });
        assertThat(ruleIds).doesNotHaveDuplicates();
        root.path("issues").forEach(issue -> {
            assertThat(issue.has("severity")).isFalse();
            assertThat(issue.has("type")).isFalse();
            assertThat(ruleIds).contains(issue.path("ruleId").asText());
        });
        JsonNode copy = root.path("issues").path(4);
        assertThat(copy.path("ruleId").asText()).isEqualTo("CacheBustingCopy");
        assertThat(copy.path("secondaryLocations").path(0).path("textRange").path("startColumn").asInt()).isZero();
        assertThat(copy.path("secondaryLocations").path(0).path("textRange").path("endColumn").asInt()).isEqualTo(10);
    }

    @Test
    void sonarQubeColumnsAreZeroBasedInsideTheLineAndNeverEmpty() {
        SourceText text = SourceText.of("FROM alpine\n\nRUN x\n");
        assertThat(SonarQubeReporter.columns(text, new SourceRange(1, 6, 1, 12))).hasValueSatisfying(
                c -> assertThat(c).containsExactly(5, 11));
        assertThat(SonarQubeReporter.columns(text, new SourceRange(1, 6, 1, 6))).hasValueSatisfying(
                c -> assertThat(c).containsExactly(5, 6));
        assertThat(SonarQubeReporter.columns(text, new SourceRange(1, 12, 1, 12))).hasValueSatisfying(
                c -> assertThat(c).containsExactly(10, 11));
        assertThat(SonarQubeReporter.columns(text, new SourceRange(1, 1, 1, 40))).hasValueSatisfying(
                c -> assertThat(c).containsExactly(0, 11));
        assertThat(SonarQubeReporter.columns(text, new SourceRange(2, 1, 2, 1))).isEmpty();
        assertThat(SonarQubeReporter.columns(text, new SourceRange(3, 1, 4, 1))).hasValueSatisfying(
                c -> assertThat(c).containsExactly(0, 0));
        assertThat(SonarQubeReporter.columns(text, new SourceRange(3, 1, 9, 1))).isEmpty();
    }
}
