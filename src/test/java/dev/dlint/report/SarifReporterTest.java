package dev.dlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.contrastsecurity.sarif.Fix;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.Replacement;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
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
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SARIF report, read back through the SARIF Java model after schema validation. */
class SarifReporterTest {

    private static String write(Report report, ReportContext context) {
        return write(new SarifReporter(context), report);
    }

    private static String write(SarifReporter reporter, Report report) {
        StringWriter out = new StringWriter();
        try {
            reporter.write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static Run sampleRun(String name, ReportContext context) {
        SarifSchema210 log = SarifChecks.check(name, write(SampleReports.report(), context));
        assertThat(log.getVersion().value()).isEqualTo("2.1.0");
        assertThat(log.get$schema().toString()).isEqualTo(SarifReporter.SCHEMA);
        return log.getRuns().get(0);
    }

    private static Result result(Run run, String uri, String ruleId) {
        return run.getResults().stream()
                .filter(r -> r.getRuleId().equals(ruleId))
                .filter(r -> r.getLocations().get(0).getPhysicalLocation().getArtifactLocation().getUri().equals(uri))
                .findFirst().orElseThrow();
    }

    private static ReportingDescriptor rule(Run run, String id) {
        return run.getTool().getDriver().getRules().stream().filter(r -> r.getId().equals(id)).findFirst().orElseThrow();
    }

    /** Ids of {@code runs[0].tool.driver.<array>} in document order (the Java model keeps them in sets). */
    private static List<String> driverIds(String sarif, String array) {
        try {
            List<String> ids = new ArrayList<>();
            new ObjectMapper().readTree(sarif).path("runs").path(0).path("tool").path("driver").path(array)
                    .forEach(node -> ids.add(node.path("id").asText()));
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Region region(Result result) {
        return result.getLocations().get(0).getPhysicalLocation().getRegion();
    }

    @Test
    void driverDescribesDlintAndTheRulesThatReported() {
        Run run = sampleRun("sample", SampleReports.context());
        assertThat(run.getTool().getDriver().getName()).isEqualTo("dlint");
        assertThat(run.getTool().getDriver().getSemanticVersion()).isEqualTo("1.2.3");
        assertThat(run.getTool().getDriver().getInformationUri().toString()).isEqualTo(ProjectLinks.HOME);
        assertThat(driverIds(write(SampleReports.report(), SampleReports.context()), "rules"))
                .containsExactly("SyntaxError", "CurlInsecureTls", "UnpinnedBaseImage", "CacheBustingCopy", "NoisyEcho");
        assertThat(result(run, "docker/api/Dockerfile", "CurlInsecureTls").getRuleIndex()).isEqualTo(1);
    }

    @Test
    void allRulesAreListedWhenAsked() {
        ReportContext context = SampleReports.context().withSarif("dlint/", true, false);
        Run run = sampleRun("sample-all-rules", context);
        assertThat(driverIds(write(SampleReports.report(), context), "rules")).containsExactly("SyntaxError", "CurlInsecureTls", "UnpinnedBaseImage", "CacheBustingCopy", "NoisyEcho",
                        "NeverReports");
        Result copy = result(run, "web%20app/Dockerfile.prod", "CacheBustingCopy");
        assertThat(copy.getRuleIndex()).isEqualTo(3);
    }

    @Test
    void ruleMetadataComesFromTheCatalogueAndTheRuleDocument() {
        Run run = sampleRun("sample", SampleReports.context());
        ReportingDescriptor curl = rule(run, "CurlInsecureTls");
        assertThat(curl.getName()).isEqualTo("curl-insecure-tls");
        assertThat(curl.getShortDescription().getText()).isEqualTo("curl runs with TLS certificate verification disabled");
        assertThat(curl.getFullDescription().getText())
                .isEqualTo("A RUN instruction that calls curl with -k or --insecure.");
        assertThat(curl.getHelp().getMarkdown()).startsWith("curl runs with TLS certificate verification disabled\n## What")
                .contains("```dockerfile\nRUN curl -k").doesNotContain("# CurlInsecureTls");
        assertThat(curl.getHelp().getText()).contains("    RUN curl -k https://example.com/x.sh -o x.sh")
                .contains("Remove -k. For a private CA, add its certificate and pass --cacert "
                        + "(https://curl.se/docs/manpage.html).")
                .doesNotContain("```").doesNotContain("**").doesNotContain("## ");
        assertThat(curl.getHelpUri().toString())
                .isEqualTo("https://github.com/dlint-dev/dlint/blob/v1.2.3/rules/CurlInsecureTls.md");
        assertThat(curl.getDefaultConfiguration().getLevel().value()).isEqualTo("error");
        assertThat(curl.getProperties().getTags()).containsExactly("security", "dockerfile");
        assertThat(curl.getProperties().getAdditionalProperties())
                .containsEntry("precision", "high")
                .containsEntry("security-severity", "8.0")
                .doesNotContainKey("problem.severity");
    }

    @Test
    void ruleWithoutDocumentGetsItsSummaryAsHelp() {
        Run run = sampleRun("sample", SampleReports.context());
        ReportingDescriptor unpinned = rule(run, "UnpinnedBaseImage");
        assertThat(unpinned.getHelp().getText()).isEqualTo("The base image is not pinned by digest");
        assertThat(unpinned.getHelp().getMarkdown()).isEqualTo("The base image is not pinned by digest");
        assertThat(unpinned.getFullDescription().getText()).isEqualTo("The base image is not pinned by digest");
        assertThat(unpinned.getDefaultConfiguration().getLevel().value()).isEqualTo("note");
        assertThat(unpinned.getProperties().getTags())
                .containsExactly("maintainability", "dockerfile", "external/hadolint/DL3006");
        assertThat(unpinned.getProperties().getAdditionalProperties())
                .containsEntry("precision", "very-high")
                .containsEntry("problem.severity", "recommendation")
                .doesNotContainKey("security-severity");
    }

    @Test
    void packagedRuleDocumentsAreUsedByDefault() {
        ReportContext context = ReportContext.of("1.2.3", SampleReports.CATALOGUE);
        Run run = sampleRun("sample-packaged-docs", context);
        ReportingDescriptor syntax = rule(run, "SyntaxError");
        assertThat(syntax.getHelp().getMarkdown()).contains("## What it flags").contains("```dockerfile");
        assertThat(syntax.getProperties().getTags()).contains("external/hadolint/DL1000");
    }

    @Test
    void resultsHaveLevelsMessagesAndExactRegions() {
        Run run = sampleRun("sample", SampleReports.context());
        Result curl = result(run, "docker/api/Dockerfile", "CurlInsecureTls");
        assertThat(curl.getRuleIndex()).isEqualTo(1);
        assertThat(curl.getLevel().value()).isEqualTo("error");
        assertThat(curl.getMessage().getText()).startsWith("curl is called with -k, which disables").endsWith("verified.");
        Region region = region(curl);
        assertThat(List.of(region.getStartLine(), region.getStartColumn(), region.getEndLine(), region.getEndColumn()))
                .containsExactly(4, 10, 4, 12);
        assertThat(result(run, "docker/api/Dockerfile", "UnpinnedBaseImage").getLevel().value()).isEqualTo("note");
        assertThat(result(run, "Dockerfile", "NoisyEcho").getLevel().value()).isEqualTo("note");
        assertThat(result(run, "web%20app/Dockerfile.prod", "CacheBustingCopy").getLevel().value()).isEqualTo("warning");
        Region form = region(result(run, "Dockerfile", "SyntaxError"));
        assertThat(List.of(form.getStartLine(), form.getStartColumn(), form.getEndLine(), form.getEndColumn()))
                .containsExactly(1, 1, 1, 5);
    }

    @Test
    void resultsAreInFileThenPositionOrder() {
        Run run = sampleRun("sample", SampleReports.context());
        List<String> order = new ArrayList<>();
        for (Result r : run.getResults()) {
            Region region = region(r);
            order.add(r.getLocations().get(0).getPhysicalLocation().getArtifactLocation().getUri() + ":"
                    + region.getStartLine() + ":" + region.getStartColumn() + " " + r.getRuleId());
        }
        assertThat(order).containsExactly("Dockerfile:1:1 SyntaxError", "Dockerfile:2:5 NoisyEcho",
                "docker/api/Dockerfile:1:6 UnpinnedBaseImage", "docker/api/Dockerfile:4:10 CurlInsecureTls",
                "web%20app/Dockerfile.prod:2:1 CacheBustingCopy", "web%20app/Dockerfile.prod:2:6 CacheBustingCopy");
    }

    @Test
    void urisAreRelativeToSourceRootAndPercentEncoded() {
        Run run = sampleRun("sample", SampleReports.context());
        Location location = result(run, "web%20app/Dockerfile.prod", "CacheBustingCopy").getLocations().get(0);
        assertThat(location.getPhysicalLocation().getArtifactLocation().getUriBaseId()).isEqualTo("%SRCROOT%");
        assertThat(run.getOriginalUriBaseIds().getAdditionalProperties()).containsOnlyKeys("%SRCROOT%");
        assertThat(run.getOriginalUriBaseIds().getAdditionalProperties().get("%SRCROOT%").getUri()).isNull();
        assertThat(run.getColumnKind().value()).isEqualTo("utf16CodeUnits");
        assertThat(run.getAutomationDetails().getId()).isEqualTo("dlint/");
    }

    @Test
    void fingerprintsAreGithubLineHashes() {
        Run run = sampleRun("sample", SampleReports.context());
        assertThat(result(run, "docker/api/Dockerfile", "CurlInsecureTls").getPartialFingerprints()
                .getAdditionalProperties()).containsExactly(java.util.Map.entry("primaryLocationLineHash",
                "dd4ab53da85b204b:1"));
        LineFingerprints web = LineFingerprints.of(SourceText.of(SampleReports.WEB_DOCKERFILE));
        assertThat(result(run, "web%20app/Dockerfile.prod", "CacheBustingCopy").getPartialFingerprints()
                .getAdditionalProperties().get("primaryLocationLineHash")).isEqualTo(web.forLine(2));
    }

    @Test
    void fixesBecomeArtifactChangesWithReplacements() {
        Run run = sampleRun("sample", SampleReports.context());
        Fix removeK = result(run, "docker/api/Dockerfile", "CurlInsecureTls").getFixes().iterator().next();
        assertThat(removeK.getDescription().getText()).isEqualTo("Remove -k");
        assertThat(removeK.getArtifactChanges()).hasSize(1);
        assertThat(removeK.getArtifactChanges().iterator().next().getArtifactLocation().getUri())
                .isEqualTo("docker/api/Dockerfile");
        Replacement deletion = removeK.getArtifactChanges().iterator().next().getReplacements().get(0);
        assertThat(List.of(deletion.getDeletedRegion().getStartLine(), deletion.getDeletedRegion().getStartColumn(),
                deletion.getDeletedRegion().getEndLine(), deletion.getDeletedRegion().getEndColumn()))
                .containsExactly(4, 10, 4, 13);
        assertThat(deletion.getInsertedContent()).isNull();

        Fix pin = result(run, "docker/api/Dockerfile", "UnpinnedBaseImage").getFixes().iterator().next();
        Replacement insertion = pin.getArtifactChanges().iterator().next().getReplacements().get(0);
        assertThat(insertion.getDeletedRegion().getStartColumn()).isEqualTo(20);
        assertThat(insertion.getDeletedRegion().getEndColumn()).isEqualTo(20);
        assertThat(insertion.getInsertedContent().getText()).startsWith("@sha256:0000");
        assertThat(result(run, "Dockerfile", "SyntaxError").getFixes()).isNull();
    }

    @Test
    void relatedLocationsAreListedAndLinkedFromTheMessage() {
        Run run = sampleRun("sample", SampleReports.context());
        Result copy = result(run, "web%20app/Dockerfile.prod", "CacheBustingCopy");
        assertThat(copy.getRelatedLocations()).hasSize(1);
        Location related = copy.getRelatedLocations().iterator().next();
        assertThat(related.getId()).isEqualTo(1);
        assertThat(related.getMessage().getText()).isEqualTo("npm ci reinstalls every dependency.");
        Region r = related.getPhysicalLocation().getRegion();
        assertThat(List.of(r.getStartLine(), r.getStartColumn(), r.getEndLine(), r.getEndColumn()))
                .containsExactly(3, 1, 3, 11);
        assertThat(copy.getMessage().getText()).isEqualTo(
                "COPY . /app → every change to any file reruns \\[npm ci\\]. Related: [npm ci reinstalls every dependency](1).");
    }

    @Test
    void suppressedFindingsAreLeftOutUnlessAsked() {
        Run run = sampleRun("sample", SampleReports.context());
        assertThat(run.getResults()).noneMatch(r -> r.getSuppressions() != null);
        assertThat(run.getResults()).filteredOn(r -> r.getRuleId().equals("NoisyEcho")).hasSize(1);

        Run withSuppressed = sampleRun("sample-suppressed", SampleReports.context().withSarif("dlint/", false, true));
        List<Result> echoes = withSuppressed.getResults().stream().filter(r -> r.getRuleId().equals("NoisyEcho")).toList();
        assertThat(echoes).hasSize(2);
        Suppression suppression = echoes.get(1).getSuppressions().iterator().next();
        assertThat(suppression.getKind().value()).isEqualTo("inSource");
        assertThat(suppression.getStatus().value()).isEqualTo("accepted");
        assertThat(suppression.getJustification()).isEqualTo("kept on purpose: the demo needs it");
        assertThat(echoes.get(0).getSuppressions()).isNull();
    }

    @Test
    void unreadableAndUnparsableFilesBecomeNotifications() {
        Run run = sampleRun("sample", SampleReports.context());
        assertThat(run.getInvocations()).hasSize(1);
        assertThat(run.getInvocations().get(0).getExecutionSuccessful()).isFalse();
        List<Notification> notes = run.getInvocations().get(0).getToolExecutionNotifications();
        assertThat(notes).extracting(n -> n.getDescriptor().getId()).containsExactly("ParseError", "UnreadableInput");
        Notification unreadable = notes.get(1);
        assertThat(unreadable.getLevel().value()).isEqualTo("error");
        assertThat(unreadable.getMessage().getText()).isEqualTo("Cannot read missing/Dockerfile: no such file or directory.");
        assertThat(unreadable.getLocations().iterator().next().getPhysicalLocation().getArtifactLocation().getUri())
                .isEqualTo("missing/Dockerfile");
        assertThat(driverIds(write(SampleReports.report(), SampleReports.context()), "notifications"))
                .containsExactly("UnreadableInput", "ParseError");
        assertThat(notes.get(0).getDescriptor().getIndex()).isEqualTo(1);
        assertThat(unreadable.getDescriptor().getIndex()).isEqualTo(0);
    }

    @Test
    void cleanRunHasEmptyResultsAndSucceeds() {
        Report clean = new Report(List.of(new FileResult("Dockerfile", Optional.of(SourceText.of("FROM alpine:3.20\n")),
                List.of(), Optional.empty(), Severity.INFO)));
        Run run = SarifChecks.check("clean", write(clean, SampleReports.context())).getRuns().get(0);
        assertThat(run.getResults()).isEmpty();
        assertThat(run.getTool().getDriver().getRules()).isEmpty();
        assertThat(run.getInvocations().get(0).getExecutionSuccessful()).isTrue();
        assertThat(run.getInvocations().get(0).getToolExecutionNotifications()).isNullOrEmpty();
    }

    @Test
    void categoryGetsItsFinalSlash() {
        assertThat(sampleRun("sample-category", SampleReports.context().withSarif("dlint/api", false, false))
                .getAutomationDetails().getId()).isEqualTo("dlint/api/");
        assertThat(ReportContext.normalizeCategory("  ")).isEqualTo("dlint/");
        assertThat(ReportContext.normalizeCategory("docker/")).isEqualTo("docker/");
    }

    @Test
    void outputIsDeterministicAndHasNoTimestampsUnlessAsked() {
        String first = write(SampleReports.report(), SampleReports.context());
        String second = write(SampleReports.report(), SampleReports.context());
        assertThat(first).isEqualTo(second).doesNotContain("TimeUtc").endsWith("}\n");

        Instant start = Instant.parse("2025-01-02T03:04:05.678Z");
        SarifReporter timed = new SarifReporter(SampleReports.context().withStartTime(Optional.of(start)),
                SarifReporter.MAX_RESULTS, () -> start.plusMillis(1500));
        Run run = SarifChecks.check("sample-timestamps", write(timed, SampleReports.report())).getRuns().get(0);
        assertThat(run.getInvocations().get(0).getStartTimeUtc().toInstant()).isEqualTo(start);
        assertThat(write(timed, SampleReports.report())).contains("\"endTimeUtc\": \"2025-01-02T03:04:07.178Z\"");
    }

    @Test
    void standardInputWithoutAFileNameIsLeftOutWithANotification() {
        SourceText text = SourceText.of("FORM x\n");
        Report report = new Report(List.of(new FileResult("-", Optional.of(text), List.of(Finding.of("SyntaxError",
                Severity.ERROR, "unknown instruction: FORM", new SourceRange(1, 1, 1, 5))), Optional.empty(), Severity.INFO)));
        Run run = SarifChecks.check("stdin-unnamed", write(report, SampleReports.context())).getRuns().get(0);
        assertThat(run.getResults()).isEmpty();
        assertThat(run.getInvocations().get(0).getToolExecutionNotifications())
                .extracting(n -> n.getDescriptor().getId()).containsExactly("UnnamedStandardInput");
    }

    @Test
    void filesOutsideTheRepositoryGetAbsoluteFileUris() {
        SourceText text = SourceText.of("FORM x\n");
        Report report = new Report(List.of(new FileResult("/tmp/other dir/Dockerfile", Optional.of(text),
                List.of(Finding.of("SyntaxError", Severity.ERROR, "unknown instruction: FORM",
                        new SourceRange(1, 1, 1, 5))), Optional.empty(), Severity.INFO)));
        Run run = SarifChecks.check("outside-root", write(report, SampleReports.context())).getRuns().get(0);
        Location location = run.getResults().get(0).getLocations().get(0);
        assertThat(location.getPhysicalLocation().getArtifactLocation().getUri())
                .isEqualTo("file:///tmp/other%20dir/Dockerfile");
        assertThat(location.getPhysicalLocation().getArtifactLocation().getUriBaseId()).isNull();
    }

    @Test
    void tooManyResultsKeepTheMostSevere() {
        SourceText text = SourceText.of("FROM a\nRUN b\nRUN c\nRUN d\n");
        List<Finding> findings = List.of(
                Finding.of("NoisyEcho", Severity.STYLE, "style one", new SourceRange(1, 1, 1, 2)),
                Finding.of("CacheBustingCopy", Severity.WARNING, "warning", new SourceRange(2, 1, 2, 2)),
                Finding.of("NoisyEcho", Severity.STYLE, "style two", new SourceRange(3, 1, 3, 2)),
                Finding.of("SyntaxError", Severity.ERROR, "error", new SourceRange(4, 1, 4, 2)));
        Report report = new Report(List.of(new FileResult("Dockerfile", Optional.of(text), findings, Optional.empty(), Severity.INFO)));
        SarifReporter reporter = new SarifReporter(SampleReports.context(), 2, Instant::now);
        Run run = SarifChecks.check("truncated", write(reporter, report)).getRuns().get(0);
        assertThat(run.getResults()).extracting(Result::getRuleId).containsExactly("CacheBustingCopy", "SyntaxError");
        assertThat(run.getInvocations().get(0).getToolExecutionNotifications())
                .extracting(n -> n.getDescriptor().getId()).containsExactly("ParseError", "ResultsTruncated");
    }

    @Test
    void unknownRulesGetAMinimalDescription() {
        SourceText text = SourceText.of("FROM a\n");
        Report report = new Report(List.of(new FileResult("Dockerfile", Optional.of(text), List.of(
                Finding.of("MadeUpRule", Severity.WARNING, "made up", new SourceRange(1, 1, 1, 5))), Optional.empty(), Severity.INFO)));
        Run run = SarifChecks.check("unknown-rule", write(report, SampleReports.context())).getRuns().get(0);
        ReportingDescriptor rule = rule(run, "MadeUpRule");
        assertThat(rule.getHelp().getText()).isEqualTo("MadeUpRule");
        assertThat(rule.getHelpUri()).isNull();
    }

    @Test
    void invalidInputBytesAndControlCharactersStayValidJson() throws IOException {
        SourceText text = SourceText.decode(new byte[] {'F', 'R', 'O', 'M', ' ', (byte) 0xFF, '\n'});
        String message = "bad byte " + text.line(1).charAt(5) + " and a bell \u0007";
        Report report = new Report(List.of(new FileResult("Dockerfile", Optional.of(text), List.of(
                Finding.of("SyntaxError", Severity.ERROR, message, new SourceRange(1, 6, 1, 7))), Optional.empty(), Severity.INFO)));
        String sarif = write(report, SampleReports.context());
        Run run = SarifChecks.check("invalid-bytes", sarif).getRuns().get(0);
        assertThat(run.getResults().get(0).getMessage().getText()).isEqualTo("bad byte \uFFFD and a bell \u0007.");
        JsonNode tree = new ObjectMapper().readTree(sarif);
        assertThat(tree.path("runs").path(0).path("results").path(0).path("partialFingerprints")
                .path("primaryLocationLineHash").asText()).isEqualTo(LineFingerprints.of("FROM \uFFFD\n").forLine(1));
    }

    @Test
    void ruleNamesAreKebabCaseSoTheyDifferFromTheirIds() {
        assertThat(SarifReporter.kebabCase("NoEmptyContinuation")).isEqualTo("no-empty-continuation");
        assertThat(SarifReporter.kebabCase("JSONArgsRecommended")).isEqualTo("json-args-recommended");
        assertThat(SarifReporter.kebabCase("DL3008")).isEqualTo("dl3008");
        assertThat(SarifReporter.kebabCase("Apt2Cleanup")).isEqualTo("apt2-cleanup");
    }
}
