package dev.dlint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.dlint.text.Utf8;
import java.io.IOException;
import java.io.Writer;

/** Streaming JSON for the machine formats: two-space indentation, {@code \n} line ends, valid Unicode only. */
final class JsonOutput {

    private JsonOutput() {
    }

    /** A generator that indents like {@code JSON.stringify(x, null, 2)} ({@code "key": value}) and leaves {@code out} open. */
    static JsonGenerator pretty(Writer out) throws IOException {
        JsonGenerator json = compact(out);
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withRootSeparator("")
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        json.setPrettyPrinter(new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter));
        return json;
    }

    /** A generator without whitespace that leaves {@code out} open. */
    static JsonGenerator compact(Writer out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return json;
    }

    /** Writes a string field, replacing unpaired surrogates (kept invalid input bytes) with U+FFFD. */
    static void string(JsonGenerator json, String name, String value) throws IOException {
        json.writeStringField(name, Utf8.sanitize(value));
    }

    /** Writes {@code {"text": value}}, SARIF's message shape, as field {@code name}. */
    static void textObject(JsonGenerator json, String name, String value) throws IOException {
        json.writeObjectFieldStart(name);
        string(json, "text", value);
        json.writeEndObject();
    }
}
