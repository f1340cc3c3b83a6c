package dev.dlint.image.analysis;

import dev.dlint.image.HistoryEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Pairs layers with the history entries that made them. */
public final class HistoryAligner {
    private HistoryAligner() {
    }

    /**
     * Maps the non-empty history entries onto the layers in order. When the counts differ the entries are matched
     * from the top layer down (the top is what the user's Dockerfile built), the unmatched layers get no entry, and a
     * warning says so. Never indexes out of range.
     */
    public static List<Optional<HistoryEntry>> align(List<HistoryEntry> history, int layerCount,
                                                     List<String> warnings) {
        List<HistoryEntry> producing = history.stream().filter(h -> !h.emptyLayer()).toList();
        List<Optional<HistoryEntry>> out = new ArrayList<>(layerCount);
        if (producing.size() != layerCount && layerCount > 0) {
            warnings.add(history.isEmpty() ? "the image config has no history; layers are not attributed"
                    : "the image history lists " + producing.size() + " layer-creating steps but the image has "
                    + layerCount + " layers; matched from the top layer down");
        }
        int shift = producing.size() - layerCount;
        for (int i = 0; i < layerCount; i++) {
            int h = i + shift;
            out.add(h >= 0 && h < producing.size() ? Optional.of(producing.get(h)) : Optional.empty());
        }
        return out;
    }
}
