package dev.dlint.config;

import dev.dlint.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings from the command line or the environment, with rule names already resolved; they go on top of the
 * settings they are merged with (lists add up, single values replace).
 *
 * @param pragmasDisabled whether ignore pragmas in Dockerfiles are disregarded ({@code --disable-ignore-pragma})
 * @param run             settings of the whole run ({@code --no-fail}, {@code --format}, …)
 * @param ruleOptions     rule options set this way ({@code --require-label} sets the label schema's), merged into the
 *                        file's: lists add up, other values replace
 */
public record CommandLineSettings(Optional<Severity> failureThreshold, List<String> ignored,
                                  Map<String, Severity> severities, List<String> enabled,
                                  List<String> trustedRegistries, boolean pragmasDisabled, RunSettings run,
                                  Map<String, Map<String, Object>> ruleOptions) {

    public CommandLineSettings {
        ignored = List.copyOf(ignored);
        severities = Map.copyOf(severities);
        enabled = List.copyOf(enabled);
        trustedRegistries = List.copyOf(trustedRegistries);
        ruleOptions = Map.copyOf(ruleOptions);
    }

    public CommandLineSettings(Optional<Severity> failureThreshold, List<String> ignored,
                               Map<String, Severity> severities, List<String> enabled,
                               List<String> trustedRegistries, boolean pragmasDisabled, RunSettings run) {
        this(failureThreshold, ignored, severities, enabled, trustedRegistries, pragmasDisabled, run, Map.of());
    }

    public CommandLineSettings(Optional<Severity> failureThreshold, List<String> ignored,
                               Map<String, Severity> severities, List<String> enabled,
                               List<String> trustedRegistries) {
        this(failureThreshold, ignored, severities, enabled, trustedRegistries, false, RunSettings.none());
    }

    public static CommandLineSettings none() {
        return new CommandLineSettings(Optional.empty(), List.of(), Map.of(), List.of(), List.of());
    }
}
