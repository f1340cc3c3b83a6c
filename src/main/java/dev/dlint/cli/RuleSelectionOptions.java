package dev.dlint.cli;

import dev.dlint.config.CommandLineSettings;
import dev.dlint.config.ConfigLoader;
import dev.dlint.config.HadolintEnvironment;
import dev.dlint.config.RunSettings;
import dev.dlint.rule.RuleCatalog;
import dev.dlint.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The options of {@code lint}, {@code fix} and {@code image} that choose rules, their severities and when findings
 * fail, in dlint's spelling and hadolint's ({@code --error DL3007}, {@code --require-label}). Every option that names
 * rules takes a name or alias, repeated or separated by commas.
 */
final class RuleSelectionOptions {

    @Option(names = {"-t", "--failure-threshold"}, paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at least this severe: error, warning, info, style, none (default: info).")
    String failureThreshold;

    @Option(names = "--ignore", paramLabel = "RULE",
            description = "Do not report this rule (name or alias; an alias drops only its case). Repeatable; commas"
                    + " separate several.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
            description = "Report a rule at another severity: error, warning, info or style. Repeatable.")
    List<String> severity = new ArrayList<>();

    @Option(names = "--error", paramLabel = "RULE", description = "Report this rule at error severity (hadolint's option).")
    List<String> error = new ArrayList<>();

    @Option(names = "--warning", paramLabel = "RULE", description = "Report this rule at warning severity.")
    List<String> warning = new ArrayList<>();

    @Option(names = "--info", paramLabel = "RULE", description = "Report this rule at info severity.")
    List<String> info = new ArrayList<>();

    @Option(names = "--style", paramLabel = "RULE", description = "Report this rule at style severity.")
    List<String> style = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE",
            description = "Turn on a rule that is off by default (an alias turns on only its case). Repeatable.")
    List<String> enable = new ArrayList<>();

    @Option(names = "--disable-ignore-pragma",
            description = "Disregard '# dlint ignore=' and '# hadolint ignore=' comments (BuildKit's '# check=skip='"
                    + " still applies).")
    boolean disableIgnorePragma;

    @Option(names = "--require-label", paramLabel = "LABEL:TYPE",
            description = "A label every image must carry, of type text, url, rfc3339, spdx, hash, semver or email"
                    + " (LabelSchema, hadolint's DL3049-DL3058). Repeatable.")
    List<String> requireLabel = new ArrayList<>();

    @Option(names = "--strict-labels", description = "Also report labels that are not in the label schema (DL3050).")
    boolean strictLabels;

    /**
     * These options as settings, with rule names and aliases resolved against {@code rules}.
     *
     * @param notes receives a note for each name dlint knows but does not check, and for hadolint's label options
     * @throws IllegalArgumentException naming the option when a threshold, level or rule is unknown
     */
    CommandLineSettings settings(RuleCatalog rules, List<String> trustedRegistries, RunSettings run,
                                 Consumer<String> notes) {
        Optional<Severity> threshold = Optional.empty();
        if (failureThreshold != null) {
            threshold = Optional.of(threshold(failureThreshold).orElseThrow(() -> new IllegalArgumentException(
                    "invalid --failure-threshold '" + failureThreshold + "': use error, warning, info, style or none")));
        }
        ConfigLoader loader = new ConfigLoader(rules, Map.of(), notes);
        List<String> ignored = names(loader, ignore);
        List<String> enabled = names(loader, enable);
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (String item : severity) {
            int eq = item.indexOf('=');
            Optional<Severity> level = eq < 0 ? Optional.empty() : Severity.parse(item.substring(eq + 1));
            if (level.isEmpty()) {
                throw new IllegalArgumentException("invalid --severity '" + item
                        + "': write RULE=LEVEL with LEVEL error, warning, info or style");
            }
            for (String id : names(loader, List.of(item.substring(0, eq)))) {
                severities.put(id, level.get());
            }
        }
        // hadolint's --style … --error: a rule in several lists takes the most severe
        Map<Severity, List<String>> byLevel = new LinkedHashMap<>();
        byLevel.put(Severity.STYLE, style);
        byLevel.put(Severity.INFO, info);
        byLevel.put(Severity.WARNING, warning);
        byLevel.put(Severity.ERROR, error);
        for (Map.Entry<Severity, List<String>> level : byLevel.entrySet()) {
            for (String id : names(loader, level.getValue())) {
                severities.put(id, level.getKey());
            }
        }
        Map<String, Object> labelOptions = new LinkedHashMap<>();
        if (!requireLabel.isEmpty()) {
            List<String> entries = new ArrayList<>();
            requireLabel.forEach(value -> entries.addAll(List.of(value.split(","))));
            labelOptions.put("labels", HadolintEnvironment.labelEntries("--require-label", entries));
        }
        if (strictLabels) {
            labelOptions.put("strict", true);
        }
        return new CommandLineSettings(threshold, ignored, severities, enabled, trustedRegistries, disableIgnorePragma,
                run, labelOptions.isEmpty() ? Map.of() : Map.of(ConfigLoader.LABEL_SCHEMA_RULE, labelOptions));
    }

    /** Settings without run-level options, for commands that have none. */
    CommandLineSettings settings(RuleCatalog rules, List<String> trustedRegistries, Consumer<String> notes) {
        return settings(rules, trustedRegistries, RunSettings.none(), notes);
    }

    private static List<String> names(ConfigLoader loader, List<String> values) {
        List<String> ids = new ArrayList<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    ids.add(loader.ruleName(part));
                }
            }
        }
        return ids;
    }

    /** The failure threshold named {@code text}; {@code none} (or hadolint's {@code ignore}) means any finding. */
    private static Optional<Severity> threshold(String text) {
        if (text.equalsIgnoreCase("none") || text.equalsIgnoreCase("ignore")) {
            return Optional.of(Severity.STYLE);
        }
        return Severity.parse(text);
    }
}
