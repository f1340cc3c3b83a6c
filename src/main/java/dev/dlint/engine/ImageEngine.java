package dev.dlint.engine;

import dev.dlint.config.ConfigException;
import dev.dlint.config.Configuration;
import dev.dlint.config.YamlFiles;
import dev.dlint.config.YamlNode;
import dev.dlint.image.analysis.ImageAnalysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the image rules over one analysed image and applies the configuration (ignored rules, severity overrides,
 * rule options): the image counterpart of {@link Engine}. The result is a {@link FileResult} for the archive, without
 * source text; its findings carry logical locations ({@code layer 2 (RUN …) /var/lib/apt/lists}).
 */
public final class ImageEngine {

    private final Rules rules;

    public ImageEngine(Rules rules) {
        this.rules = rules;
    }

    /**
     * Checks the options of every image rule, before any image is read.
     *
     * @throws ConfigException naming the configuration file, line and option
     */
    public void checkOptions(Configuration config) throws ConfigException {
        for (ImageRule rule : rules.imageRules()) {
            RuleMetadata meta = rules.metadata(rule);
            Map<String, Object> options = config.options(meta.name());
            if (options.isEmpty()) {
                continue;
            }
            try {
                rule.checkOptions(new RuleOptions(options, config.trustedRegistries()));
            } catch (RuleOptionException e) {
                Path file = config.source().orElse(Path.of(".dlint.yaml"));
                throw new ConfigException(file, optionLine(file, meta, e.option()),
                        "rules." + meta.name() + "." + e.option() + ": " + e.getMessage());
            }
        }
    }

    /** Runs the enabled image rules; findings are ordered most severe first, then in catalogue order. */
    public FileResult lint(String path, ImageAnalysis image, Configuration config) {
        RuleRuns runs = new RuleRuns(config);
        List<Finding> findings = new ArrayList<>();
        for (ImageRule rule : rules.imageRules()) {
            findings.addAll(runs.run(rules.metadata(rule), context -> rule.check(image, context)));
        }
        findings.sort(Comparator.comparing(Finding::severity));
        return new FileResult(path, Optional.empty(), findings, runs.failure(), config.failureThreshold());
    }

    /** The line of {@code rules: {<rule or alias>: {<option>: …}}} in the file, or 1 when it cannot be found. */
    private int optionLine(Path file, RuleMetadata rule, String option) {
        YamlNode root;
        try {
            root = YamlFiles.read(file);
        } catch (ConfigException e) {
            return 1;
        }
        Optional<YamlNode> section = YamlFiles.at(root, "rules");
        if (section.isEmpty() || !(section.get() instanceof YamlNode.Mapping)) {
            return 1;
        }
        for (String key : ((YamlNode.Mapping) section.get()).entries().keySet()) {
            if (rule.isNamed(key)) {
                return YamlFiles.keyLine(root, "rules", key, option);
            }
        }
        return 1;
    }
}
