package dev.dlint.cache;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.dlint.text.Utf8;
import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

/**
 * Renders predictions as JSON: {@code {"dockerfile", "summary", "steps": [{"line", "endLine", "stage",
 * "instruction", "text", "built", "rebuilds", "cause": {"kind", "detail"} | null, "notes"}]}}, one step for every
 * instruction in file order (global ARGs have {@code "stage": null}); and history results likewise.
 */
public final class CacheJson {

    private CacheJson() {
    }

    public static void write(CachePlan plan, String dockerfile, Writer out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject();
            string(json, "dockerfile", dockerfile);
            json.writeObjectFieldStart("summary");
            json.writeNumberField("steps", plan.builtSteps().size());
            json.writeNumberField("rebuilds", plan.rebuilt().size());
            Optional<StepOutcome> first = plan.firstMiss();
            json.writeFieldName("firstMiss");
            if (first.isPresent()) {
                json.writeNumber(first.get().line());
            } else {
                json.writeNull();
            }
            string(json, "text", plan.summary());
            json.writeEndObject();
            json.writeArrayFieldStart("steps");
            for (StepOutcome step : plan.steps()) {
                json.writeStartObject();
                position(json, step);
                json.writeBooleanField("built", step.built());
                json.writeBooleanField("rebuilds", step.rebuilds());
                json.writeFieldName("cause");
                if (step.cause().isPresent()) {
                    json.writeStartObject();
                    json.writeStringField("kind", step.cause().get().kind().jsonName());
                    string(json, "detail", step.cause().get().detail());
                    json.writeEndObject();
                } else {
                    json.writeNull();
                }
                json.writeArrayFieldStart("notes");
                for (String note : step.notes()) {
                    json.writeString(Utf8.sanitize(note));
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    public static void write(HistoryAnalysis history, String dockerfile, Writer out) throws IOException {
        try (JsonGenerator json = generator(out)) {
            json.writeStartObject();
            string(json, "dockerfile", dockerfile);
            json.writeNumberField("commits", history.commits().size());
            json.writeNumberField("dockerfileEdits", history.dockerfileEdits());
            json.writeArrayFieldStart("steps");
            for (HistoryAnalysis.StepCount count : history.steps()) {
                json.writeStartObject();
                position(json, count.step());
                json.writeBooleanField("built", count.step().built());
                json.writeNumberField("rebuilds", count.rebuilds());
                json.writeNumberField("ownCauses", count.ownCauses());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("advice");
            for (HistoryAnalysis.Advice advice : history.advice()) {
                json.writeStartObject();
                json.writeNumberField("line", advice.step().line());
                json.writeStringField("kind", advice.kind());
                json.writeNumberField("rebuildsNow", advice.now());
                json.writeNumberField("rebuildsAfter", advice.after());
                string(json, "text", advice.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
        out.flush();
    }

    private static void position(JsonGenerator json, StepOutcome step) throws IOException {
        json.writeNumberField("line", step.line());
        json.writeNumberField("endLine", step.endLine());
        json.writeFieldName("stage");
        if (step.stageLabel().isPresent()) {
            string(json, null, step.stageLabel().get());
        } else {
            json.writeNull();
        }
        json.writeStringField("instruction", step.instruction().name());
        string(json, "text", Instructions.text(step.instruction(), Integer.MAX_VALUE));
    }

    private static void string(JsonGenerator json, String name, String value) throws IOException {
        if (name != null) {
            json.writeFieldName(name);
        }
        json.writeString(Utf8.sanitize(value));
    }

    private static JsonGenerator generator(Writer out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withRootSeparator("")
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        json.setPrettyPrinter(new DefaultPrettyPrinter(separators).withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
        return json;
    }
}
