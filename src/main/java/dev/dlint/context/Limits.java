package dev.dlint.context;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on a context walk. When one is reached the snapshot says so ({@link BuildContext#truncation()}) and
 * callers stay silent rather than guess.
 *
 * @param maxEntries how many entries are recorded at most (an excluded directory that is not walked is one)
 * @param maxDepth how deep entries are recorded ({@code 1}: only the root's children); directories at this depth
 *     are recorded but not walked
 * @param maxTime how long the walk may take
 */
public record Limits(int maxEntries, int maxDepth, Duration maxTime) {

    public Limits {
        Objects.requireNonNull(maxTime, "maxTime");
        if (maxEntries < 1 || maxDepth < 1 || maxTime.isNegative() || maxTime.isZero()) {
            throw new IllegalArgumentException("limits must be positive: " + maxEntries + ", " + maxDepth + ", "
                    + maxTime);
        }
    }

    /** 200,000 entries, depth 128, 10 seconds. */
    public static Limits defaults() {
        return new Limits(200_000, 128, Duration.ofSeconds(10));
    }

    public Limits withMaxEntries(int entries) {
        return new Limits(entries, maxDepth, maxTime);
    }

    public Limits withMaxDepth(int depth) {
        return new Limits(maxEntries, depth, maxTime);
    }

    public Limits withMaxTime(Duration time) {
        return new Limits(maxEntries, maxDepth, time);
    }
}
