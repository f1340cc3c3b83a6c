package dev.dlint.image.analysis;

import dev.dlint.image.Image;
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
 * @param warnings       problems that did not stop the analysis (digest mismatches, missing blobs, history gaps)
 */
public record ImageAnalysis(Image image, ExactWaste waste, DiveMetrics dive, List<VisibleFile> finalFiles,
                            List<SecretFact> secrets, List<DuplicateGroup> duplicates,
                            List<PackageCache> packageCaches, List<String> warnings) {

    /** Copies the lists. */
    public ImageAnalysis {
        finalFiles = List.copyOf(finalFiles);
        secrets = List.copyOf(secrets);
        duplicates = List.copyOf(duplicates);
        packageCaches = List.copyOf(packageCaches);
        warnings = List.copyOf(warnings);
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
