package dev.dlint.image.analysis;

import dev.dlint.image.Image;
import dev.dlint.image.IntegrityProblem;
import dev.dlint.image.LayerEntry;
import java.util.List;

/**
 * Everything the analyzer learned about one image: the layers, the exact waste with attribution, dive's metrics, and
 * the per-file facts that findings are built from.
 *
 * @param image          the image and its scanned layers
 * @param waste          exact waste under OCI semantics
 * @param dive           dive-compatible metrics
 * @param finalFiles     regular files of the final filesystem, sorted by path
 * @param secrets        secret-looking paths stored in any layer
 * @param duplicates     identical contents stored in several layers
 * @param packageCaches  package-manager caches left in the final filesystem
 * @param warnings       oddities that do not make the result partial (history gaps, mislabelled compression,
 *                       broken hardlinks)
 * @param problems       why the image is incomplete (missing or unreadable blobs, digest mismatches); non-empty only
 *                       when the analyzer ignored errors, and then the result is partial
 * @param layerEntries   every layer's entries in tar order, when the analyzer kept them; otherwise empty
 */
public record ImageAnalysis(Image image, ExactWaste waste, DiveMetrics dive, List<VisibleFile> finalFiles,
                            List<SecretFact> secrets, List<DuplicateGroup> duplicates,
                            List<PackageCache> packageCaches, List<String> warnings, List<IntegrityProblem> problems,
                            List<List<LayerEntry>> layerEntries) {

    /** Copies the lists. */
    public ImageAnalysis {
        finalFiles = List.copyOf(finalFiles);
        secrets = List.copyOf(secrets);
        duplicates = List.copyOf(duplicates);
        packageCaches = List.copyOf(packageCaches);
        warnings = List.copyOf(warnings);
        problems = List.copyOf(problems);
        layerEntries = List.copyOf(layerEntries);
    }

    /** Whether the image is incomplete, so every number and gate describes only the layers that could be read. */
    public boolean partial() {
        return !problems.isEmpty();
    }

    /** Whether the layers' entries were kept (see {@link ImageAnalyzer.Options#keepEntries()}). */
    public boolean hasEntries() {
        return layerEntries.size() == image.layers().size() && !image.layers().isEmpty();
    }

    /** True if the config runs the container as root (no {@code USER}, {@code root} or uid 0). */
    public boolean runsAsRoot() {
        return image.config().runsAsRoot();
    }

    /** The configured user ({@code ""} when unset). */
    public String configUser() {
        return image.config().user();
    }
}
