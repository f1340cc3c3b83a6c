package dev.dlint.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a BuildKit {@code RUN --mount=…} value that decide whether a package cache stays out of the layer:
 * {@code type=cache} and {@code type=tmpfs} mounts do, at their {@code target}. Pass {@link #target()} of those to
 * {@link PackageManager#cachesOutside(List, String)}.
 *
 * @param type   {@code bind} (the default), {@code cache}, {@code tmpfs}, {@code secret} or {@code ssh}, lower-cased
 * @param target the mount point ({@code target}, {@code dst} or {@code destination}); empty when not given
 */
public record RunMount(String type, String target) {
    public RunMount {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
    }

    /**
     * Reads the comma-separated {@code key=value} fields of a mount value ({@code type=cache,target=/root/.cache/pip}),
     * values optionally in double quotes; empty for a value with an unterminated quote.
     */
    public static Optional<RunMount> parse(String value) {
        String type = "bind";
        String target = "";
        Optional<List<String>> fields = fields(value);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        for (String field : fields.get()) {
            int equals = field.indexOf('=');
            String key = (equals < 0 ? field : field.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
            String fieldValue = equals < 0 ? "" : field.substring(equals + 1).strip();
            if (key.equals("type")) {
                type = fieldValue.toLowerCase(Locale.ROOT);
            } else if (key.equals("target") || key.equals("dst") || key.equals("destination")) {
                target = fieldValue;
            }
        }
        return Optional.of(new RunMount(type, target));
    }

    /** Whether files written below the target stay out of the image: a cache or tmpfs mount with a target. */
    public boolean keepsOutOfLayer() {
        return (type.equals("cache") || type.equals("tmpfs")) && !target.isEmpty();
    }

    private static Optional<List<String>> fields(String value) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return Optional.empty();
        }
        fields.add(field.toString());
        return Optional.of(fields);
    }
}
