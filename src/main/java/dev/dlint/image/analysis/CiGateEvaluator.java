package dev.dlint.image.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
            out.add(exact.bytes() > threshold
                    ? new GateResult("maxWastedBytes", GateStatus.FAIL, "too many bytes wasted (exact wasted-bytes="
                    + exact.bytes() + " > threshold=" + threshold + ")")
                    : new GateResult("maxWastedBytes", GateStatus.PASS, rules.maxWastedBytes()));
        }
        out.sort(Comparator.comparing(GateResult::name));
        return out;
    }

    /** True if any gate failed (dive exits 1 then). */
    public static boolean failed(List<GateResult> results) {
        return results.stream().anyMatch(r -> r.status() == GateStatus.FAIL);
    }

    private static GateResult lowestEfficiency(String value, double efficiency) {
        String name = "lowestEfficiency";
        if (CiRules.isDisabled(value)) {
            return new GateResult(name, GateStatus.SKIP, "disabled");
        }
        double threshold = CiRules.ratio(name, value);
        if (threshold > efficiency) {
            return new GateResult(name, GateStatus.FAIL, String.format("image efficiency is too low (efficiency=%2.2f"
                    + " < threshold=%s)", efficiency, GoFloat.format(threshold)));
        }
        return new GateResult(name, GateStatus.PASS, value);
    }

    private static GateResult highestWastedBytes(String value, long wasted) {
        String name = "highestWastedBytes";
        if (CiRules.isDisabled(value)) {
            return new GateResult(name, GateStatus.SKIP, "disabled");
        }
        long threshold = CiRules.bytes(name, value);
        if (Long.compareUnsigned(wasted, threshold) > 0) {
            return new GateResult(name, GateStatus.FAIL, "too many bytes wasted (wasted-bytes=" + wasted
                    + " > threshold=" + threshold + ")");
        }
        return new GateResult(name, GateStatus.PASS, value);
    }

    private static GateResult highestUserWastedPercent(String value, double userWasted) {
        String name = "highestUserWastedPercent";
        if (CiRules.isDisabled(value)) {
            return new GateResult(name, GateStatus.SKIP, "disabled");
        }
        double threshold = CiRules.ratio(name, value);
        if (userWasted > threshold) {
            return new GateResult(name, GateStatus.FAIL, String.format("too many bytes wasted, relative to the user "
                    + "bytes added (%%-user-wasted-bytes=%2.2f > threshold=%s)", userWasted,
                    GoFloat.format(threshold)));
        }
        return new GateResult(name, GateStatus.PASS, value);
    }
}
