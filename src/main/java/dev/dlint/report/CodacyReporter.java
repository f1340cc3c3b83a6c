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
 * The {@code codacy} format, Codacy's tool-result stream as hadolint writes it: one JSON object per line,
 * {@code {"filename", "patternId", "message", "line"}} per finding, with hadolint's code as the pattern where the
 * finding has one; an input that could not be read is {@code {"filename", "message"}}, Codacy's file error. As with
 * hadolint, findings never fail a run that writes this format.
 */
public final class CodacyReporter implements Reporter {

    private final JsonFactory factory = new JsonFactory();

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (FileResult file : report.files()) {
            if (file.readError().isPresent()) {
                line(out, file.path(), null, file.readError().get(), 0);
            }
            for (Finding finding : file.reported()) {
                line(out, file.path(), finding.hadolintCode(), finding.message(), finding.range().startLine());
            }
        }
    }

    private void line(Writer out, String file, String pattern, String message, int line) throws IOException {
        try (JsonGenerator json = factory.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("filename", file);
            if (pattern != null) {
                json.writeStringField("patternId", pattern);
            }
            json.writeStringField("message", Utf8.sanitize(message));
            if (pattern != null) {
                json.writeNumberField("line", line);
            }
            json.writeEndObject();
        }
        out.write('\n');
    }
}
