package dev.dlint.rules.image;

import dev.dlint.engine.RuleOptionException;
import dev.dlint.engine.RuleOptions;
import dev.dlint.image.analysis.ByteSizes;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Reads and checks the options of image rules: byte-size thresholds and path globs. */
final class ImageRuleOptions {

    /** The one option of the size rules: the smallest size they report. */
    static final String THRESHOLD = "threshold";

    private ImageRuleOptions() {
    }

    /** Checks the options of a rule whose only option is {@link #THRESHOLD}, a byte size. */
    static void checkThresholdOnly(RuleOptions options, String fallback) {
        allowOnly(options, THRESHOLD);
        bytes(options, THRESHOLD, fallback);
    }

    /** The {@link #THRESHOLD} in bytes, {@code fallback} when it is not set, and at least 1. */
    static long threshold(RuleOptions options, String fallback) {
        return Math.max(1, bytes(options, THRESHOLD, fallback));
    }

    /** Refuses options other than {@code known}. */
    static void allowOnly(RuleOptions options, String... known) {
        Set<String> allowed = Set.of(known);
        for (String key : new TreeSet<>(options.values().keySet())) {
            if (!allowed.contains(key)) {
                throw new RuleOptionException(key, "unknown option '" + key + "'" + (known.length == 0
                        ? " (this rule has no options)" : " (known: " + String.join(", ", Arrays.asList(known)) + ")"));
            }
        }
    }

    /**
     * A byte size: a number of bytes, or a text with an SI or IEC unit as dive reads them ({@code 1MB} = 1,000,000,
     * {@code 1MiB} = 1,048,576).
     */
    static long bytes(RuleOptions options, String key, String fallback) {
        Object value = options.get(key).orElse(fallback);
        if (value instanceof Number) {
            long n = ((Number) value).longValue();
            if (n < 0 || n != ((Number) value).doubleValue()) {
                throw new RuleOptionException(key, "must be a whole, non-negative number of bytes or a size such as"
                        + " 1MB, got " + value);
            }
            return n;
        }
        if (!(value instanceof String)) {
            throw new RuleOptionException(key, "must be a byte size such as 1MB, 512KiB or 1000000, got " + value);
        }
        try {
            return ByteSizes.parse(((String) value).trim());
        } catch (IllegalArgumentException e) {
            throw new RuleOptionException(key, "must be a byte size such as 1MB, 512KiB or 1000000: "
                    + e.getMessage());
        }
    }

    /** Glob patterns ({@code **}/{@code *}/{@code ?}) matched against paths without a leading {@code /}. */
    static List<PathMatcher> globs(RuleOptions options, String key) {
        List<PathMatcher> matchers = new ArrayList<>();
        if (options.get(key).isPresent() && !(options.get(key).get() instanceof List
                || options.get(key).get() instanceof String)) {
            throw new RuleOptionException(key, "must be a list of path globs such as usr/share/doc/**");
        }
        for (String glob : options.getStrings(key)) {
            String pattern = glob.startsWith("/") ? glob.substring(1) : glob;
            try {
                matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
            } catch (IllegalArgumentException e) {
                throw new RuleOptionException(key, "invalid glob '" + glob + "'");
            }
        }
        return matchers;
    }
}
