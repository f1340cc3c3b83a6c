package dev.dlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Category;
import dev.dlint.rule.Finding;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.rule.Severity;
import dev.dlint.text.SourceRange;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Code Climate issues, in two framings. {@code gitlab}: one JSON array, the GitLab Code Quality report
 * ({@code artifacts:reports:codequality}); GitLab reads {@code description}, {@code check_name},
 * {@code fingerprint}, {@code severity}, {@code location.path} and {@code location.lines.begin}. {@code codeclimate}:
 * the Code Climate engine stream, each issue a JSON object followed by a NUL byte, with exact
 * {@code location.positions} (1-based; the end column is one past the last character, as in SARIF).
 *
 * <p>Fingerprints are {@link StableFingerprints}; severities follow hadolint's mapping (error {@code blocker},
 * warning {@code major}, info {@code info}, style {@code minor}). Unreadable inputs have no issue (the format cannot
 * say "not analysed"); they are on standard error and in the exit code.
 */
public final class CodeQualityReporter implements Reporter {

    /** How the issues are framed. */
    public enum Framing {
        /** One JSON array (GitLab Code Quality). */
        GITLAB,
        /** NUL-terminated JSON objects (Code Climate engine specification). */
        CODECLIMATE
    }

    private final Framing framing;
    private final Map<String, Category> categories = new HashMap<>();

    public CodeQualityReporter(ReportContext context, Framing framing) {
        this.framing = framing;
        for (RuleMetadata rule : context.rules()) {
            categories.put(rule.name(), rule.category());
        }
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        if (framing == Framing.GITLAB) {
            try (JsonGenerator json = JsonOutput.pretty(out)) {
                json.writeStartArray();
                issues(report, json, null);
                json.writeEndArray();
            }
            out.write('\n');
        } else {
            issues(report, null, out);
        }
    }

    /** Writes every issue, into the array {@code json} or as a NUL-terminated object each onto {@code stream}. */
    private void issues(Report report, JsonGenerator array, Writer stream) throws IOException {
        for (FileResult file : report.files()) {
            List<Finding> findings = file.reported();
            List<String> fingerprints = StableFingerprints.of(file, findings);
            for (int i = 0; i < findings.size(); i++) {
                if (array != null) {
                    issue(array, file.path(), findings.get(i), fingerprints.get(i));
                } else {
                    try (JsonGenerator json = JsonOutput.compact(stream)) {
                        issue(json, file.path(), findings.get(i), fingerprints.get(i));
                    }
                    stream.write('\0');
                }
            }
        }
    }

    private void issue(JsonGenerator json, String path, Finding f, String fingerprint) throws IOException {
        SourceRange r = f.range();
        json.writeStartObject();
        json.writeStringField("type", "issue");
        JsonOutput.string(json, "check_name", f.rule());
        JsonOutput.string(json, "description", ReportText.oneLine(f.message()));
        json.writeArrayFieldStart("categories");
        json.writeString(category(f));
        json.writeEndArray();
        json.writeStringField("severity", severity(f.severity()));
        json.writeStringField("fingerprint", fingerprint);
        json.writeObjectFieldStart("location");
        JsonOutput.string(json, "path", path);
        if (framing == Framing.GITLAB) {
            json.writeObjectFieldStart("lines");
            json.writeNumberField("begin", r.startLine());
            json.writeNumberField("end", r.endLine());
            json.writeEndObject();
        } else {
            json.writeObjectFieldStart("positions");
            position(json, "begin", r.startLine(), r.startColumn());
            position(json, "end", r.endLine(), r.endColumn());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void position(JsonGenerator json, String name, int line, int column) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("line", line);
        json.writeNumberField("column", column);
        json.writeEndObject();
    }

    /** Code Climate's severities, mapped as hadolint maps them. */
    static String severity(Severity severity) {
        switch (severity) {
            case ERROR:
                return "blocker";
            case WARNING:
                return "major";
            case INFO:
                return "info";
            default:
                return "minor";
        }
    }

    /** The Code Climate category of the finding's rule; a rule missing from the catalogue is a bug risk. */
    private String category(Finding finding) {
        Category category = categories.getOrDefault(finding.rule(), Category.CORRECTNESS);
        switch (category) {
            case SECURITY:
                return "Security";
            case CACHE:
            case SIZE:
                return "Performance";
            case MAINTAINABILITY:
                return "Clarity";
            case STYLE:
                return "Style";
            default:
                return "Bug Risk";
        }
    }
}
