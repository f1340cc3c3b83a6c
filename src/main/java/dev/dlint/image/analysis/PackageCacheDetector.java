package dev.dlint.image.analysis;

import dev.dlint.command.PackageManager;
import dev.dlint.command.PackageManagers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Finds package-manager caches among the final filesystem's files, from the one package-manager table
 * ({@link PackageManagers#imageCachePatterns()}: {@code /var/lib/apt/lists}, {@code /home/*}{@code /.cache/pip}, …) that
 * the Dockerfile rules use too. A pattern's {@code *} matches one path segment; a pattern whose last segment is a
 * glob ({@code /var/cache/apt/*.bin}) names files, any other names a directory whose files are the cache. Lock files
 * and apt's {@code partial} downloads directory are not cache.
 */
public final class PackageCacheDetector {

    /** One cache location of one manager, as path segments. */
    private record Pattern(String manager, String[] segments, boolean filePattern) {
    }

    private static final List<Pattern> PATTERNS = patterns();

    private PackageCacheDetector() {
    }

    private static List<Pattern> patterns() {
        List<Pattern> patterns = new ArrayList<>();
        for (PackageManager manager : PackageManagers.all()) {
            for (String path : manager.imageCachePatterns()) {
                String[] segments = path.substring(1).split("/");
                String last = segments[segments.length - 1];
                patterns.add(new Pattern(manager.name(), segments, last.contains("*") || last.contains("?")));
            }
        }
        return List.copyOf(patterns);
    }

    /** Groups the cache files of {@code visible} by cache directory; directories without bytes are left out. */
    public static List<PackageCache> detect(List<VisibleFile> visible) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String> managers = new LinkedHashMap<>();
        Map<String, TreeSet<Integer>> layers = new LinkedHashMap<>();
        for (VisibleFile f : visible) {
            String[] path = f.path().split("/");
            for (Pattern pattern : PATTERNS) {
                Optional<String> dir = cacheDirectory(pattern, path);
                if (dir.isPresent()) {
                    long[] acc = sums.computeIfAbsent(dir.get(), k -> new long[2]);
                    acc[0]++;
                    acc[1] += f.size();
                    managers.putIfAbsent(dir.get(), pattern.manager());
                    layers.computeIfAbsent(dir.get(), k -> new TreeSet<>()).add(f.layer());
                    break;
                }
            }
        }
        List<PackageCache> out = new ArrayList<>();
        sums.forEach((dir, acc) -> {
            if (acc[1] > 0) {
                out.add(new PackageCache(managers.get(dir), dir, (int) acc[0], acc[1], new ArrayList<>(layers.get(dir))));
            }
        });
        out.sort((a, b) -> Long.compare(b.bytes(), a.bytes()));
        return out;
    }

    /** The cache directory (relative, no leading /) a file is in by this pattern, or empty. */
    private static Optional<String> cacheDirectory(Pattern pattern, String[] path) {
        String[] p = pattern.segments();
        int directoryDepth = pattern.filePattern() ? p.length - 1 : p.length;
        if (pattern.filePattern() ? path.length != p.length : path.length <= p.length) {
            return Optional.empty();
        }
        for (int i = 0; i < p.length; i++) {
            if (!segmentMatches(p[i], path[i])) {
                return Optional.empty();
            }
        }
        String below = path[directoryDepth];
        if (!pattern.filePattern() && (below.equals("lock") || below.equals("partial"))) {
            return Optional.empty();
        }
        return Optional.of(String.join("/", Arrays.copyOf(path, directoryDepth)));
    }

    /** {@code *} matches any one segment; {@code *.bin} a suffix; anything else itself. */
    private static boolean segmentMatches(String pattern, String segment) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.startsWith("*")) {
            return segment.endsWith(pattern.substring(1));
        }
        return pattern.equals(segment);
    }
}
