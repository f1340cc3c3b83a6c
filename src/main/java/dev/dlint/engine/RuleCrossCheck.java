package dev.dlint.engine;

import dev.dlint.attribution.Attribution;
import dev.dlint.attribution.LayerSource;
import dev.dlint.config.ConfigException;
import dev.dlint.config.Configuration;
import dev.dlint.image.analysis.ByteSizes;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.PackageCache;
import dev.dlint.image.analysis.VisibleFile;
import dev.dlint.image.analysis.WasteKind;
import dev.dlint.image.analysis.WastedFile;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Related;
import dev.dlint.text.SourceRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Measures on the image what three Dockerfile rules predict from the text, so that their warnings get a number:
 * SplitInstallCleanup (a later RUN deletes what an earlier layer wrote: the bytes the cleanup's layer hides by
 * deleting, from the layers the finding names), ChownAfterCopy (a recursive chown or chmod copies files up: the
 * bytes the RUN's layer copied again for mode or owner) and PackageCacheInLayer (a package manager's cache left in
 * the layer: the cache bytes from that layer the final filesystem still holds). Findings on instructions that made no
 * layer of the image (another stage) are not measured.
 */
final class RuleCrossCheck {

    static final String SPLIT_INSTALL_CLEANUP = "SplitInstallCleanup";
    static final String CHOWN_AFTER_COPY = "ChownAfterCopy";
    static final String PACKAGE_CACHE_IN_LAYER = "PackageCacheInLayer";
    private static final Set<String> MEASURED = Set.of(SPLIT_INSTALL_CLEANUP, CHOWN_AFTER_COPY, PACKAGE_CACHE_IN_LAYER);

    private RuleCrossCheck() {
    }

    /** Lints the Dockerfile with its configuration and measures the findings of the three rules. */
    static List<CrossCheck> measure(Engine engine, DockerfileTarget target, Configuration config,
                                    ImageAnalysis image, Attribution attribution) throws ConfigException {
        FileResult lint = engine.lint(target.path(), target.dockerfile().source().encode(), config);
        List<CrossCheck> out = new ArrayList<>();
        for (Finding finding : lint.reported()) {
            if (!MEASURED.contains(finding.rule())) {
                continue;
            }
            OptionalInt layer = layerAt(attribution, finding.range());
            if (layer.isEmpty()) {
                continue;
            }
            out.add(measure(finding, layer.getAsInt(), image, attribution));
        }
        return out;
    }

    private static CrossCheck measure(Finding finding, int layer, ImageAnalysis image, Attribution attribution) {
        String line = "line " + finding.range().startLine();
        long bytes;
        String what;
        switch (finding.rule()) {
            case SPLIT_INSTALL_CLEANUP: {
                Set<Integer> writers = relatedLayers(finding, attribution);
                bytes = hidden(image, layer, WasteKind.DELETED, writers);
                what = "deleted by the layer of " + line + (writers.isEmpty() ? ""
                        : " from the layer" + (writers.size() == 1 ? "" : "s") + " of " + lines(writers, attribution));
                break;
            }
            case CHOWN_AFTER_COPY:
                bytes = hidden(image, layer, WasteKind.METADATA_ONLY_COPY, Set.of());
                what = "copied again by the layer of " + line + " only to change mode or owner";
                break;
            default:
                bytes = cacheBytes(image, layer);
                what = "of package cache that the layer of " + line + " keeps in the final image";
        }
        boolean agrees = bytes > 0;
        String summary = agrees
                ? finding.rule() + " agrees with the image: " + exact(bytes) + " " + what + "."
                : "The image shows no bytes " + what + ", so " + finding.rule() + " costs nothing here.";
        Finding measured = agrees ? finding.withMessage(finding.message() + " Measured on the image: " + exact(bytes)
                + " " + what + ".") : finding;
        return new CrossCheck(measured, layer, bytes, agrees, summary);
    }

    /** The layer whose instruction contains the finding's start. */
    private static OptionalInt layerAt(Attribution attribution, SourceRange range) {
        for (int i = attribution.layers().size() - 1; i >= 0; i--) {
            LayerSource source = attribution.layers().get(i).orElse(null);
            if (source != null && !source.baseImage() && source.range().startLine() <= range.startLine()
                    && range.startLine() <= source.range().endLine()) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    private static Set<Integer> relatedLayers(Finding finding, Attribution attribution) {
        Set<Integer> layers = new HashSet<>();
        for (Related related : finding.related()) {
            if (related.file().isEmpty()) {
                layerAt(attribution, related.range()).ifPresent(layers::add);
            }
        }
        return layers;
    }

    /** Bytes of kind {@code kind} that {@code layer} hides, written by {@code writers} (any layer when empty). */
    private static long hidden(ImageAnalysis image, int layer, WasteKind kind, Set<Integer> writers) {
        long bytes = 0;
        for (WastedFile f : image.waste().files()) {
            if (f.hiddenByLayer() == layer && f.kind() == kind && (writers.isEmpty() || writers.contains(f.layer()))) {
                bytes += f.bytes();
            }
        }
        return bytes;
    }

    /** Bytes of the final filesystem's package caches that {@code layer} wrote. */
    private static long cacheBytes(ImageAnalysis image, int layer) {
        long bytes = 0;
        for (VisibleFile f : image.finalFiles()) {
            if (f.layer() != layer || f.hardlink()) {
                continue;
            }
            for (PackageCache cache : image.packageCaches()) {
                if (f.path().startsWith(cache.directory() + "/")) {
                    bytes += f.size();
                    break;
                }
            }
        }
        return bytes;
    }

    private static String lines(Set<Integer> layers, Attribution attribution) {
        List<Integer> numbers = layers.stream().map(l -> attribution.source(l).map(LayerSource::line).orElse(0))
                .sorted().distinct().toList();
        StringBuilder out = new StringBuilder(numbers.size() == 1 ? "line " : "lines ");
        for (int i = 0; i < numbers.size(); i++) {
            out.append(i == 0 ? "" : i == numbers.size() - 1 ? " and " : ", ").append(numbers.get(i));
        }
        return out.toString();
    }

    private static String exact(long bytes) {
        return bytes + " bytes (" + ByteSizes.format(bytes) + ")";
    }
}
