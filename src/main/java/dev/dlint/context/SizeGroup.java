package dev.dlint.context;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The files below one first path segment ({@code ".git"}, {@code "node_modules"}), for size messages. */
public record SizeGroup(String name, FileTotals totals) {

    public SizeGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(totals, "totals");
    }

    /** {@code ".git: 1,234 files, 56 MB"}. */
    public String describe() {
        return name + ": " + totals.describe();
    }

    /**
     * The {@code n} largest groups of the regular files among {@code entries}, by bytes, then file count, then
     * name. A file at the root of the context is its own group.
     */
    public static List<SizeGroup> largest(Collection<ContextEntry> entries, int n) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (ContextEntry e : entries) {
            if (e.isFile()) {
                long[] sum = sums.computeIfAbsent(e.firstSegment(), k -> new long[2]);
                sum[0]++;
                sum[1] += Math.max(0, e.size());
            }
        }
        List<SizeGroup> groups = new ArrayList<>();
        sums.forEach((name, sum) -> groups.add(new SizeGroup(name, new FileTotals(sum[0], sum[1]))));
        groups.sort(Comparator.comparingLong((SizeGroup g) -> g.totals().bytes()).reversed()
                .thenComparing(Comparator.comparingLong((SizeGroup g) -> g.totals().files()).reversed())
                .thenComparing(SizeGroup::name));
        return List.copyOf(groups.subList(0, Math.min(Math.max(n, 0), groups.size())));
    }
}
