package dev.dlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Related;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.rule.Severity;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * The {@code sonarqube} format: SonarQube's generic external issues (the format of 10.3 and later, imported with
 * {@code sonar.externalIssuesReportPaths}): {@code {"rules": [...], "issues": [...]}}. Each rule that reported is
 * described once with {@code engineId} {@code dlint}, a clean-code attribute and one impact; issues carry no
 * {@code severity} or {@code type} (the scanner rejects them). Text ranges use 1-based lines and 0-based columns
 * with an exclusive end, kept inside their lines and never empty, as the scanner requires. Impact severities come
 * from each rule's default severity: error HIGH, warning MEDIUM, info and style LOW.
 */
public final class SonarQubeReporter implements Reporter {

    private final ReportContext context;

    public SonarQubeReporter(ReportContext context) {
        this.context = context;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        ReportedRules rules = ReportedRules.of(report, context.rules(), false, false);
        try (JsonGenerator json = JsonOutput.pretty(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("rules");
            for (RuleMetadata rule : rules.list()) {
                rule(json, rule);
            }
            json.writeEndArray();
            json.writeArrayFieldStart("issues");
            for (FileResult file : report.files()) {
                for (Finding f : file.reported()) {
                    issue(json, file, f);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private void rule(JsonGenerator json, RuleMetadata rule) throws IOException {
        RuleDoc doc = context.ruleDocs().get(rule);
        json.writeStartObject();
        JsonOutput.string(json, "id", rule.name());
        JsonOutput.string(json, "name", rule.summary());
        String description = doc.description(rule.summary());
        String period = description.endsWith(".") ? "" : ".";
        JsonOutput.string(json, "description", description + period + " See "
                + ProjectLinks.ruleDocument(rule.name(), context.toolVersion()));
        json.writeStringField("engineId", "dlint");
        json.writeStringField("cleanCodeAttribute", cleanCodeAttribute(rule));
        json.writeArrayFieldStart("impacts");
        json.writeStartObject();
        json.writeStringField("softwareQuality", softwareQuality(rule));
        json.writeStringField("severity", impactSeverity(rule.severity()));
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void issue(JsonGenerator json, FileResult file, Finding f) throws IOException {
        json.writeStartObject();
        JsonOutput.string(json, "ruleId", f.rule());
        json.writeObjectFieldStart("primaryLocation");
        location(json, file, f.message(), f.range());
        json.writeEndObject();
        if (!f.related().isEmpty()) {
            json.writeArrayFieldStart("secondaryLocations");
            for (Related related : f.related()) {
                json.writeStartObject();
                if (related.file().isPresent()) {
                    JsonOutput.string(json, "message", ReportText.oneLine(related.message()));
                    JsonOutput.string(json, "filePath", related.file().get());
                    json.writeObjectFieldStart("textRange");
                    json.writeNumberField("startLine", related.range().startLine());
                    json.writeEndObject();
                } else {
                    location(json, file, related.message(), related.range());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    private static void location(JsonGenerator json, FileResult file, String message, SourceRange range)
            throws IOException {
        JsonOutput.string(json, "message", ReportText.oneLine(message));
        JsonOutput.string(json, "filePath", file.path());
        json.writeObjectFieldStart("textRange");
        Optional<int[]> columns = file.source().flatMap(source -> columns(source, range));
        json.writeNumberField("startLine", range.startLine());
        if (columns.isPresent()) {
            json.writeNumberField("endLine", range.endLine());
            json.writeNumberField("startColumn", columns.get()[0]);
            json.writeNumberField("endColumn", columns.get()[1]);
        }
        json.writeEndObject();
    }

    /**
     * The 0-based start and exclusive end columns of a range, clamped to the lengths of their lines and widened by
     * one character when empty; absent when the range cannot be expressed (past the end, or on an empty line).
     */
    static Optional<int[]> columns(SourceText source, SourceRange range) {
        int lines = source.lineCount() + (source.text().endsWith("\n") ? 1 : 0);
        if (range.endLine() > lines) {
            return Optional.empty();
        }
        int startLength = lineLength(source, range.startLine());
        int endLength = lineLength(source, range.endLine());
        int start = Math.min(range.startColumn() - 1, startLength);
        int end = Math.min(range.endColumn() - 1, endLength);
        if (range.startLine() == range.endLine() && start >= end) {
            if (end < endLength) {
                end = start + 1;
            } else if (start > 0) {
                start = end - 1;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new int[] {start, end});
    }

    private static int lineLength(SourceText source, int line) {
        return source.lineContentEnd(line) - source.lineStart(line);
    }

    static String softwareQuality(RuleMetadata rule) {
        switch (rule.category()) {
            case SECURITY:
                return "SECURITY";
            case CORRECTNESS:
                return "RELIABILITY";
            default:
                return "MAINTAINABILITY";
        }
    }

    static String cleanCodeAttribute(RuleMetadata rule) {
        switch (rule.category()) {
            case SECURITY:
                return "TRUSTWORTHY";
            case CORRECTNESS:
                return "LOGICAL";
            case CACHE:
            case SIZE:
                return "EFFICIENT";
            case MAINTAINABILITY:
                return "CLEAR";
            default:
                return "CONVENTIONAL";
        }
    }

    static String impactSeverity(Severity severity) {
        switch (severity) {
            case ERROR:
                return "HIGH";
            case WARNING:
                return "MEDIUM";
            default:
                return "LOW";
        }
    }
}
