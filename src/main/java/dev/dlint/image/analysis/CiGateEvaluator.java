package dev.dlint.image.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Evaluates the CI gates with dive's semantics: strict comparisons, NaN never fails, +Inf always does, results sorted
 * by rule name. The dlint-only {@code maxWastedBytes} gate compares the exact waste.
 */
public final class CiGateEvaluator {
    private CiGateEvaluator() {
    }

    /**
     * Evaluates all gates.
     *
     * @throws GateConfigException if an enabled value is invalid
     */
    public static List<GateResult> evaluate(CiRules rules, DiveMetrics dive, ExactWaste exact) {
        List<GateResult> out = new ArrayList<>();
        out.add(lowestEfficiency(rules.lowestEfficiency(), dive.efficiency()));
        out.add(highestWastedBytes(rules.highestWastedBytes(), dive.wastedBytes()));
        out.add(highestUserWastedPercent(rules.highestUserWastedPercent(), dive.userWastedPercent()));
        if (!CiRules.isDisabled(rules.maxWastedBytes())) {
            long threshold = CiRules.bytes("maxWastedBytes", rules.maxWastedBytes());
            String measured = bytes(exact.bytes());
            out.add(exact.bytes() > threshold
                    ? new GateResult("maxWastedBytes", GateStatus.FAIL, "too many bytes wasted (exact wasted-bytes="
                    + exact.bytes() + " > threshold=" + threshold + ")", measured, bytes(threshold))
                    : new GateResult("maxWastedBytes", GateStatus.PASS, rules.maxWastedBytes(), measured,
                    bytes(threshold)));
        }
        out.sort(Comparator.comparing(GateResult::name));
        return out;
    }

    /** True if any gate failed (dive exits 1 then). */
    public static boolean failed(List<GateResult> results) {
        return results.stream().anyMatch(GateResult::failed);
    }

    private static GateResult lowestEfficiency(String value, double efficiency) {
        String name = "lowestEfficiency";
        if (CiRules.isDisabled(value)) {
            return skipped(name);
        }
        double threshold = CiRules.ratio(name, value);
        String measured = ratio(efficiency);
        if (threshold > efficiency) {
            return new GateResult(name, GateStatus.FAIL, "image efficiency is too low (efficiency="
                    + GoFloat.fixed(efficiency, 2) + " < threshold=" + GoFloat.format(threshold) + ")", measured,
                    GoFloat.format(threshold));
        }
        return new GateResult(name, GateStatus.PASS, value, measured, GoFloat.format(threshold));
    }

    private static GateResult highestWastedBytes(String value, long wasted) {
        String name = "highestWastedBytes";
        if (CiRules.isDisabled(value)) {
            return skipped(name);
        }
        long threshold = CiRules.bytes(name, value);
        if (Long.compareUnsigned(wasted, threshold) > 0) {
            return new GateResult(name, GateStatus.FAIL, "too many bytes wasted (wasted-bytes=" + wasted
                    + " > threshold=" + threshold + ")", bytes(wasted), bytes(threshold));
        }
        return new GateResult(name, GateStatus.PASS, value, bytes(wasted), bytes(threshold));
    }

    private static GateResult highestUserWastedPercent(String value, double userWasted) {
        String name = "highestUserWastedPercent";
        if (CiRules.isDisabled(value)) {
            return skipped(name);
        }
        double threshold = CiRules.ratio(name, value);
        if (userWasted > threshold) {
            return new GateResult(name, GateStatus.FAIL, "too many bytes wasted, relative to the user bytes added "
                    + "(%-user-wasted-bytes=" + GoFloat.fixed(userWasted, 2) + " > threshold="
                    + GoFloat.format(threshold) + ")", ratio(userWasted), GoFloat.format(threshold));
        }
        return new GateResult(name, GateStatus.PASS, value, ratio(userWasted), GoFloat.format(threshold));
    }

    private static GateResult skipped(String name) {
        return new GateResult(name, GateStatus.SKIP, "disabled", "", "");
    }

    /** {@code 0.7202 (72.02 %)}; Go's {@code +Inf} and {@code NaN} for dive's infinite and undefined ratios. */
    static String ratio(double value) {
        if (!Double.isFinite(value)) {
            return GoFloat.fixed(value, 4);
        }
        return GoFloat.fixed(value, 4) + " (" + String.format(Locale.ROOT, "%.2f", value * 100) + " %)";
    }

    /** {@code 12296 bytes (12 kB)}: exact, as dive prints wasted bytes, with the rounded size beside it. */
    static String bytes(long value) {
        return value + " bytes (" + ByteSizes.format(value) + ")";
    }
}
