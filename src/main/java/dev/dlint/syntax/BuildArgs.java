package dev.dlint.syntax;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Values given with {@code --build-arg NAME=VALUE}; they override ARG defaults, as in {@code docker build}. */
public record BuildArgs(Map<String, String> values) {

    public BuildArgs {
        values = Map.copyOf(values);
    }

    public static BuildArgs none() {
        return new BuildArgs(Map.of());
    }

    /** Parses {@code NAME=VALUE} items; an item without {@code =} sets an empty value. */
    public static BuildArgs parse(Iterable<String> items) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String item : items) {
            int eq = item.indexOf('=');
            values.put(eq < 0 ? item : item.substring(0, eq), eq < 0 ? "" : item.substring(eq + 1));
        }
        return new BuildArgs(values);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }
}
