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
 */
public record CommandLineSettings(Optional<Severity> failureThreshold, List<String> ignored,
                                  Map<String, Severity> severities, List<String> enabled,
                                  List<String> trustedRegistries, boolean pragmasDisabled, RunSettings run) {

    public CommandLineSettings {
        ignored = List.copyOf(ignored);
        severities = Map.copyOf(severities);
        enabled = List.copyOf(enabled);
        trustedRegistries = List.copyOf(trustedRegistries);
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
