package dev.dlint.report.image;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dlint.attribution.Attribution;
import dev.dlint.attribution.LayerSource;
import dev.dlint.engine.CrossCheck;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.ImageResult;
import dev.dlint.image.analysis.GateResult;
import dev.dlint.image.analysis.ImageJsonWriter;
import dev.dlint.image.analysis.WastedFile;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Related;
import dev.dlint.text.SourceRange;
import dev.dlint.text.Utf8;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code json} format of {@code dlint image} (docs/image-json.md): the analyzer's document ({@code image},
 * {@code layers} with their {@code files} when the analysis kept them, {@code waste}, {@code dive}, {@code warnings},
 * {@code problems}) followed by {@code findings}, {@code gates}, with {@code --dockerfile} {@code attribution}, and
 * {@code tool}. With {@code --dockerfile}, {@code layers[].source} and {@code waste.files[].writtenBy}/{@code hiddenBy}
 * name the Dockerfile lines. Finding objects use the field names of {@code dlint lint --format json} plus
 * {@code logicalLocation}.
 */
public final class ImageJsonReporter {

    private final String toolVersion;

    public ImageJsonReporter(String toolVersion) {
        this.toolVersion = toolVersion;
    }

    public void write(ImageResult report, Writer out) throws IOException {
        List<ImageJsonWriter.Section> sections = new ArrayList<>(List.of(
                g -> findings(g, report),
                g -> gates(g, report)));
        report.attribution().ifPresent(a -> sections.add(g -> attribution(g, a, report)));
        sections.add(this::tool);
        ImageJsonWriter.Annotations annotations = report.attribution().isPresent()
                ? new Lines(report.attribution().get()) : ImageJsonWriter.Annotations.NONE;
        new ImageJsonWriter().write(report.analysis(), out, sections, annotations);
        out.write('\n');
        out.flush();
    }

    /** {@code layers[].source}, {@code waste.files[].writtenBy} and {@code .hiddenBy}. */
    private static final class Lines implements ImageJsonWriter.Annotations {
        private final Attribution attribution;

        Lines(Attribution attribution) {
            this.attribution = attribution;
        }

        @Override
        public void layerFields(JsonGenerator g, int index) throws IOException {
            Optional<LayerSource> source = attribution.source(index);
            g.writeFieldName("source");
            if (source.isEmpty()) {
                g.writeNull();
                return;
            }
            g.writeStartObject();
            g.writeStringField("file", source.get().file());
            g.writeNumberField("line", source.get().line());
            g.writeNumberField("endLine", source.get().endLine());
            g.writeStringField("match", source.get().match().label());
            g.writeEndObject();
            if (source.get().baseImage()) {
                g.writeBooleanField("baseImage", true);
            }
            if (source.get().uncertain()) {
                g.writeStringField("sourceNote", Utf8.sanitize(source.get().note()));
            }
        }

        @Override
        public void wastedFileFields(JsonGenerator g, WastedFile file) throws IOException {
            line(g, "writtenBy", attribution.source(file.layer()));
            line(g, "hiddenBy", attribution.source(file.hiddenByLayer()));
        }

        private static void line(JsonGenerator g, String name, Optional<LayerSource> source) throws IOException {
            g.writeFieldName(name);
            if (source.isEmpty()) {
                g.writeNull();
                return;
            }
            g.writeStartObject();
            g.writeStringField("file", source.get().file());
            g.writeNumberField("line", source.get().line());
            g.writeEndObject();
        }
    }

    private static void findings(JsonGenerator g, ImageResult report) throws IOException {
        g.writeArrayFieldStart("findings");
        for (FileResult result : report.results()) {
            for (Finding f : result.reported()) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule());
                g.writeStringField("code", f.rule());
                g.writeStringField("severity", f.severity().label());
                g.writeStringField("level", f.severity().label());
                g.writeStringField("message", Utf8.sanitize(f.message()));
                g.writeStringField("file", result.path());
                range(g, f.range());
                g.writeStringField("logicalLocation", Utf8.sanitize(f.logicalLocation().orElse("")));
                if (!f.related().isEmpty()) {
                    g.writeArrayFieldStart("related");
                    for (Related related : f.related()) {
                        g.writeStartObject();
                        g.writeStringField("message", Utf8.sanitize(related.message()));
                        g.writeStringField("file", related.file().orElse(result.path()));
                        range(g, related.range());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        if (report.result().readError().isPresent()) {
            g.writeStringField("error", report.result().readError().get());
        }
    }

    private static void range(JsonGenerator g, SourceRange range) throws IOException {
        g.writeNumberField("line", range.startLine());
        g.writeNumberField("column", range.startColumn());
        g.writeNumberField("endLine", range.endLine());
        g.writeNumberField("endColumn", range.endColumn());
    }

    private static void attribution(JsonGenerator g, Attribution a, ImageResult report) throws IOException {
        g.writeObjectFieldStart("attribution");
        g.writeStringField("dockerfile", a.file());
        g.writeStringField("target", a.stage());
        g.writeNumberField("layers", a.layers().size());
        g.writeNumberField("attributed", a.attributed());
        g.writeArrayFieldStart("notes");
        for (String note : a.notes()) {
            g.writeString(Utf8.sanitize(note));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("crossCheck");
        for (CrossCheck check : report.crossChecks()) {
            g.writeStartObject();
            g.writeStringField("rule", check.finding().rule());
            g.writeStringField("file", a.file());
            g.writeNumberField("line", check.finding().range().startLine());
            g.writeNumberField("layer", check.layer());
            g.writeNumberField("measuredBytes", check.bytes());
            g.writeBooleanField("agrees", check.agrees());
            g.writeStringField("summary", Utf8.sanitize(check.summary()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
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
