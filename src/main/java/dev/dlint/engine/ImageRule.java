package dev.dlint.engine;

import dev.dlint.image.analysis.ImageAnalysis;

/**
 * A check over one analysed container image. Implementations are stateless: they read the analysis and report
 * through the context (findings on images carry a logical location instead of a source range). Metadata is the
 * class's {@link RuleInfo}.
 */
public interface ImageRule {

    void check(ImageAnalysis image, RuleContext context);

    /**
     * Checks this rule's options from {@code .dlint.yaml} before any image is read, so a typo fails fast.
     *
     * @throws RuleOptionException naming the option and what is wrong with it
     */
    default void checkOptions(RuleOptions options) {
    }
}
