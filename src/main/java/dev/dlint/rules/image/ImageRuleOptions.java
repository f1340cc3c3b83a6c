package dev.dlint.rules.image;

import dev.dlint.image.analysis.ByteSizes;
import dev.dlint.rule.RuleOption;
import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/** The typed options image rules share: a byte-size threshold and path globs. */
final class ImageRuleOptions {

    private ImageRuleOptions() {
    }

    /**
     * The size rules' {@code threshold}: the smallest size they report, a number of bytes or a text with an SI or IEC
     * unit as dive reads them ({@code 1MB} = 1,000,000, {@code 1MiB} = 1,048,576); at least 1.
     */
    static RuleOption<Long> threshold(String fallback) {
        return RuleOption.of("threshold", "the smallest size reported (bytes, or a size such as 1MB or 512KiB)",
                fallback, Math.max(1, ByteSizes.parse(fallback)), value -> Math.max(1, bytes(value)));
    }

    private static long bytes(Object value) {
        if (value instanceof Number) {
            long n = ((Number) value).longValue();
            if (n < 0 || n != ((Number) value).doubleValue()) {
                throw new IllegalArgumentException("must be a whole, non-negative number of bytes or a size such as"
                        + " 1MB, got " + value);
            }
            return n;
        }
        if (!(value instanceof String)) {
            throw new IllegalArgumentException("must be a byte size such as 1MB, 512KiB or 1000000, got " + value);
        }
        try {
            return ByteSizes.parse(((String) value).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be a byte size such as 1MB, 512KiB or 1000000: " + e.getMessage());
        }
    }

    /** Glob patterns ({@code **}/{@code *}/{@code ?}) matched against paths without a leading {@code /}. */
    static RuleOption<List<PathMatcher>> globs(String key, String description) {
        return RuleOption.of(key, description, "", List.<PathMatcher>of(), value -> {
            List<String> globs = new ArrayList<>();
            if (value instanceof String) {
                globs.add((String) value);
            } else if (value instanceof List) {
                ((List<?>) value).forEach(item -> globs.add(String.valueOf(item)));
            } else {
                throw new IllegalArgumentException("must be a list of path globs such as usr/share/doc/**");
            }
            List<PathMatcher> matchers = new ArrayList<>();
            for (String glob : globs) {
                String pattern = glob.startsWith("/") ? glob.substring(1) : glob;
                try {
                    matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + pattern));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("invalid glob '" + glob + "'");
                }
            }
            return List.copyOf(matchers);
        });
    }
}
