package dev.dlint.engine;

import dev.dlint.rule.Finding;
import java.util.Objects;

/**
 * A Dockerfile rule's finding measured on the image built from the file: the bytes the image shows for what the rule
 * predicted (SplitInstallCleanup: bytes a later RUN deletes; ChownAfterCopy: bytes copied again for an owner or
 * mode change; PackageCacheInLayer: package-cache bytes the layer keeps).
 *
 * @param finding  the rule's finding, its message ending with the measurement when the image agrees
 * @param layer    the layer of the instruction the finding is on
 * @param bytes    what the image measures for it
 * @param agrees   whether the image shows the predicted waste (bytes above zero)
 * @param summary  one sentence about the measurement, for reports
 */
public record CrossCheck(Finding finding, int layer, long bytes, boolean agrees, String summary) {

    public CrossCheck {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(summary, "summary");
    }
}
