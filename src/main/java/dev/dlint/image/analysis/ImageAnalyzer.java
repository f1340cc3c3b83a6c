package dev.dlint.image.analysis;

import dev.dlint.image.Compression;
import dev.dlint.image.Digest;
import dev.dlint.image.DigestCheck;
import dev.dlint.image.HistoryEntry;
import dev.dlint.image.Image;
import dev.dlint.image.ImageConfig;
import dev.dlint.image.ImageFormatException;
import dev.dlint.image.ImageSelection;
import dev.dlint.image.IntegrityProblem;
import dev.dlint.image.Layer;
import dev.dlint.image.LayerEntry;
import dev.dlint.image.archive.BlobSource;
import dev.dlint.image.archive.ImageLocator;
import dev.dlint.image.archive.LayerRef;
import dev.dlint.image.archive.LocatedImage;
import dev.dlint.image.layer.LayerScanner;
import dev.dlint.image.layer.ScannedLayer;
import dev.dlint.image.layer.SecretSighting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The entry point: opens a saved image, scans its layers in parallel (each blob is read once, streaming), merges
 * them once in layer order, and returns an {@link ImageAnalysis}.
 *
 * <p>Memory grows with the number of paths, not with file sizes: no content is held, nothing is extracted.
 *
 * <p>An incomplete image (a layer blob missing, unreadable, or not matching the digest or size it is declared with)
 * stops the analysis at the first {@link IntegrityProblem} with an {@link ImageFormatException} whose
 * {@code incomplete()} is true, unless the analyzer {@linkplain Options#ignoreErrors() ignores errors}: then the
 * problems are listed in the analysis, unreadable layers count as empty, and the result is partial.
 */
public final class ImageAnalyzer {
    /** Default number of layers decompressed at once. */
    public static final int DEFAULT_PARALLELISM = 2;

    private final Options options;

    /**
     * How the analyzer works.
     *
     * @param parallelism  layers decompressed at once, at least 1
     * @param ignoreErrors analyse what is there instead of stopping at the first integrity problem
     * @param keepEntries  keep every layer's entries in the analysis (for file trees and dive's export)
     */
    public record Options(int parallelism, boolean ignoreErrors, boolean keepEntries) {

        /** Checks the parallelism. */
        public Options {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1");
            }
        }

        /** The default parallelism, stopping at integrity problems, not keeping entries. */
        public static Options defaults() {
            return new Options(DEFAULT_PARALLELISM, false, false);
        }

        /** These options, tolerating integrity problems or not. */
        public Options withIgnoreErrors(boolean ignore) {
            return new Options(parallelism, ignore, keepEntries);
        }

        /** These options with another parallelism. */
        public Options withParallelism(int layersAtOnce) {
            return new Options(layersAtOnce, ignoreErrors, keepEntries);
        }

        /** These options, keeping the layers' entries or not. */
        public Options withKeepEntries(boolean keep) {
            return new Options(parallelism, ignoreErrors, keep);
        }
    }

    /** An analyzer decompressing {@code parallelism} layers at once, stopping at integrity problems. */
    public ImageAnalyzer(int parallelism) {
        this(Options.defaults().withParallelism(parallelism));
    }

    /** An analyzer with the given options. */
    public ImageAnalyzer(Options options) {
        this.options = options;
    }

    /**
     * Analyses the image at {@code input} (a {@code docker save} / OCI archive, or an OCI layout directory) with
     * the default options.
     *
     * @throws ImageFormatException with a one-line message naming the member and the problem
     */
    public static ImageAnalysis analyze(Path input, ImageSelection selection) {
        return new ImageAnalyzer(Options.defaults()).run(input, selection);
    }

    /** Analyses the image at {@code input}. */
    public ImageAnalysis run(Path input, ImageSelection selection) {
        return run(input, selection, Progress.NONE);
    }

    /** Analyses the image at {@code input}, telling {@code progress} as each layer is merged. */
    public ImageAnalysis run(Path input, ImageSelection selection, Progress progress) {
        return run(input, input.toString(), selection, progress);
    }

    /**
     * Analyses the image at {@code input}, which the analysis and its messages call {@code name} (for an archive
     * saved to a temporary file, the image it was saved from).
     */
    public ImageAnalysis run(Path input, String name, ImageSelection selection, Progress progress) {
        try (BlobSource source = BlobSource.open(input)) {
            LocatedImage located = new ImageLocator(source).locate(selection);
            return analyzeLocated(name, source, located, progress);
        } catch (IOException e) {
            throw new ImageFormatException(name, "read error: " + e.getMessage(), e);
        }
    }

    /** Receives progress from the analyzing thread; implementations must be cheap and thread-safe. */
    @FunctionalInterface
    public interface Progress {
        /** Ignores progress. */
        Progress NONE = (done, total) -> { };

        /** {@code done} of {@code total} layers are scanned and merged. */
        void layersDone(int done, int total);
    }

    private ImageAnalysis analyzeLocated(String input, BlobSource source, LocatedImage located, Progress progress) {
        List<String> warnings = new ArrayList<>(located.warnings());
        List<IntegrityProblem> problems = new ArrayList<>();
        ImageConfig config = located.config();
        int n = located.layers().size();
        progress.layersDone(0, n);
        List<Optional<HistoryEntry>> history = HistoryAligner.align(config.history(), n, warnings);
        OverlayMerge merge = new OverlayMerge();
        DiveCalculator dive = new DiveCalculator();
        DuplicateFinder duplicates = new DuplicateFinder();
        List<Layer> layers = new ArrayList<>();
        List<List<SecretSighting>> sightings = new ArrayList<>();
        List<List<LayerEntry>> kept = new ArrayList<>();
        int threads = Math.max(1, Math.min(options.parallelism(), n));
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            // A blob the manifest lists more than once is scanned once: 10,000 references to one layer cost one scan.
            List<Future<ScannedLayer>> futures = new ArrayList<>();
            Map<String, Future<ScannedLayer>> byMember = new HashMap<>();
            for (LayerRef ref : located.layers()) {
                futures.add(ref.present() ? byMember.computeIfAbsent(ref.member(),
                        member -> pool.submit(() -> scan(source, ref))) : null);
            }
            for (int i = 0; i < n; i++) {
                LayerRef ref = located.layers().get(i);
                ScannedLayer scanned = null;
                if (futures.get(i) == null) {
                    report(problems, new IntegrityProblem(i, ref.member(), "layer " + i + " blob is missing from the"
                            + " archive" + (ref.foreign() ? " (a foreign layer, to be fetched from its URLs)" : "")
                            + ", so its content is unknown"));
                } else {
                    try {
                        scanned = await(futures.get(i), ref.member());
                    } catch (ImageFormatException e) {
                        report(problems, new IntegrityProblem(i, ref.member(),
                                withoutMember(e.getMessage(), ref.member())));
                    }
                }
                Digest diffId = i < config.diffIds().size() ? config.diffIds().get(i) : null;
                if (scanned == null) {
                    layers.add(missingLayer(ref, diffId, history.get(i)));
                    merge.apply(List.of());
                    dive.addLayer(List.of(), 0);
                    sightings.add(List.of());
                    kept.add(List.of());
                    progress.layersDone(i + 1, n);
                    continue;
                }
                layers.add(toLayer(ref, scanned, diffId, history.get(i), warnings, problems));
                merge.apply(scanned.entries());
                dive.addLayer(scanned.entries(), scanned.contentBytes());
                duplicates.addLayer(i, scanned.entries());
                sightings.add(scanned.secrets());
                kept.add(options.keepEntries() ? scanned.entries() : List.of());
                futures.set(i, null); // let the entry list go once merged (another reference may still hold it)
                progress.layersDone(i + 1, n);
            }
        } finally {
            pool.shutdownNow();
        }
        OverlayMerge.Result merged = merge.finish();
        warnings.addAll(merged.warnings());
        List<SecretFact> secrets = new ArrayList<>();
        for (int i = 0; i < sightings.size(); i++) {
            for (SecretSighting s : sightings.get(i)) {
                int visibleLayer = merged.visibility().visibleLayer(s.path());
                boolean visible = s.kind() == dev.dlint.image.SecretKind.GIT_DIRECTORY ? visibleLayer >= 0
                        : visibleLayer == i;
                secrets.add(new SecretFact(s.path(), s.kind(), i, visible));
            }
        }
        Image image = new Image(input, located.layout(), located.name(), located.platform(), config, layers);
        return new ImageAnalysis(image, merged.waste(), dive.finish(), merged.visible(), secrets,
                duplicates.groups(), PackageCacheDetector.detect(merged.visible()), warnings, problems,
                options.keepEntries() ? kept : List.of());
    }

    /** Records a problem, or stops the analysis with it unless errors are ignored. */
    private void report(List<IntegrityProblem> problems, IntegrityProblem problem) {
        if (!options.ignoreErrors()) {
            throw new ImageFormatException(problem);
        }
        problems.add(problem);
    }

    private static String withoutMember(String message, String member) {
        return message.startsWith(member + ": ") ? message.substring(member.length() + 2) : message;
    }

    private static ScannedLayer scan(BlobSource source, LayerRef ref) throws IOException {
        try (InputStream in = source.open(ref.member())) {
            return new LayerScanner().scan(ref.member(), in);
        }
    }

    private static ScannedLayer await(Future<ScannedLayer> future, String member) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImageFormatException(member, "interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ImageFormatException ife) {
                throw ife;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new ImageFormatException(member, "out of memory while scanning the layer", cause);
            }
            if (cause instanceof StackOverflowError) {
                throw new ImageFormatException(member, "layer structure too deep to scan", cause);
            }
            String msg = cause == null || cause.getMessage() == null ? String.valueOf(cause) : cause.getMessage();
            throw new ImageFormatException(member, "cannot read layer: " + msg, cause);
        }
    }

    private Layer toLayer(LayerRef ref, ScannedLayer s, Digest declaredDiffId, Optional<HistoryEntry> history,
                          List<String> warnings, List<IntegrityProblem> problems) {
        if (s.limit().isPresent()) {
            // The scan stopped at a limit: the digests of a partly read blob say nothing, the finding says why.
            labelMismatch(ref, s.compression()).ifPresent(warnings::add);
            return new Layer(ref.index(), ref.member(), s.blobDigest(), s.diffId(), s.compression(),
                    s.compressedBytes(), s.uncompressedBytes(), s.contentBytes(), s.counts(), history,
                    DigestCheck.NOT_DECLARED, DigestCheck.NOT_DECLARED, false, s.limit());
        }
        DigestCheck blobCheck = DigestCheck.NOT_DECLARED;
        if (ref.declaredDigest().isPresent() && ref.declaredDigest().get().algorithm().equals("sha256")) {
            blobCheck = ref.declaredDigest().get().equals(s.blobDigest()) ? DigestCheck.VERIFIED : DigestCheck.MISMATCH;
            if (blobCheck == DigestCheck.MISMATCH) {
                report(problems, new IntegrityProblem(ref.index(), ref.member(), "layer " + ref.index()
                        + " blob digest mismatch: declared " + ref.declaredDigest().get() + ", content is "
                        + s.blobDigest()));
            }
        }
        if (ref.declaredSize() >= 0 && ref.declaredSize() != s.compressedBytes()) {
            report(problems, new IntegrityProblem(ref.index(), ref.member(), "layer " + ref.index() + " is "
                    + s.compressedBytes() + " bytes but the manifest declares " + ref.declaredSize()));
        }
        DigestCheck diffCheck = DigestCheck.NOT_DECLARED;
        if (declaredDiffId != null && declaredDiffId.algorithm().equals("sha256")) {
            diffCheck = declaredDiffId.equals(s.diffId()) ? DigestCheck.VERIFIED : DigestCheck.MISMATCH;
            if (diffCheck == DigestCheck.MISMATCH) {
                report(problems, new IntegrityProblem(ref.index(), ref.member(), "layer " + ref.index()
                        + " diff_id mismatch: the config declares " + declaredDiffId + ", the decompressed content is "
                        + s.diffId()));
            }
        }
        labelMismatch(ref, s.compression()).ifPresent(warnings::add);
        return new Layer(ref.index(), ref.member(), s.blobDigest(), s.diffId(), s.compression(), s.compressedBytes(),
                s.uncompressedBytes(), s.contentBytes(), s.counts(), history, blobCheck, diffCheck, false,
                Optional.empty());
    }

    private static Optional<String> labelMismatch(LayerRef ref, Compression actual) {
        String mt = ref.mediaType();
        if (mt.isEmpty()) {
            return Optional.empty();
        }
        Compression labelled = mt.endsWith("gzip") ? Compression.GZIP : mt.endsWith("zstd") ? Compression.ZSTD
                : Compression.NONE;
        if (labelled == actual) {
            return Optional.empty();
        }
        return Optional.of(ref.member() + ": layer " + ref.index() + " is labelled " + mt + " but its bytes are "
                + actual.label() + " (the bytes were used)");
    }

    private static Layer missingLayer(LayerRef ref, Digest diffId, Optional<HistoryEntry> history) {
        return new Layer(ref.index(), ref.member(), ref.declaredDigest().orElse(null), diffId, Compression.NONE,
                0, 0, 0, new Layer.EntryCounts(0, 0, 0, 0, 0, 0), history, DigestCheck.NOT_DECLARED,
                DigestCheck.NOT_DECLARED, true, Optional.empty());
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "dlint-layer-scan-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
