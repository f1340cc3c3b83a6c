package dev.dlint.rules.image;

import dev.dlint.image.analysis.DuplicateGroup;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.VisibleFile;
import dev.dlint.rule.Category;
import dev.dlint.rule.ImageContext;
import dev.dlint.rule.ImageLocation;
import dev.dlint.rule.ImageRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.RuleOption;
import dev.dlint.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same content stored, and still visible, in several layers (a file copied to a second path, a chmod that copied
 * up one name of a hard link while the other name keeps the old copy). Copies that a later layer hid are waste and
 * reported by {@link WastedBytes} instead.
 */
@RuleInfo(summary = "Identical file content is stored in several layers", severity = Severity.WARNING,
        category = Category.SIZE, precision = Precision.MEDIUM)
public final class DuplicateFileAcrossLayers implements ImageRule {

    static final RuleOption<Long> THRESHOLD = ImageRuleOptions.threshold("1MB");
    private static final int LISTED = 3;

    @Override
    public List<RuleOption<?>> options() {
        return List.of(THRESHOLD);
    }

    @Override
    public void check(ImageAnalysis image, ImageContext context) {
        long threshold = context.option(THRESHOLD);
        Map<String, VisibleFile> visible = new HashMap<>();
        Map<List<Object>, String> linkedContent = new HashMap<>();
        for (VisibleFile f : image.finalFiles()) {
            visible.put(f.path(), f);
            if (f.hardlink() && f.hash() != null) {
                linkedContent.putIfAbsent(List.of(f.layer(), f.hash()), f.path());
            }
        }
        for (DuplicateGroup group : image.duplicates()) {
            List<Stored> copies = new ArrayList<>();
            for (DuplicateGroup.Copy copy : group.copies()) {
                VisibleFile f = visible.get(copy.path());
                if (f != null && !f.hardlink() && f.layer() == copy.layer() && group.hash().equals(f.hash())) {
                    copies.add(new Stored(copy.layer(), copy.path()));
                } else if (linkedContent.containsKey(List.of(copy.layer(), group.hash()))) {
                    copies.add(new Stored(copy.layer(), linkedContent.get(List.of(copy.layer(), group.hash()))));
                }
            }
            long redundant = group.size() * (copies.size() - 1);
            if (copies.stream().mapToInt(Stored::layer).distinct().count() < 2 || redundant < threshold) {
                continue;
            }
            Stored last = copies.get(copies.size() - 1);
            ImageLocation location = ImageText.location(image, last.layer(), last.path());
            for (Stored copy : copies.subList(0, copies.size() - 1)) {
                if (copy.layer() != last.layer()) {
                    location = location.withOther(copy.layer(), "stores the same content as %s at `"
                            + ImageText.absolute(copy.path()).replace("%", "%%") + "`");
                }
            }
            context.report(location, "The same "
                    + ImageText.size(group.size()) + " of content is stored " + copies.size() + " times: "
                    + list(image, context, copies) + ", so " + ImageText.size(redundant) + " of the image are redundant."
                    + " Keep one copy: create the file once and link to it, or COPY only the copy you need from a"
                    + " build stage; a chmod or chown of an existing file copies it into the new layer, so set"
                    + " modes and owners where the file is created.");
        }
    }

    /** A stored copy and the path the final filesystem shows it at (its own, or a hard link's). */
    private record Stored(int layer, String path) {
    }

    private static String list(ImageAnalysis image, ImageContext context, List<Stored> copies) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(LISTED, copies.size()); i++) {
            Stored c = copies.get(i);
            out.append(i == 0 ? "" : "; ").append('`').append(ImageText.absolute(c.path())).append("` in ")
                    .append(ImageText.layer(image, context, c.layer()));
        }
        if (copies.size() > LISTED) {
            out.append("; and ").append(copies.size() - LISTED).append(" more");
        }
        return out.toString();
    }
}
