package dev.dlint.image.analysis;

import dev.dlint.image.ContentHash;
import dev.dlint.image.EntryType;
import dev.dlint.image.LayerEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Groups regular files by content hash and keeps the contents stored in more than one layer. */
public final class DuplicateFinder {
    private final Map<ContentHash, List<DuplicateGroup.Copy>> copies = new HashMap<>();
    private final Map<ContentHash, Long> sizes = new HashMap<>();

    /** Records the regular files of the next layer. */
    public void addLayer(int layer, List<LayerEntry> entries) {
        for (LayerEntry e : entries) {
            if (e.type() == EntryType.FILE && e.size() > 0 && e.contentHash() != null) {
                copies.computeIfAbsent(e.contentHash(), k -> new ArrayList<>(1))
                        .add(new DuplicateGroup.Copy(layer, e.path()));
                sizes.putIfAbsent(e.contentHash(), e.size());
            }
        }
    }

    /** Contents found in at least two distinct layers, most redundant bytes first. */
    public List<DuplicateGroup> groups() {
        List<DuplicateGroup> out = new ArrayList<>();
        copies.forEach((hash, list) -> {
            if (list.stream().mapToInt(DuplicateGroup.Copy::layer).distinct().count() > 1) {
                out.add(new DuplicateGroup(hash, sizes.get(hash), list));
            }
        });
        out.sort(Comparator.comparingLong(DuplicateGroup::redundantBytes).reversed()
                .thenComparing(g -> g.copies().get(0).path()));
        return out;
    }
}
