package dev.dlint.report;

import dev.dlint.rule.Finding;
import dev.dlint.rule.Severity;

/** How many findings there are of each severity, written as the tty summaries say it: {@code 2 errors, 1 info}. */
public final class SeverityCounts {

    private final int[] counts = new int[Severity.values().length];

    /** The counts of {@code findings}. */
    public static SeverityCounts of(Iterable<Finding> findings) {
        SeverityCounts counts = new SeverityCounts();
        for (Finding finding : findings) {
            counts.add(finding.severity());
        }
        return counts;
    }

    public void add(Severity severity) {
        counts[severity.ordinal()]++;
    }

    /** The non-zero counts, most severe first; {@code info} and {@code style} stay singular. */
    @Override
    public String toString() {
        StringBuilder parts = new StringBuilder();
        for (Severity s : Severity.values()) {
            int n = counts[s.ordinal()];
            if (n > 0) {
                parts.append(parts.length() == 0 ? "" : ", ").append(n).append(' ').append(s.label())
                        .append(n == 1 || s == Severity.INFO || s == Severity.STYLE ? "" : "s");
            }
        }
        return parts.toString();
    }
}
