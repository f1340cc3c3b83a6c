package dev.dlint.rules.dockerfile;

import dev.dlint.facts.ImageUses;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.ImageReference;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;

/**
 * For teams that require digest pinning: an image pinned only by a tag (other than {@code latest}, which
 * UnpinnedBaseImage reports). Tags can be moved to new content; a digest cannot. Off by default.
 */
@RuleInfo(summary = "An image is pinned by a tag but not by a digest", severity = Severity.INFO,
        category = Category.SECURITY, enabledByDefault = false, precision = Precision.VERY_HIGH)
public final class MutableBaseImageTag implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (ImageUses.ImageUse use : context.facts().imageUses()) {
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
