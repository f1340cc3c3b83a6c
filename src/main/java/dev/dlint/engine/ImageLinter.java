package dev.dlint.engine;

import dev.dlint.attribution.Attribution;
import dev.dlint.attribution.HistoryMatcher;
import dev.dlint.attribution.ProvenanceMatcher;
import dev.dlint.attribution.ProvenanceReader;
import dev.dlint.attribution.LayerSource;
import dev.dlint.config.CommandLineSettings;
import dev.dlint.config.ConfigException;
import dev.dlint.config.ConfigLoader;
import dev.dlint.config.Configuration;
import dev.dlint.config.ImageDockerfileSettings;
import dev.dlint.config.ImageGateSettings;
import dev.dlint.image.ImageFormatException;
import dev.dlint.image.ImageSelection;
import dev.dlint.image.analysis.CiGateEvaluator;
import dev.dlint.image.analysis.CiRules;
import dev.dlint.image.analysis.GateConfigException;
import dev.dlint.image.analysis.GateResult;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.ImageAnalyzer;
import dev.dlint.rule.RuleCatalog;
import dev.dlint.syntax.BuildArgs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lints one container image: reads the configuration and the CI gates (dive's precedence), gets the image (a saved
 * archive, an OCI directory, or a local engine asked to save it), analyses it, runs the image rules with the
 * evaluated gates (a failed gate is an {@code ImageGate} finding) and returns an {@link ImageResult}. The image
 * counterpart of {@link Linter}; the command line only parses options and picks reporters.
 */
public final class ImageLinter {

    private final RuleCatalog catalog;
    private final ImageEngine engine;

    public ImageLinter(RuleCatalog catalog) {
        this.catalog = catalog;
        this.engine = new ImageEngine(catalog);
    }

    /**
     * What to lint and how.
     *
     * @param input        the image argument
     * @param selection    which image of a multi-image archive or index
     * @param configFile   {@code --config}; otherwise {@code .dlint.yaml}/{@code .hadolint.yaml} is discovered from the
     *                     working directory
     * @param settings     command-line rule settings, on top of the file's
     * @param gateFlags    gate values given as options, by dive's camelCase name ({@code lowestEfficiency})
     * @param diveCi       dive's CI rules file ({@code --ci-config}, default {@code .dive-ci}); used if it exists
     * @param environment  the environment: {@code DIVE_RULES_*} gate values, {@code PATH} for engines
     * @param ignoreErrors analyse an incomplete image instead of stopping at its first problem
     * @param keepEntries  keep every layer's entries (file trees, dive's export, {@code layers[].files})
     * @param dockerfile   {@code --dockerfile}: the Dockerfile the image was built from (else {@code image:
     *                     dockerfile:} of the configuration, if set)
     * @param target       {@code --target}: the stage that is the image (else {@code image: target:}, else the last)
     */
    public record Request(ImageInput input, ImageSelection selection, Optional<Path> configFile,
                          CommandLineSettings settings, Map<String, String> gateFlags, Path diveCi,
                          Map<String, String> environment, boolean ignoreErrors, boolean keepEntries,
                          Optional<Path> dockerfile, Optional<String> target) {

        public Request {
            gateFlags = Map.copyOf(gateFlags);
            environment = Map.copyOf(environment);
        }

        /** A request without a Dockerfile. */
        public Request(ImageInput input, ImageSelection selection, Optional<Path> configFile,
                       CommandLineSettings settings, Map<String, String> gateFlags, Path diveCi,
                       Map<String, String> environment, boolean ignoreErrors, boolean keepEntries) {
            this(input, selection, configFile, settings, gateFlags, diveCi, environment, ignoreErrors, keepEntries,
                    Optional.empty(), Optional.empty());
        }
    }

