package dev.dlint.rules.image;

import dev.dlint.image.analysis.ExactWaste;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.WastedFile;
import dev.dlint.rule.Category;
import dev.dlint.rule.ImageRule;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.RuleOption;
import dev.dlint.rule.Severity;
import java.util.List;

/**
 * Bytes a layer stores that no path of the final filesystem shows (deleted, overwritten, copied again for a chmod),
 * grouped by the operation that hid them, so a deleted directory is one finding. Exact OCI accounting, not dive's.
 */
@RuleInfo(summary = "Files that a later layer deletes or replaces still take space in the image",
        severity = Severity.WARNING, category = Category.SIZE)
public final class WastedBytes implements ImageRule {

    static final RuleOption<Long> THRESHOLD = ImageRuleOptions.threshold("1MB");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(THRESHOLD);
    }

    @Override
    public void check(ImageAnalysis image, RuleContext context) {
        long threshold = context.option(THRESHOLD);
        for (ExactWaste.WasteGroup group : image.waste().groups(threshold)) {
            context.report(ImageText.location(image, group.layer(), group.path()), message(image, group));
        }
    }

    private static String message(ImageAnalysis image, ExactWaste.WasteGroup g) {
        String what = "`" + ImageText.absolute(g.path()) + "` (" + (isDirectory(image, g)
                ? ImageText.files(g.files()) + ", " : "") + ImageText.size(g.bytes()) + ")";
        String writer = ImageText.layer(image, g.layer());
        String hider = ImageText.layer(image, g.hiddenByLayer());
        String stays = " The bytes stay in layer " + g.layer() + " and every pull downloads them.";
        if (g.layer() == g.hiddenByLayer()) {
            return what + " is stored twice in " + writer + ": the layer's tar has an earlier entry for the same path,"
                    + " which is never visible but is downloaded with the layer. Rebuild the layer with a tool that"
                    + " writes each path once.";
        }
        switch (g.kind()) {
            case OVERWRITTEN:
                return what + " written by " + writer + " is overwritten by " + hider + "." + stays
                        + " Create the file once, in its final form, or build it in a separate stage and COPY only"
                        + " the result.";
            case METADATA_ONLY_COPY:
                return what + " written by " + writer + " is copied again by " + hider + " only to change its mode"
                        + " or owner, so the image stores it twice." + stays + " Set the owner and mode where the file"
                        + " is created (COPY --chown/--chmod, or in the same RUN).";
            case IDENTICAL_READD:
                return what + " written by " + writer + " is written again, unchanged, by " + hider
                        + ", so the image stores it twice." + stays + " Drop the repeated write.";
            default:
                return what + " written by " + writer + " is deleted by " + hider + ", but a later layer cannot"
                        + " shrink an earlier one." + stays + " Delete it in the step that creates it (the same RUN),"
                        + " keep it out of the layer with RUN --mount=type=cache or a bind mount, or create it in a"
                        + " build stage and COPY only what you need.";
        }
    }

    /** Whether the group is a directory's contents rather than one file hidden at its own path. */
    private static boolean isDirectory(ImageAnalysis image, ExactWaste.WasteGroup g) {
        if (g.files() > 1) {
            return true;
        }
        for (WastedFile f : image.waste().files()) {
            if (f.hiddenAt().equals(g.path()) && f.layer() == g.layer() && !f.path().equals(g.path())) {
                return true;
            }
        }
        return false;
    }
}
