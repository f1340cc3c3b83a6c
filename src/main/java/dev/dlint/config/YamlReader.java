package dev.dlint.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Reads a YAML document into {@link YamlNode}s with Jackson's streaming YAML parser (no data binding). */
final class YamlReader {

    private static final int MAX_DEPTH = 64;

    private YamlReader() {
    }

    /** Parses a document; an empty document is an empty mapping. */
    static YamlNode read(String text) throws ConfigException.Syntax {
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(Map.of(), Map.of(), 1, 1);
            }
            return node(parser, 0);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null
                    && marked.getProblemMark() != null) {
                // SnakeYAML's problem names the cause and where it is; its context ("while scanning ...") does not.
                throw new ConfigException.Syntax(problem(marked.getProblem()), marked.getProblemMark().getLine() + 1,
                        marked.getProblemMark().getColumn() + 1);
            }
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage().split("\n")[0];
            throw new ConfigException.Syntax(message, at == null ? 1 : at.getLineNr(), at == null ? 1 : at.getColumnNr());
        } catch (IOException e) {
            throw new ConfigException.Syntax(String.valueOf(e.getMessage()), 1, 1);
        }
    }

    /** SnakeYAML's description of a problem, with a tab called a tab. */
    private static String problem(String problem) {
        if (problem.contains("\\t(TAB)") || problem.contains("\t")) {
            return "a tab character, which YAML does not allow for indentation (indent with spaces)";
        }
        return problem.split("\n")[0].strip();
    }

    private static YamlNode node(JsonParser parser, int depth) throws IOException, ConfigException.Syntax {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (depth > MAX_DEPTH) {
            throw new ConfigException.Syntax("nested deeper than " + MAX_DEPTH + " levels", line, column);
        }
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, int[]> keys = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    JsonLocation keyAt = parser.currentTokenLocation();
                    if (entries.containsKey(key)) {
                        throw new ConfigException.Syntax("duplicate key '" + key + "'", keyAt.getLineNr(), keyAt.getColumnNr());
                    }
                    keys.put(key, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
                    parser.nextToken();
                    entries.put(key, node(parser, depth + 1));
                }
                return new YamlNode.Mapping(entries, keys, line, column);
            }
            case START_ARRAY: {
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(parser, depth + 1));
                }
                return new YamlNode.Sequence(items, line, column);
            }
            case VALUE_NUMBER_INT:
                return new YamlNode.Scalar(parser.getNumberValue().longValue(), parser.getText(), line, column);
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(parser.getDoubleValue(), parser.getText(), line, column);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(token == JsonToken.VALUE_TRUE, parser.getText(), line, column);
            case VALUE_NULL:
                return new YamlNode.Scalar(null, "", line, column);
            default:
                return new YamlNode.Scalar(parser.getText(), parser.getText(), line, column);
        }
    }
}
