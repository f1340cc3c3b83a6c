package dev.dlint.rules.dockerfile;

import dev.dlint.engine.Category;
import dev.dlint.engine.DockerfileRule;
import dev.dlint.engine.Precision;
import dev.dlint.engine.RuleContext;
import dev.dlint.engine.RuleInfo;
import dev.dlint.engine.Severity;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.ImageReference;
import dev.dlint.rules.knowledge.ImageUses;

/**
 * For teams that require digest pinning: an image pinned only by a tag (other than {@code latest}, which
 * UnpinnedBaseImage reports). Tags can be moved to new content; a digest cannot. Off by default.
 */
@RuleInfo(summary = "An image is pinned by a tag but not by a digest", severity = Severity.INFO,
        category = Category.SECURITY, enabledByDefault = false, precision = Precision.VERY_HIGH)
public final class MutableBaseImageTag implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, RuleContext context) {
        for (ImageUses.ImageUse use : ImageUses.of(dockerfile)) {
            ImageReference ref = use.reference();
            if (ref.hasDigest() || ref.tag().isEmpty() || ref.tag().get().value().equals("latest")) {
                continue;
            }
            String name = ref.displayName();
            context.report(ref.tag().get().range(), use.where() + " image '" + ref.text() + "' is pinned by the tag '"
                    + ref.tag().get().value() + "', which its publisher can move to different content. Add the digest"
                    + " (" + name + ":" + ref.tag().get().value() + "@sha256:…) so every build gets the same bytes.");
        }
    }
}
