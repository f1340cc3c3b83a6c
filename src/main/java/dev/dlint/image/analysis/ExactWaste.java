package dev.dlint.image.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exact waste under OCI layer semantics.
 *
 * @param bytes        total wasted bytes
 * @param contentBytes total content bytes of all layers' regular files
 * @param files        every wasted file, largest first
 * @param layers       per-layer accounting
 */
public record ExactWaste(long bytes, long contentBytes, List<WastedFile> files, List<LayerWaste> layers) {

    /** Copies the lists. */
    public ExactWaste {
        files = List.copyOf(files);
        layers = List.copyOf(layers);
    }

    /** Wasted share of all content bytes, in [0, 1]; 0 for an empty image. */
    public double share() {
        return contentBytes == 0 ? 0.0 : (double) bytes / contentBytes;
    }

    /** Wasted bytes written by layers at or above {@code firstUserLayer} (the layers not inherited from a base). */
    public long userBytes(int firstUserLayer) {
        return files.stream().filter(f -> f.layer() >= firstUserLayer).mapToLong(WastedFile::bytes).sum();
    }

    /**
     * Groups wasted files by the operation that hid them (same {@code hiddenAt}, writer layer, hiding layer and
     * kind) and keeps the groups of at least {@code thresholdBytes}, largest first. A deleted directory therefore
     * appears once, not once per file.
     */
    public List<WasteGroup> groups(long thresholdBytes) {
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        for (WastedFile f : files) {
            long[] acc = sums.computeIfAbsent(List.of(f.hiddenAt(), f.layer(), f.hiddenByLayer(), f.kind()),
                    k -> new long[2]);
            acc[0] += f.bytes();
            acc[1]++;
        }
        List<WasteGroup> out = new ArrayList<>();
        sums.forEach((k, v) -> {
            if (v[0] >= thresholdBytes) {
                out.add(new WasteGroup((String) k.get(0), v[0], (int) v[1], (Integer) k.get(1), (Integer) k.get(2),
                        (WasteKind) k.get(3)));
            }
        });
        out.sort(Comparator.comparingLong(WasteGroup::bytes).reversed().thenComparing(WasteGroup::path));
        return out;
    }

    /**
     * Wasted files hidden by one operation.
     *
     * @param path          the path the operation targeted
     * @param bytes         total bytes
     * @param files         number of files
     * @param layer         layer that wrote them
     * @param hiddenByLayer layer that hid them
     * @param kind          kind
     */
    public record WasteGroup(String path, long bytes, int files, int layer, int hiddenByLayer, WasteKind kind) {
    }
}
