package dev.dlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Finding;
import dev.dlint.text.Utf8;
import java.io.IOException;
import java.io.Writer;

/**
 * The {@code hadolint-json} format: hadolint's own JSON, one array of {@code {code, column, file, level, line,
 * message}} objects, so that scripts written for {@code hadolint -f json} ({@code jq '.[] | .code'}) keep working.
 * {@code code} is the finding's hadolint code (DL3006, SC2086) where it has one, else the dlint rule's name; lines and
 * columns are dlint's exact start (hadolint itself reports column 1). Suppressed findings and unreadable inputs are
 * left out, as in hadolint; unreadable inputs are on standard error and in the exit code.
 */
public final class HadolintJsonReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartArray();
            for (FileResult file : report.files()) {
                for (Finding finding : file.reported()) {
                    json.writeStartObject();
                    json.writeStringField("code", finding.hadolintCode());
                    json.writeNumberField("column", finding.range().startColumn());
                    json.writeStringField("file", file.path());
                    json.writeStringField("level", finding.severity().label());
                    json.writeNumberField("line", finding.range().startLine());
                    json.writeStringField("message", Utf8.sanitize(finding.message()));
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
        }
        out.write('\n');
    }
}
