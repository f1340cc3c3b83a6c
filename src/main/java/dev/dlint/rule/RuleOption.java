package dev.dlint.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One typed option of a rule, read from {@code rules: {Name: {key: value}}} in {@code .dlint.yaml}. Rules declare
 * their options as constants and read them with {@link RuleContext#option(RuleOption)}; the engine checks every
 * configured value before any input is read, so a typo is a configuration error with file and line.
 *
 * @param <T> the value's type
 */
public final class RuleOption<T> {

    private final String key;
    private final String description;
    private final String defaultText;
    private final T fallback;
    private final Function<Object, T> parser;

    private RuleOption(String key, String description, String defaultText, T fallback, Function<Object, T> parser) {
        this.key = Objects.requireNonNull(key, "key");
        this.description = Objects.requireNonNull(description, "description");
        this.defaultText = Objects.requireNonNull(defaultText, "defaultText");
        this.fallback = fallback;
        this.parser = parser;
    }

    /**
     * An option with its own parser, which throws {@link IllegalArgumentException} saying what a valid value is.
     *
     * @param defaultText the default as users would write it ({@code 1MB}), for documentation; empty when none
     */
    public static <T> RuleOption<T> of(String key, String description, String defaultText, T fallback,
                                       Function<Object, T> parser) {
        return new RuleOption<>(key, description, defaultText, fallback, parser);
    }

    /** A list of strings; a single string is a list of one. */
    public static RuleOption<List<String>> strings(String key, String description) {
        return new RuleOption<>(key, description, "", List.of(), RuleOption::toStrings);
    }

    public static RuleOption<Boolean> bool(String key, String description, boolean fallback) {
        return new RuleOption<>(key, description, String.valueOf(fallback), fallback, value -> {
            if (!(value instanceof Boolean)) {
                throw new IllegalArgumentException("must be true or false, got " + value);
            }
            return (Boolean) value;
        });
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** The default as users would write it, or empty when the option has none. */
    public String defaultText() {
        return defaultText;
    }

    /**
     * The configured value, or the fallback when the key is absent.
     *
     * @throws RuleOptionException naming this option when the value is invalid
     */
    public T read(Map<String, Object> values) {
        Object raw = values.get(key);
        if (raw == null) {
            return fallback;
        }
        try {
            return parser.apply(raw);
        } catch (IllegalArgumentException e) {
            throw new RuleOptionException(key, e.getMessage());
        }
    }

    private static List<String> toStrings(Object value) {
        if (value instanceof String) {
            return List.of((String) value);
        }
        if (!(value instanceof List)) {
            throw new IllegalArgumentException("must be a list of strings, got " + value);
        }
        List<String> strings = new ArrayList<>();
        for (Object item : (List<?>) value) {
            if (item == null || item instanceof Map || item instanceof List) {
                throw new IllegalArgumentException("must be a list of strings, got " + value);
            }
            strings.add(String.valueOf(item));
        }
        return List.copyOf(strings);
    }

    @Override
    public String toString() {
        return key;
    }
}
