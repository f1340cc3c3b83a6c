package dev.dlint.text;

import java.util.Collection;
import java.util.Optional;
import java.util.TreeSet;

/**
 * BuildKit's "did you mean" for names ({@code util/suggest}): the candidate at the smallest Levenshtein distance
 * below 3, compared case-sensitively as BuildKit does on Linux. An exact match means the name is not a typo, so there
 * is no suggestion. Candidates are tried in sorted order, so ties always resolve the same way.
 */
public final class DidYouMean {

    private static final int LIMIT = 3;

    private DidYouMean() {
    }

    public static Optional<String> among(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = LIMIT;
        for (String candidate : new TreeSet<>(candidates)) {
            if (candidate.equals(name)) {
                return Optional.empty();
            }
            int distance = distance(name, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance: insertions, deletions and substitutions each count one. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
