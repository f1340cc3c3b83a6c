package dev.dlint.image.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance of each path component name ({@code __init__.py}, {@code LICENSE}, {@code bin}) for the trees of one
 * analysis: images repeat component names thousands of times, and every tree node keeps its name.
 */
final class NamePool {
    private final Map<String, String> names = new HashMap<>();

    /** The pooled instance of {@code name}. */
    String of(String name) {
        String pooled = names.putIfAbsent(name, name);
        return pooled == null ? name : pooled;
    }

    /** {@code path} split at {@code /}, each component pooled. */
    String[] split(String path) {
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length; i++) {
            parts[i] = of(parts[i]);
        }
        return parts;
    }
}
