package dev.dlint.syntax;

import dev.dlint.model.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps a file's diagnostics readable and linear in size: exact repeats (same kind, message and range) are dropped,
 * and of each kind of problem (the kind and the message up to its first {@code ": "}, so every "unknown instruction"
 * is one kind) the first {@link #PER_KIND} are kept, then one summary at the first one left out says how many more
 * there are.
 */
final class DiagnosticCap {

    static final int PER_KIND = 100;

    private DiagnosticCap() {
    }

    /** {@code diagnostics} in source order, deduplicated and capped. */
    static List<Diagnostic> apply(List<Diagnostic> diagnostics) {
        Set<Diagnostic> seen = new HashSet<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> summaryAt = new HashMap<>();
        List<Diagnostic> kept = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (!seen.add(diagnostic)) {
                continue;
            }
            String kind = kindOf(diagnostic);
            int count = counts.merge(kind, 1, Integer::sum);
            if (count <= PER_KIND) {
                kept.add(diagnostic);
            } else if (count == PER_KIND + 1) {
                summaryAt.put(kind, kept.size());
                kept.add(diagnostic); // replaced by the summary below, once the count is known
            }
        }
        for (Map.Entry<String, Integer> summary : summaryAt.entrySet()) {
            Diagnostic first = kept.get(summary.getValue());
            int more = counts.get(summary.getKey()) - PER_KIND;
            String what = summary.getKey().substring(summary.getKey().indexOf('\u0000') + 1);
            kept.set(summary.getValue(), new Diagnostic(first.kind(), more + " more '" + what + "' problems from here"
                    + " on are not shown (dlint reports the first " + PER_KIND + " of a kind); the first is: "
                    + first.message(), first.range(), first.parserLevel()));
        }
        return kept;
    }

    private static String kindOf(Diagnostic diagnostic) {
        String message = diagnostic.message();
        int colon = message.indexOf(": ");
        return diagnostic.kind() + "\u0000" + (colon < 0 ? message : message.substring(0, colon));
    }
}
