package dev.dlint.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How alike a history step and an instruction are: −1 when the keywords differ (they never pair), 1 when a
 * candidate text is the same once quotes, brackets, commas and trailing slashes are ignored (so {@code CMD ["a" "b"]}
 * equals {@code CMD ["a", "b"]} and {@code /srv/app/} equals {@code /srv/app}), otherwise the Dice coefficient of the
 * two word multisets, the best over the candidates.
 */
final class TextSimilarity {

    private TextSimilarity() {
    }

    static double of(HistoryStep history, ExpectedStep step) {
        if (!history.keyword().equals(step.keyword())) {
            return -1;
        }
        Set<String> candidates = history.destinationOnly() ? step.destinations() : step.texts();
        String text = loose(history.text());
        double best = candidates.isEmpty() && text.isEmpty() ? 1 : 0;
        for (String candidate : candidates) {
            String other = loose(candidate);
            if (other.equals(text)) {
                return 1;
            }
            best = Math.max(best, dice(words(text), words(other)));
        }
        return Math.min(best, 0.99);
    }

    /** The text without quotes, brackets and commas, with trailing slashes of words dropped. */
    static String loose(String text) {
        StringBuilder out = new StringBuilder();
        for (String word : HistoryStep.collapse(text.replaceAll("[\"'\\[\\],]", " ")).split(" ")) {
            String w = word;
            while (w.length() > 1 && w.endsWith("/")) {
                w = w.substring(0, w.length() - 1);
            }
            if (!w.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(w);
            }
        }
        return out.toString();
    }

    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(" "));
    }

    private static double dice(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String w : a) {
            counts.merge(w, 1, Integer::sum);
        }
        int common = 0;
        for (String w : new ArrayList<>(b)) {
            Integer c = counts.get(w);
            if (c != null && c > 0) {
                common++;
                counts.put(w, c - 1);
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }
}
