package dev.dlint.rules.image;

import dev.dlint.image.Layer;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.rule.Category;
import dev.dlint.rule.ImageContext;
import dev.dlint.rule.ImageRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;

/**
 * A layer dlint stopped reading at one of its limits: it decompresses to more than 32 GiB, or to more than 500 times
 * its stored size once past 256 MiB (a decompression bomb), it has more than 500,000 entries, or more than 1,000
 * extension headers in a row or 10,000 PAX global headers. The entries read before the limit are analysed, the
 * other layers are analysed in full, and the layer's digests are not checked.
 */
@RuleInfo(summary = "A layer passes dlint's decompression or entry limits (a decompression bomb)",
        severity = Severity.ERROR, category = Category.CORRECTNESS)
public final class LayerTooLarge implements ImageRule {

    @Override
    public void check(ImageAnalysis image, ImageContext context) {
        for (Layer layer : image.image().layers()) {
            layer.limit().ifPresent(limit -> context.report(ImageText.layerLocation(image, layer.index()),
                    "Layer " + layer.index() + " (" + layer.member() + ") was read only up to a limit: " + limit
                    + ". The entries before the limit are analysed and the other layers in full, but the rest of this"
                    + " layer and its digests are not. A real layer is never like this: rebuild the image from a"
                    + " trusted source."));
        }
    }
}
