package dev.dlint.rules.image;

import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.rule.Category;
import dev.dlint.rule.ImageContext;
import dev.dlint.rule.ImageLocation;
import dev.dlint.rule.ImageRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;

/** The image config runs containers as root: no {@code User}, {@code root}, or uid 0. */
@RuleInfo(summary = "The image runs as root: its config sets no USER, or USER root or 0",
        severity = Severity.WARNING, category = Category.SECURITY)
public final class RootUserImage implements ImageRule {

    @Override
    public void check(ImageAnalysis image, ImageContext context) {
        if (!image.runsAsRoot()) {
            return;
        }
        String user = image.configUser().trim();
        String why = user.isEmpty() ? "The image config sets no USER" : "The image config sets USER " + user;
        context.report(ImageLocation.inConfig(user.isEmpty() ? "no User" : "User " + user), why
                + ", so containers run as root (uid 0) unless the runtime overrides it, and a process that"
                + " escapes the application has root rights in the container. Create an unprivileged user and make"
                + " it the last USER of the Dockerfile, e.g. `RUN useradd --system --uid 10001 app` then"
                + " `USER 10001`.");
    }
}