    /**
     * A request with its configuration read and checked.
     *
     * @param request       the request
     * @param configuration the configuration for the image, command-line settings applied
     * @param gateRules     the gate thresholds after dive's precedence
     * @param unusedFlags   gate options that an existing {@code .dive-ci} overrides (dive ignores them too)
     * @param dockerfile    the Dockerfile and target stage to tie layers to, when one was given
     */
    public record Prepared(Request request, Configuration configuration, CiRules gateRules, List<String> unusedFlags,
                           Optional<DockerfileTarget> dockerfile) {

        public Prepared {
            unusedFlags = List.copyOf(unusedFlags);
        }
    }

    /**
     * Reads and checks the configuration, the rule options and the gates, before any image is read.
     *
     * @throws ConfigException          for an invalid configuration, {@code .dive-ci} or rule option (file and line)
     * @throws IllegalArgumentException for an invalid {@code DIVE_RULES_*} variable that would be used, a Dockerfile
     *                                  that cannot be read or a target stage it does not have
     */
    public Prepared prepare(Request request) throws ConfigException {
        ConfigLoader loader = new ConfigLoader(catalog);
        Optional<Path> source = request.configFile().isPresent() ? request.configFile() : loader.discover(Path.of(""));
        Configuration base = source.isPresent() ? loader.load(source.get()) : Configuration.defaults();
        Configuration configuration = base.with(request.settings()).forFile(Path.of(request.input().reference()));
        engine.checkOptions(configuration);
        List<String> unused = new ArrayList<>();
        if (Files.isRegularFile(request.diveCi())) {
            for (String flag : request.gateFlags().keySet()) {
                if (ImageGateSettings.isDiveGate(flag)) {
                    unused.add(flag);
                }
            }
        }
        CiRules gates = ImageGateSettings.resolve(Optional.of(request.diveCi()), request.gateFlags(),
                request.environment(), configuration);
        ImageDockerfileSettings files = ImageDockerfileSettings.resolve(request.dockerfile(), request.target(),
                configuration);
        if (files.dockerfile().isEmpty() && files.target().isPresent()) {
            throw new IllegalArgumentException("--target goes with --dockerfile (or image: dockerfile: in .dlint.yaml)");
        }
        Optional<DockerfileTarget> dockerfile = files.dockerfile().map(f -> DockerfileTarget.read(f, files.target()));
        return new Prepared(request, configuration, gates, unused, dockerfile);
    }

