package dev.dlint.report.image;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dlint.engine.ImageResult;
import dev.dlint.image.analysis.GateResult;
import dev.dlint.image.analysis.ImageJsonWriter;
import dev.dlint.rule.Finding;
import dev.dlint.text.Utf8;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The {@code json} format of {@code dlint image} (docs/image-json.md): the analyzer's document ({@code image},
 * {@code layers} with their {@code files} when the analysis kept them, {@code waste}, {@code dive}, {@code warnings},
 * {@code problems}) followed by {@code findings}, {@code gates} and {@code tool}. Finding objects use the field names of {@code dlint lint --format json} plus {@code logicalLocation}.
 */
public final class ImageJsonReporter {

    private final String toolVersion;

    public ImageJsonReporter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public void write(ImageResult report, Writer out) throws IOException {
        new ImageJsonWriter().write(report.analysis(), out, List.of(
                g -> findings(g, report),
                g -> gates(g, report),
                this::tool));
        out.write('\n');
        out.flush();
    }

    private static void findings(JsonGenerator g, ImageResult report) throws IOException {
        g.writeArrayFieldStart("findings");
        for (Finding f : report.result().reported()) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeStringField("code", f.rule());
            g.writeStringField("severity", f.severity().label());
            g.writeStringField("level", f.severity().label());
            g.writeStringField("message", Utf8.sanitize(f.message()));
            g.writeStringField("file", report.result().path());
            g.writeNumberField("line", f.range().startLine());
            g.writeNumberField("column", f.range().startColumn());
            g.writeNumberField("endLine", f.range().endLine());
            g.writeNumberField("endColumn", f.range().endColumn());
            g.writeStringField("logicalLocation", Utf8.sanitize(f.logicalLocation().orElse("")));
            g.writeEndObject();
        }
        g.writeEndArray();
        if (report.result().readError().isPresent()) {
            g.writeStringField("error", report.result().readError().get());
        }
    }

    private static void gates(JsonGenerator g, ImageResult report) throws IOException {
        g.writeObjectFieldStart("gates");
        g.writeBooleanField("failed", report.gatesFailed());
        g.writeArrayFieldStart("results");
        for (GateResult gate : report.gates()) {
            g.writeStartObject();
            g.writeStringField("name", gate.name());
            g.writeStringField("status", gate.status().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("message", gate.message());
            g.writeStringField("measured", gate.measured());
            g.writeStringField("threshold", gate.threshold());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void tool(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "dlint");
        g.writeStringField("version", toolVersion);
        g.writeEndObject();
    }
}
