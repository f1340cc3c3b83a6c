package dev.dlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Related;
import dev.dlint.rule.TextEdit;
import dev.dlint.text.SourceRange;
import dev.dlint.text.Utf8;
import java.io.IOException;
import java.io.Writer;

/**
 * The {@code json} format (schema version 1, documented in docs/json-format.md): one document with the files that
 * were linted and every reported finding. Finding objects keep hadolint's field names ({@code file}, {@code line},
 * {@code column}, {@code level}, {@code code}, {@code message}; {@code code} is the hadolint code where the finding has
 * one) and add exact ends, related locations and fixes.
 */
public final class JsonReporter implements Reporter {

    public static final int SCHEMA_VERSION = 1;

    private final String toolVersion;

    public JsonReporter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "dlint");
            json.writeStringField("version", toolVersion);
            json.writeEndObject();
            json.writeArrayFieldStart("files");
            for (FileResult file : report.files()) {
                json.writeStartObject();
                json.writeStringField("file", file.path());
                json.writeNumberField("findings", file.reported().size());
                if (file.readError().isPresent()) {
                    json.writeStringField("error", file.readError().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("findings");
            for (FileResult file : report.files()) {
                for (Finding finding : file.reported()) {
                    finding(json, file.path(), finding);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private static void finding(JsonGenerator json, String path, Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", f.rule());
        json.writeStringField("code", f.hadolintCode());
        json.writeStringField("severity", f.severity().label());
        json.writeStringField("level", f.severity().label());
        json.writeStringField("message", Utf8.sanitize(f.message()));
        json.writeStringField("file", path);
        range(json, f.range());
        json.writeArrayFieldStart("related");
        for (Related related : f.related()) {
            json.writeStartObject();
            json.writeStringField("message", Utf8.sanitize(related.message()));
            if (related.file().isPresent()) {
                json.writeStringField("file", related.file().get());
            }
            range(json, related.range());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (f.fix().isPresent()) {
            json.writeObjectFieldStart("fix");
            json.writeBooleanField("safe", f.fix().get().safe());
            json.writeStringField("description", f.fix().get().description());
            if (f.fix().get().target().isPresent()) {
                json.writeStringField("file", f.fix().get().target().get());
            }
            json.writeArrayFieldStart("edits");
            for (TextEdit edit : f.fix().get().edits()) {
                json.writeStartObject();
                range(json, edit.range());
                json.writeStringField("text", Utf8.sanitize(edit.replacement()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void range(JsonGenerator json, SourceRange r) throws IOException {
        json.writeNumberField("line", r.startLine());
        json.writeNumberField("column", r.startColumn());
        json.writeNumberField("endLine", r.endLine());
        json.writeNumberField("endColumn", r.endColumn());
    }
}
