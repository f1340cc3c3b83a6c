package dev.dlint.cli;

import dev.dlint.config.CommandLineSettings;
import dev.dlint.config.ConfigLoader;
import dev.dlint.rule.RuleCatalog;
import dev.dlint.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options of {@code lint} and {@code image} that choose rules, their severities and when findings fail. */
final class RuleSelectionOptions {

    @Option(names = {"-t", "--failure-threshold"}, paramLabel = "SEVERITY",
            description = "Exit 1 when a finding is at least this severe: error, warning, info, style, none (default: info).")
    String failureThreshold;

    @Option(names = "--ignore", paramLabel = "RULE", description = "Do not report this rule (name or alias). Repeatable.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "RULE=LEVEL",
            description = "Report a rule at another severity: error, warning, info or style. Repeatable.")
    List<String> severity = new ArrayList<>();

    @Option(names = "--enable", paramLabel = "RULE", description = "Turn on a rule that is off by default. Repeatable.")
    List<String> enable = new ArrayList<>();

    /**
     * These options as settings, with rule names and aliases resolved against {@code rules}.
     *
     * @throws IllegalArgumentException naming the option when a threshold, level or rule is unknown
     */
    CommandLineSettings settings(RuleCatalog rules, List<String> trustedRegistries) {
        Optional<Severity> threshold = Optional.empty();
        if (failureThreshold != null) {
            threshold = Optional.of(threshold(failureThreshold).orElseThrow(() -> new IllegalArgumentException(
                    "invalid --failure-threshold '" + failureThreshold + "': use error, warning, info, style or none")));
        }
        ConfigLoader loader = new ConfigLoader(rules);
        List<String> ignored = new ArrayList<>();
        for (String id : ignore) {
            ignored.add(loader.ruleName(id));
        }
        List<String> enabled = new ArrayList<>();
        for (String id : enable) {
            enabled.add(loader.ruleName(id));
        }
        Map<String, Severity> severities = new LinkedHashMap<>();
        for (String item : severity) {
            int eq = item.indexOf('=');
            Optional<Severity> level = eq < 0 ? Optional.empty() : Severity.parse(item.substring(eq + 1));
            if (level.isEmpty()) {
                throw new IllegalArgumentException("invalid --severity '" + item
                        + "': write RULE=LEVEL with LEVEL error, warning, info or style");
            }
            severities.put(loader.ruleName(item.substring(0, eq)), level.get());
        }
        return new CommandLineSettings(threshold, ignored, severities, enabled, trustedRegistries);
    }

    /** The failure threshold named {@code text}; {@code none} (or hadolint's {@code ignore}) means any finding. */
    private static Optional<Severity> threshold(String text) {
        if (text.equalsIgnoreCase("none") || text.equalsIgnoreCase("ignore")) {
            return Optional.of(Severity.STYLE);
        }
        return Severity.parse(text);
    }
}
