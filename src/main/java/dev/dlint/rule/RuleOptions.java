package dev.dlint.rule;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings a rule may read: its own options from {@code .dlint.yaml} ({@code rules: {Name: {key: value}}}) and the
 * project-wide ones such as trusted registries, and how the user's configuration names those settings.
 */
public record RuleOptions(Map<String, Object> values, List<String> trustedRegistries, SettingNames settingNames) {

    public RuleOptions {
        values = Map.copyOf(values);
        trustedRegistries = List.copyOf(trustedRegistries);
    }

    public RuleOptions(Map<String, Object> values, List<String> trustedRegistries) {
        this(values, trustedRegistries, SettingNames.DLINT);
    }

    public static RuleOptions none() {
        return new RuleOptions(Map.of(), List.of());
    }

    public Optional<Object> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public long getLong(String key, long fallback) {
        Object value = values.get(key);
        return value instanceof Number ? ((Number) value).longValue() : fallback;
    }

    public boolean getBoolean(String key, boolean fallback) {
        Object value = values.get(key);
        return value instanceof Boolean ? (Boolean) value : fallback;
    }

    @SuppressWarnings("unchecked")
    public List<String> getStrings(String key) {
        Object value = values.get(key);
        if (value instanceof List) {
            return ((List<Object>) value).stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
