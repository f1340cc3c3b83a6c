package dev.dlint.config;

import dev.dlint.rule.Severity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Settings given on the command line, with rule names already resolved; they go on top of the file's settings. */
public record CommandLineSettings(Optional<Severity> failureThreshold, List<String> ignored,
                                  Map<String, Severity> severities, List<String> enabled,
                                  List<String> trustedRegistries) {

    public CommandLineSettings {
        ignored = List.copyOf(ignored);
        severities = Map.copyOf(severities);
        enabled = List.copyOf(enabled);
        trustedRegistries = List.copyOf(trustedRegistries);
    }

    public static CommandLineSettings none() {
        return new CommandLineSettings(Optional.empty(), List.of(), Map.of(), List.of(), List.of());
    }
}
