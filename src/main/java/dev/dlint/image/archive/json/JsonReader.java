package dev.dlint.image.archive.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.dlint.image.ImageFormatException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses bounded JSON documents (image metadata) into a {@link Json} tree with Jackson's streaming parser.
 *
 * <p>Callers cap the input size before reading; this reader additionally caps nesting depth and string length.
 */
public final class JsonReader {
    /** Largest JSON member that is read (manifests, indexes, configs). */
    public static final long MAX_JSON_BYTES = 16L * 1024 * 1024;

    private static final int MAX_DEPTH = 64;

    private final JsonFactory factory;

    /** Creates a reader with the dlint limits. */
    public JsonReader() {
        this(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength((int) MAX_JSON_BYTES)
                        .maxNumberLength(100)
                        .build())
                .build());
    }

    /** Creates a reader on a given factory (e.g. a YAML factory for {@code .dive-ci}). */
    public JsonReader(JsonFactory factory) {
        this.factory = factory;
    }

    /**
     * Parses a whole document.
     *
     * @param member name used in error messages
     * @throws ImageFormatException if the bytes are not one well-formed JSON value
     */
    public Json parse(byte[] data, String member) {
        try (JsonParser p = factory.createParser(data)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ImageFormatException(member, "empty JSON document");
            }
            Json value = read(p, first);
            if (p.nextToken() != null) {
                throw new ImageFormatException(member, "trailing content after the JSON value");
            }
            return value;
        } catch (IOException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            int nl = msg.indexOf('\n');
            throw new ImageFormatException(member, "malformed JSON: " + (nl < 0 ? msg : msg.substring(0, nl)), e);
        }
    }

    private Json read(JsonParser p, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT: {
                Map<String, Json> members = new LinkedHashMap<>();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    members.put(key, read(p, p.nextToken()));
                }
                expect(t, JsonToken.END_OBJECT, p);
                return new Json.Obj(members);
            }
            case START_ARRAY: {
                List<Json> items = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new IOException("unexpected end of input in an array");
                    }
                    items.add(read(p, t));
                }
                return new Json.Arr(items);
            }
            case VALUE_STRING:
                return new Json.Str(p.getText());
            case VALUE_NUMBER_INT:
                return new Json.Num(p.getText(), true);
            case VALUE_NUMBER_FLOAT:
                return new Json.Num(p.getText(), false);
            case VALUE_TRUE:
                return new Json.Bool(true);
            case VALUE_FALSE:
                return new Json.Bool(false);
            case VALUE_NULL:
                return new Json.Null();
            default:
                throw new IOException("unexpected token " + token);
        }
    }

    private static void expect(JsonToken actual, JsonToken expected, JsonParser p) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but found " + actual + " at " + p.currentLocation());
        }
    }
}
