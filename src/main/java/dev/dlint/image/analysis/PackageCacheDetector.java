package dev.dlint.image.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds package-manager caches among the final filesystem's files. */
public final class PackageCacheDetector {
    private static final List<Rule> RULES = List.of(
            new Rule("apt", "^(var/lib/apt/lists)/(?!lock$)(?!partial$).+"),
            new Rule("apt", "^(var/cache/apt/archives)/(?!lock$).+"),
            new Rule("apt", "^(var/cache/apt)/[^/]+\\.bin$"),
            new Rule("apk", "^(var/cache/apk)/.+"),
            new Rule("apk", "^(etc/apk/cache)/.+"),
            new Rule("yum", "^(var/cache/yum)/.+"),
            new Rule("dnf", "^(var/cache/(?:dnf|libdnf5))/.+"),
            new Rule("pip", "^((?:.*/)?\\.cache/pip)/.+"),
            new Rule("npm", "^((?:.*/)?\\.npm/_cacache)/.+"),
            new Rule("yarn", "^((?:.*/)?\\.cache/yarn)/.+"),
            new Rule("yarn", "^((?:.*/)?\\.yarn/berry/cache)/.+"));

    private record Rule(String manager, Pattern pattern) {
        Rule(String manager, String regex) {
            this(manager, Pattern.compile(regex));
        }
    }

    private PackageCacheDetector() {
    }

    /** Groups the cache files of {@code visible} by cache directory; directories without bytes are left out. */
    public static List<PackageCache> detect(List<VisibleFile> visible) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        Map<String, String> managers = new LinkedHashMap<>();
        Map<String, TreeSet<Integer>> layers = new LinkedHashMap<>();
        for (VisibleFile f : visible) {
            if (!f.path().contains("cache") && !f.path().startsWith("var/lib/apt")) {
                continue;
            }
            for (Rule r : RULES) {
                Matcher m = r.pattern().matcher(f.path());
                if (m.matches()) {
                    String dir = m.group(1);
                    long[] acc = sums.computeIfAbsent(dir, k -> new long[2]);
                    acc[0]++;
                    acc[1] += f.size();
                    managers.put(dir, r.manager());
                    layers.computeIfAbsent(dir, k -> new TreeSet<>()).add(f.layer());
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
}
