package dev.dlint.rules.dockerfile;

import dev.dlint.facts.ImageUses;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.ImageReference;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;

/**
 * An external image with no tag, or with {@code latest} and no digest, after ARG defaults and {@code --build-arg}
 * values are applied: every build may pull a different image, so builds are neither reproducible nor cache-stable.
 * The two cases keep hadolint's codes: DL3006 for a missing tag, DL3007 for {@code latest}.
 */
@RuleInfo(summary = "An image is pulled without a version tag or digest, or as :latest", severity = Severity.WARNING,
        category = Category.CACHE, aliases = {"DL3006", "DL3007"})
public final class UnpinnedBaseImage implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (ImageUses.ImageUse use : context.facts().imageUses()) {
            ImageReference ref = use.reference();
            if (ref.hasDigest()) {
                continue;
            }
            String name = ref.displayName();
            String resolved = use.written().equals(ref.text()) ? "" : " (" + use.written() + " with its ARG values)";
            if (ref.tag().isEmpty()) {
                context.report(ref.repository().range(), use.where() + " image '" + ref.text() + "'" + resolved + " has no tag, so it"
                        + " means " + name + ":latest and each build may get a different image. Pin a version tag"
                        + " (e.g. " + name + ":<version>) or a digest (" + name + "@sha256:…).").as("DL3006");
            } else if (ref.tag().get().value().equals("latest")) {
                context.report(ref.tag().get().range(), use.where() + " image '" + ref.text() + "'" + resolved + " uses the moving"
                        + " tag 'latest', so each build may get a different image. Pin a version tag or a digest"
                        + " instead.").as("DL3007");
            }
        }
    }
}
