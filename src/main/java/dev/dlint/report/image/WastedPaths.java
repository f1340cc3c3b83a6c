package dev.dlint.report.image;

import dev.dlint.image.analysis.ExactWaste;
import dev.dlint.image.analysis.WasteKind;
import dev.dlint.image.analysis.WastedFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact waste grouped by directory for people: files hidden through a directory (a deleted or opaque directory, a
 * directory replaced by a file) are grouped under that directory; files hidden at their own path (a whiteout of the
 * file, an overwrite) under their parent directory. Each row keeps one writer layer, one hiding layer and one kind.
 */
final class WastedPaths {

    /**
     * One row.
     *
     * @param path          a file, or a directory (ending in {@code /}) when the row holds several files or the
     *                      files were hidden through the directory
     * @param bytes         wasted bytes
     * @param files         number of files
     * @param layer         the layer that wrote them
     * @param hiddenByLayer the layer that hid them
     * @param kind          why they are waste
     */
    record Row(String path, long bytes, int files, int layer, int hiddenByLayer, WasteKind kind) {
    }

    private WastedPaths() {
    }

    /** All rows, largest first, then by path. */
    static List<Row> of(ExactWaste waste) {
        Map<List<Object>, List<WastedFile>> groups = new LinkedHashMap<>();
        for (WastedFile f : waste.files()) {
            boolean throughDirectory = !f.hiddenAt().equals(f.path());
            String directory = throughDirectory ? f.hiddenAt() : parent(f.path());
            groups.computeIfAbsent(List.of(directory, f.layer(), f.hiddenByLayer(), f.kind(), throughDirectory),
                    k -> new ArrayList<>()).add(f);
        }
        List<Row> rows = new ArrayList<>();
        groups.forEach((key, files) -> {
            long bytes = files.stream().mapToLong(WastedFile::bytes).sum();
            boolean throughDirectory = (Boolean) key.get(4);
            String path = files.size() == 1 && !throughDirectory ? "/" + files.get(0).path()
                    : "/" + key.get(0) + (((String) key.get(0)).isEmpty() ? "" : "/");
            rows.add(new Row(path, bytes, files.size(), (Integer) key.get(1), (Integer) key.get(2),
                    (WasteKind) key.get(3)));
        });
        rows.sort(Comparator.comparingLong(Row::bytes).reversed().thenComparing(Row::path));
        return rows;
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }
}
