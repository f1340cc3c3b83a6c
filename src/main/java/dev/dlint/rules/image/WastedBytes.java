package dev.dlint.rules.image;

import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.WasteKind;
import dev.dlint.image.analysis.WastedFile;
import dev.dlint.rule.Category;
import dev.dlint.rule.ImageContext;
import dev.dlint.rule.ImageLocation;
import dev.dlint.rule.ImageRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.RuleOption;
import dev.dlint.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bytes a layer stores that no path of the final filesystem shows (deleted, overwritten, copied again for a chmod),
 * exact OCI accounting, not dive's. One finding per pair of layers (the one that wrote the bytes, the one that hid
 * them) and kind of hiding, with the total, at the directory tree the hidden paths share, listing the largest of
 * them; so {@code rm -rf} of fifty directories is one finding, not fifty. Waste spread over so many pairs that none
 * reaches the threshold alone is one finding about the whole image once its total does.
 */
@RuleInfo(summary = "Files that a later layer deletes or replaces still take space in the image",
        severity = Severity.WARNING, category = Category.SIZE)
public final class WastedBytes implements ImageRule {

    static final RuleOption<Long> THRESHOLD = ImageRuleOptions.threshold("1MB");
    /** Hidden paths named in a message. */
    private static final int LISTED = 3;

    @Override
    public List<RuleOption<?>> options() {
        return List.of(THRESHOLD);
    }

    @Override
    public void check(ImageAnalysis image, ImageContext context) {
        long threshold = context.option(THRESHOLD);
        List<Group> small = new ArrayList<>();
        for (Group group : groups(image.waste().files())) {
            if (group.bytes >= threshold) {
                context.report(ImageText.location(image, group.layer, group.location()).withOther(group.hiddenByLayer,
                        role(group.kind)), message(image, context, group));
            } else {
                small.add(group);
            }
        }
        long spread = small.stream().mapToLong(g -> g.bytes).sum();
        if (spread >= threshold && small.size() > 1) {
            context.report(ImageLocation.wholeImage("waste spread over layers"), spreadMessage(image, small, spread,
                    threshold));
        }
    }

    /** Wasted files of one writer layer, one hiding layer and one kind, by the path the hiding operation targeted. */
    private static final class Group {
        final int layer;
        final int hiddenByLayer;
        final WasteKind kind;
        final Map<String, long[]> targets = new LinkedHashMap<>();
        long bytes;
        int files;
        /** Whether some file was hidden through a directory (a deleted, opaque or replaced directory). */
        boolean throughDirectory;

        Group(int layer, int hiddenByLayer, WasteKind kind) {
            this.layer = layer;
            this.hiddenByLayer = hiddenByLayer;
            this.kind = kind;
        }

        void add(WastedFile f) {
            long[] target = targets.computeIfAbsent(f.hiddenAt(), k -> new long[2]);
            target[0] += f.bytes();
            target[1]++;
            bytes += f.bytes();
            files++;
            throughDirectory |= !f.hiddenAt().equals(f.path());
        }

        /** The hidden paths, largest first, then by path. */
        List<Map.Entry<String, long[]>> largest() {
            List<Map.Entry<String, long[]>> list = new ArrayList<>(targets.entrySet());
            list.sort(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
                    .thenComparing(Map.Entry::getKey));
            return list;
        }

        /** The directory the hidden paths share, or the largest of them when they share only the root. */
        String location() {
            List<Map.Entry<String, long[]>> largest = largest();
            if (targets.size() == 1) {
                return largest.get(0).getKey();
            }
            String common = null;
            for (String path : targets.keySet()) {
                common = common == null ? parent(path) : commonDirectory(common, path);
            }
            return common == null || common.isEmpty() ? largest.get(0).getKey() : common;
        }

        boolean sharesADirectory() {
            return targets.size() > 1 && !location().equals(largest().get(0).getKey());
        }
    }

    private static List<Group> groups(List<WastedFile> files) {
        Map<List<Object>, Group> groups = new LinkedHashMap<>();
        for (WastedFile f : files) {
            groups.computeIfAbsent(List.of(f.layer(), f.hiddenByLayer(), f.kind()),
                    k -> new Group(f.layer(), f.hiddenByLayer(), f.kind())).add(f);
        }
        List<Group> out = new ArrayList<>(groups.values());
        out.sort(Comparator.<Group>comparingLong(g -> -g.bytes).thenComparingInt(g -> g.layer)
                .thenComparingInt(g -> g.hiddenByLayer).thenComparing(g -> g.kind));
        return out;
    }

