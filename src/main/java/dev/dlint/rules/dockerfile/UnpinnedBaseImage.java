package dev.dlint.rules.dockerfile;

import dev.dlint.facts.ImageUses;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.ImageReference;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fix;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.ImageDigests;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * An external image with no tag, or with {@code latest} and no digest, after ARG defaults and {@code --build-arg}
 * values are applied: every build may pull a different image, so builds are neither reproducible nor cache-stable.
 * The two cases keep hadolint's codes: DL3006 for a missing tag, DL3007 for {@code latest}.
 */
@RuleInfo(summary = "An image is pulled without a version tag or digest, or as :latest", severity = Severity.WARNING,
        category = Category.CACHE, aliases = {"DL3006", "DL3007"})
public final class UnpinnedBaseImage implements DockerfileRule, Fixable {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (ImageUses.ImageUse use : context.facts().imageUses()) {
            ImageReference ref = use.reference();
            if (ref.hasDigest()) {
                continue;
            }
            String name = ref.displayName();
            String resolved = use.written().equals(ref.text()) ? "" : " (" + use.written() + " with its ARG values)";
            String message;
            SourceRange range;
            String alias;
            if (ref.tag().isEmpty()) {
                range = ref.repository().range();
                message = use.where() + " image '" + ref.text() + "'" + resolved + " has no tag, so it"
                        + " means " + name + ":latest and each build may get a different image. Pin a version tag"
                        + " (e.g. " + name + ":<version>) or a digest (" + name + "@sha256:…).";
                alias = "DL3006";
            } else if (ref.tag().get().value().equals("latest")) {
                range = ref.tag().get().range();
                message = use.where() + " image '" + ref.text() + "'" + resolved + " uses the moving"
                        + " tag 'latest', so each build may get a different image. Pin a version tag or a digest"
                        + " instead.";
                alias = "DL3007";
            } else {
                continue;
            }
            Pin pin = pin(use, context.digests());
            context.report(range, message + pin.note()).as(alias).fixIfPresent(pin.fix());
        }
    }

    /** The digest pin of one reference, or why there is none (for the message). */
    private record Pin(Optional<Fix> fix, String note) {
    }

    /**
     * Appends {@code @sha256:…} to a reference written literally in the file, with the digest its tag points to
     * now. Safe: the build pulls exactly the image it pulls today; it only stops getting a different one later.
     */
    private static Pin pin(ImageUses.ImageUse use, ImageDigests digests) {
        ImageReference ref = use.reference();
        if (!use.written().equals(ref.text()) || use.where().startsWith("RUN")) {
            return new Pin(Optional.empty(), " dlint fix cannot pin it: the reference is not written literally.");
        }
        ImageDigests.Lookup lookup = digests.lookup(ref.text());
        if (lookup.digest().isEmpty()) {
            return new Pin(Optional.empty(), " dlint fix cannot pin it: " + lookup.reason() + ".");
        }
        SourceRange last = ref.tag().map(ImageReference.Part::range).orElse(ref.repository().range());
        SourceRange end = new SourceRange(last.endLine(), last.endColumn(), last.endLine(), last.endColumn());
        String digest = lookup.digest().get();
        return new Pin(Optional.of(Fix.safe("Pin " + ref.text() + " to " + digest,
                List.of(TextEdit.insert(end, "@" + digest)))), "");
    }
}
