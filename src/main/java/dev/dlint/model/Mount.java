package dev.dlint.model;

import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * One {@code RUN --mount=…} spec: its comma-separated {@code key=value} options in order. The type defaults to
 * {@code bind} as in BuildKit.
 */
public record Mount(Flag flag, List<Option> options) {

    public Mount {
        options = List.copyOf(options);
    }

    /** One {@code key=value} (or bare {@code key}) element of the spec, with its range. */
    public record Option(String key, Optional<String> value, SourceRange range) {
    }

    public Optional<Option> option(String key) {
        for (Option option : options) {
            if (option.key().equalsIgnoreCase(key)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    public Optional<String> value(String key) {
        return option(key).flatMap(Option::value);
    }

    /** {@code bind}, {@code cache}, {@code tmpfs}, {@code secret} or {@code ssh}. */
    public String type() {
        return value("type").orElse("bind").toLowerCase(java.util.Locale.ROOT);
    }

    /** The mount target ({@code target}, {@code dst} or {@code destination}). */
    public Optional<String> target() {
        return value("target").or(() -> value("dst")).or(() -> value("destination"));
    }
}
