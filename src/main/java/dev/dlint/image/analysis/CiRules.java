package dev.dlint.image.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * The CI gate thresholds as configured: raw strings, like dive keeps them, so that {@code disabled}, {@code off},
 * {@code ""} and {@code false} (any case, trimmed) disable a gate.
 *
 * @param lowestEfficiency         dive {@code lowestEfficiency}: fail when {@code threshold > efficiency}
 * @param highestWastedBytes       dive {@code highestWastedBytes}: fail when {@code wastedBytes > threshold}
 * @param highestUserWastedPercent dive {@code highestUserWastedPercent}: fail when {@code userWastedPercent > threshold}
 * @param maxWastedBytes           dlint {@code max-wasted-bytes}: fail when the exact waste {@code > threshold}
 */
public record CiRules(String lowestEfficiency, String highestWastedBytes, String highestUserWastedPercent,
                      String maxWastedBytes) {
    /** dive's defaults, plus {@code maxWastedBytes} disabled. */
    public static final CiRules DEFAULTS = new CiRules("0.9", "disabled", "0.1", "disabled");

    private static final Set<String> DISABLED = Set.of("", "disabled", "off", "false");

    /** Replaces {@code null} by {@code ""} (disabled). */
    public CiRules {
        lowestEfficiency = lowestEfficiency == null ? "" : lowestEfficiency;
        highestWastedBytes = highestWastedBytes == null ? "" : highestWastedBytes;
        highestUserWastedPercent = highestUserWastedPercent == null ? "" : highestUserWastedPercent;
        maxWastedBytes = maxWastedBytes == null ? "" : maxWastedBytes;
    }

    /** True if {@code value} disables a gate. */
    public static boolean isDisabled(String value) {
        return DISABLED.contains(value.trim().toLowerCase(Locale.ROOT));
    }

    /** Throws {@link GateConfigException} if any enabled value is unparsable or out of range. */
    public CiRules validate() {
        ratio("lowestEfficiency", lowestEfficiency);
        bytes("highestWastedBytes", highestWastedBytes);
        ratio("highestUserWastedPercent", highestUserWastedPercent);
        bytes("maxWastedBytes", maxWastedBytes);
        return this;
    }

    static double ratio(String name, String value) {
        if (isDisabled(value)) {
            return Double.NaN;
        }
        double v;
        try {
            v = GoFloat.parse(value);
        } catch (IllegalArgumentException e) {
            throw new GateConfigException("invalid " + name + " config value '" + value + "'");
        }
        if (v < 0 || v > 1) {
            throw new GateConfigException(name + " config value is outside allowed range (0-1), given '" + value
                    + "'");
        }
        return v;
    }

    static long bytes(String name, String value) {
        if (isDisabled(value)) {
            return -1;
        }
        try {
            return ByteSizes.parse(value);
        } catch (IllegalArgumentException e) {
            throw new GateConfigException("invalid " + name + " config value '" + value + "': " + e.getMessage());
        }
    }
}
