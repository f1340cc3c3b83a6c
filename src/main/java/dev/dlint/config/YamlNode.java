package dev.dlint.config;

import java.util.List;
import java.util.Map;

/** A YAML value with the line and column where it starts, so configuration errors can name the exact place. */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    int line();

    int column();

    /** A string, number, boolean or null; {@code text} is the scalar as written. */
    record Scalar(Object value, String text, int line, int column) implements YamlNode {
    }

    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** Keys in document order, each with its own location. */
    record Mapping(Map<String, YamlNode> entries, Map<String, int[]> keyLocations, int line, int column)
            implements YamlNode {

        /** Line of a key. */
        public int keyLine(String key) {
            int[] at = keyLocations.get(key);
            return at == null ? line : at[0];
        }
    }

    /** A short description of the kind, for messages. */
    default String kind() {
        if (this instanceof Sequence) {
            return "a list";
        }
        if (this instanceof Mapping) {
            return "a mapping";
        }
        Object value = ((Scalar) this).value();
        if (value == null) {
            return "empty";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return value instanceof Number ? "a number" : "a string";
    }
}
