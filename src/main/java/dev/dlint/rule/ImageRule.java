package dev.dlint.rule;

import dev.dlint.image.analysis.ImageAnalysis;

/**
 * A check over one analysed container image. Implementations are stateless: they read the analysis (and, through the
 * context, the evaluated CI gates) and report through the context at {@link ImageLocation}s.
 */
public interface ImageRule extends Rule {

    void check(ImageAnalysis image, ImageContext context);
}