    private static String message(ImageAnalysis image, ImageContext context, Group g) {
        String writer = ImageText.layer(image, context, g.layer);
        String hider = ImageText.layer(image, context, g.hiddenByLayer);
        String stays = " The bytes stay in layer " + g.layer + " and every pull downloads them.";
        boolean several = g.targets.size() > 1;
        String what = subject(g);
        String verb = several ? " are " : " is ";
        String it = g.files > 1 ? "them" : "it";
        if (g.layer == g.hiddenByLayer) {
            return what + verb + "stored twice in " + writer + ": the layer's tar has an earlier entry for the same"
                    + " path, which is never visible but is downloaded with the layer." + listing(g)
                    + " Rebuild the layer with a tool that writes each path once.";
        }
        switch (g.kind) {
            case OVERWRITTEN:
                return what + " written by " + writer + verb + "overwritten by " + hider + "." + listing(g) + stays
                        + " Create each file once, in its final form, or build it in a separate stage and COPY only"
                        + " the result.";
            case METADATA_ONLY_COPY:
                return what + " written by " + writer + verb + "copied again by " + hider + " only to change"
                        + " mode or owner (a chmod or chown copies the whole file into the new layer), so the image"
                        + " stores " + it + " twice." + listing(g) + stays + " Set the owner and mode where files are"
                        + " created (COPY --chown/--chmod, or in the same RUN).";
            case IDENTICAL_READD:
                return what + " written by " + writer + verb + "written again, unchanged, by " + hider
                        + ", so the image stores " + it + " twice." + listing(g) + stays + " Drop the repeated write.";
            default:
                return what + " written by " + writer + verb + "deleted by " + hider + ", but a later layer cannot"
                        + " shrink an earlier one." + listing(g) + stays + " Delete " + it + " in the step that creates "
                        + it + " (the same RUN), keep " + it + " out of the layer with RUN --mount=type=cache or a bind"
                        + " mount, or create " + it + " in a build stage and COPY only what you need.";
        }
    }

    /** {@code `/tmp/build` (2 files, 3.5 kB)}, {@code `/usr/share/doc` (50 paths, 812 files, 48 MB)}. */
    private static String subject(Group g) {
        String size = ImageText.size(g.bytes);
        if (g.targets.size() == 1) {
            String path = g.targets.keySet().iterator().next();
            String files = g.throughDirectory || g.files > 1 ? ImageText.files(g.files) + ", " : "";
            return "`" + ImageText.absolute(path) + "` (" + files + size + ")";
        }
        String counts = ImageText.files(g.files) + " in " + g.targets.size() + " paths, " + size;
        return g.sharesADirectory() ? "`" + ImageText.absolute(g.location()) + "` (" + counts + ")"
                : g.targets.size() + " paths (" + ImageText.files(g.files) + ", " + size + ")";
    }

    /** The largest hidden paths of a group of several: {@code  The largest: `/a` (10 MB), `/b` (5 MB) and 3 more.} */
    private static String listing(Group g) {
        if (g.targets.size() < 2) {
            return "";
        }
        List<Map.Entry<String, long[]>> largest = g.largest();
        StringBuilder out = new StringBuilder(" The largest: ");
        for (int i = 0; i < Math.min(LISTED, largest.size()); i++) {
            Map.Entry<String, long[]> e = largest.get(i);
            out.append(i == 0 ? "" : ", ").append('`').append(ImageText.absolute(e.getKey())).append("` (")
                    .append(ImageText.size(e.getValue()[0])).append(')');
        }
        if (largest.size() > LISTED) {
            out.append(" and ").append(largest.size() - LISTED).append(" more");
        }
        return out.append('.').toString();
    }

    private static String spreadMessage(ImageAnalysis image, List<Group> small, long total, long threshold) {
        int files = small.stream().mapToInt(g -> g.files).sum();
        StringBuilder out = new StringBuilder("The image wastes " + ImageText.size(total) + " in "
                + ImageText.files(files) + " that " + small.size() + " pairs of layers hide, each below the "
                + ImageText.size(threshold) + " threshold on its own: ");
        for (int i = 0; i < Math.min(LISTED, small.size()); i++) {
            Group g = small.get(i);
            out.append(i == 0 ? "" : "; ").append(ImageText.size(g.bytes)).append(" written by layer ")
                    .append(g.layer).append(" and ").append(verb(g.kind)).append(" by ")
                    .append(ImageText.layer(image, g.hiddenByLayer)).append(" (largest `")
                    .append(ImageText.absolute(g.largest().get(0).getKey())).append("`)");
        }
        if (small.size() > LISTED) {
            out.append("; and ").append(small.size() - LISTED).append(" more");
        }
        return out.append(". Small deletions and rewrites add up: clean up in the step that creates the files, and"
                + " write each file once.").toString();
    }

    /** What the hiding layer did ({@code %s}: the path), for the related location at its instruction. */
    private static String role(WasteKind kind) {
        switch (kind) {
            case OVERWRITTEN:
                return "overwrites %s";
            case METADATA_ONLY_COPY:
                return "copies %s again only to change mode or owner";
            case IDENTICAL_READD:
                return "writes %s again unchanged";
            default:
                return "deletes %s, which does not shrink the layer that wrote it";
        }
    }

    private static String verb(WasteKind kind) {
        switch (kind) {
            case OVERWRITTEN:
                return "overwritten";
            case METADATA_ONLY_COPY:
                return "copied again for a mode or owner change";
            case IDENTICAL_READD:
                return "written again unchanged";
            default:
                return "deleted";
        }
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The deepest directory containing both {@code dir} and {@code path} ({@code ""} for the root). */
    private static String commonDirectory(String dir, String path) {
        String d = dir;
        while (!d.isEmpty() && !path.startsWith(d + "/")) {
            d = parent(d);
        }
        return d;
    }
}
