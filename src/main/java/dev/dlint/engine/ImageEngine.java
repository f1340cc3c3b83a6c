package dev.dlint.engine;

import dev.dlint.config.ConfigException;
import dev.dlint.config.Configuration;
import dev.dlint.image.analysis.GateResult;
import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.rule.Finding;
import dev.dlint.rule.ImageContext;
import dev.dlint.rule.ImageRule;
import dev.dlint.rule.RuleCatalog;
import dev.dlint.rule.RuleKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs the image rules over one analysed image and applies the configuration (ignored rules, severity overrides,
 * rule options): the image counterpart of {@link Engine}. The result is a {@link FileResult} for the archive, without
 * source text; its findings carry image locations ({@code layer 2 (RUN …) /var/lib/apt/lists}).
 */
public final class ImageEngine {

    private final RuleSet<ImageRule> rules;

    public ImageEngine(RuleCatalog catalog) {
        this.rules = new RuleSet<>(catalog, RuleKind.IMAGE, ImageRule.class);
    }

    /**
     * Checks the options of every image rule, before any image is read.
     *
     * @throws ConfigException naming the configuration file, line and option
     */
    public void checkOptions(Configuration config) throws ConfigException {
        rules.checkOptions(config);
    }

    /** Runs the enabled image rules without CI gates (see {@link #lint(String, ImageAnalysis, Configuration, List)}). */
    public FileResult lint(String path, ImageAnalysis image, Configuration config) {
        return lint(path, image, config, List.of());
    }

    /**
     * Runs the enabled image rules, telling them the evaluated gates; findings are ordered most severe first, then in
     * catalogue order.
     */
    public FileResult lint(String path, ImageAnalysis image, Configuration config, List<GateResult> gates) {
        return lint(path, image, config, gates, List.of());
    }

    /**
     * Runs the enabled image rules; with {@code layerLines} (per layer, the Dockerfile line that made it, or
     * {@code ""}), messages name the lines too.
     */
    public FileResult lint(String path, ImageAnalysis image, Configuration config, List<GateResult> gates,
                           List<String> layerLines) {
        RuleRuns runs = new RuleRuns(config);
        List<Finding> findings = new ArrayList<>();
        for (RuleSet.Entry<ImageRule> entry : rules.entries()) {
            findings.addAll(runs.run(entry.meta(), (meta, options) -> new ImageContext(meta, options, gates, layerLines),
                    context -> entry.rule().check(image, context)));
        }
        findings.sort(Comparator.comparing(Finding::severity));
        return new FileResult(path, Optional.empty(), findings, runs.failure(), config.failureThreshold());
    }
}