    /**
     * Gets, analyses and lints the image.
     *
     * @throws ImageFormatException for an image that cannot be read, or an incomplete one (see
     *                              {@link ImageFormatException#incomplete()}) unless the request ignores errors
     * @throws ConfigException      when a gate value turns out invalid while evaluating
     */
    public ImageResult lint(Prepared prepared, ImageAnalyzer.Progress progress) throws ConfigException {
        Request request = prepared.request();
        ImageInput input = request.input();
        ImageAnalyzer analyzer = new ImageAnalyzer(ImageAnalyzer.Options.defaults()
                .withIgnoreErrors(request.ignoreErrors()).withKeepEntries(request.keepEntries()));
        ImageAnalysis analysis;
        Map<String, ProvenanceReader.StepLocation> provenance;
        List<String> provenanceNotes = new ArrayList<>();
        if (input.source().isEngine()) {
            Path directory = temporaryDirectory(input);
            try {
                Path archive = new EngineImages(request.environment()).save(input, directory);
                analysis = analyze(analyzer, archive, input.display(), request.selection(), progress);
                provenance = provenance(prepared, archive, provenanceNotes);
            } finally {
                deleteQuietly(directory);
            }
        } else {
            Path path = Path.of(input.reference());
            if (!Files.exists(path) && ImageInput.looksLikeImageName(input.reference())) {
                throw new ImageFormatException(input.reference(), "no such file or directory; it reads as an image"
                        + " name, but dlint image reads saved images: save it with 'docker save -o image.tar "
                        + input.reference() + "' (or podman save, or 'skopeo copy docker://" + input.reference()
                        + " docker-archive:image.tar') and run 'dlint image image.tar', or use docker://"
                        + input.reference() + " to have the local Docker engine save it");
            }
            analysis = analyze(analyzer, path, path.toString(), request.selection(), progress);
            provenance = provenance(prepared, path, provenanceNotes);
        }
        List<GateResult> gates;
        try {
            gates = CiGateEvaluator.evaluate(prepared.gateRules(), analysis.dive(), analysis.waste());
        } catch (GateConfigException e) {
            throw new ConfigException(request.diveCi(), 1, e.getMessage());
        }
        if (prepared.dockerfile().isEmpty()) {
            FileResult result = engine.lint(display(input), analysis, prepared.configuration(), gates);
            return new ImageResult(analysis, result, gates);
        }
        DockerfileTarget target = prepared.dockerfile().get();
        Attribution attribution = ProvenanceMatcher.match(analysis.image(), target.dockerfile(), target.stage(),
                target.path(), provenance, provenanceNotes);
        List<String> lines = attribution.layers().stream().map(s -> s.map(l -> "line " + l.line()).orElse("")).toList();
        FileResult result = engine.lint(display(input), analysis, prepared.configuration(), gates, lines);
        AttributedFindings.Split split = AttributedFindings.split(result, attribution, target.dockerfile());
        Engine dockerfileEngine = new Engine(catalog, BuildArgs.none(), Optional.of(HistoryMatcher.stageName(
                target.stage())));
        List<CrossCheck> checks = RuleCrossCheck.measure(dockerfileEngine, target, prepared.configuration(), analysis,
                attribution);
        FileResult dockerfile = split.dockerfile().withMore(checks.stream().filter(CrossCheck::agrees)
                .map(CrossCheck::finding).toList());
        return new ImageResult(analysis, split.image(), gates, Optional.of(attribution), Optional.of(dockerfile),
                checks);
    }

    /** With a Dockerfile: the layers' step locations from the archive's provenance attestation, if it has one. */
    private static Map<String, ProvenanceReader.StepLocation> provenance(Prepared prepared, Path archive,
                                                                        List<String> notes) {
        return prepared.dockerfile().isEmpty() ? Map.of() : ProvenanceReader.read(archive, notes);
    }

    private static ImageAnalysis analyze(ImageAnalyzer analyzer, Path archive, String name, ImageSelection selection,
                                         ImageAnalyzer.Progress progress) {
        try {
            return analyzer.run(archive, name, selection, progress);
        } catch (UncheckedIOException e) {
            throw new ImageFormatException(name, "read error: " + e.getCause().getMessage(), e);
        }
    }

    /**
     * Whether a file that is not an image looks like a Dockerfile (by its name, or a first instruction such as
     * {@code FROM} or {@code ARG}), so that the error can suggest linting it instead.
     */
    public static boolean looksLikeDockerfile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.equals("dockerfile") || name.equals("containerfile") || name.endsWith(".dockerfile")
                || name.startsWith("dockerfile.") || name.endsWith(".containerfile")) {
            return true;
        }
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (java.io.InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : head.split("\\R")) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                String upper = t.toUpperCase(java.util.Locale.ROOT);
                return upper.startsWith("FROM ") || upper.startsWith("ARG ");
            }
        } catch (IOException e) {
            return false;
        }
        return false;
    }

    /** The image as reports name it: the path as the user wrote it (without {@code ./}), or {@code docker://NAME}. */
    static String display(ImageInput input) {
        if (input.source().isEngine()) {
            return input.display();
        }
        return Linter.display(Path.of(input.reference()));
    }

    private static Path temporaryDirectory(ImageInput input) {
        try {
            return Files.createTempDirectory("dlint-image-");
        } catch (IOException e) {
            throw new ImageFormatException(input.display(), "cannot create a temporary directory: " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory left behind is not worth failing the run
        }
    }
}
