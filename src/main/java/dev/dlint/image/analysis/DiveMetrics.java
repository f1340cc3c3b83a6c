package dev.dlint.image.analysis;

import java.util.List;

/**
 * The numbers dive reports, computed exactly as dive v0.13 computes them (quirks included), so that existing dive CI
 * thresholds keep their meaning. See {@code docs/image-analysis.md} for how they differ from the exact waste.
 *
 * @param efficiency        Σmin / Σcum over all visited keys (1.0 when Σcum is 0)
 * @param sizeBytes         sum of all layers' header sizes
 * @param userSizeBytes     {@code sizeBytes} minus layer 0's size
 * @param wastedBytes       Σcum over the inefficient list
 * @param userWastedPercent {@code wastedBytes / userSizeBytes} as a ratio (may be NaN or +Infinity)
 * @param inefficientFiles  keys visited at least twice, in dive's reported order (largest cumulative size first)
 * @param scoreWasteBytes   Σ(cum − min): the waste implied by the efficiency score
 */
public record DiveMetrics(double efficiency, long sizeBytes, long userSizeBytes, long wastedBytes,
                          double userWastedPercent, List<InefficientFile> inefficientFiles, long scoreWasteBytes) {

    /** Copies the list. */
    public DiveMetrics {
        inefficientFiles = List.copyOf(inefficientFiles);
    }
}
