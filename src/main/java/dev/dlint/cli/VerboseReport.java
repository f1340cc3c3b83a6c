package dev.dlint.cli;

import dev.dlint.config.ConfigDialect;
import dev.dlint.config.Configuration;
import dev.dlint.config.HadolintEnvironment;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What {@code -V/--verbose} prints on standard error, as hadolint's does: where the configuration comes from and
 * what it resolves to (the settings for the working directory; per-path overrides and nearer files may refine them).
 */
final class VerboseReport {

    private final Map<String, String> environment;

    VerboseReport(Map<String, String> environment) {
        this.environment = environment;
    }

    void write(Configuration config, PrintWriter err) {
        String source = config.source().map(path -> path + (config.dialect() == ConfigDialect.HADOLINT
                ? " (hadolint's schema)" : " (dlint's schema)")).orElse("none found, defaults");
        err.println("dlint: configuration: " + source);
        List<String> variables = HadolintEnvironment.VARIABLES.stream().filter(environment::containsKey).toList();
        if (!variables.isEmpty()) {
            err.println("dlint: environment: " + String.join(", ", variables));
        }
        err.println("dlint: failure threshold: " + config.failureThreshold().label());
        err.println("dlint: ignored: " + list(config.ignored().stream().sorted().toList()));
        err.println("dlint: severities: " + list(new TreeMap<>(config.severities()).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().label()).toList()));
        err.println("dlint: enabled: " + list(config.enabled().stream().sorted().toList()));
        err.println("dlint: trusted registries: " + list(config.trustedRegistries()));
        err.println("dlint: ignore pragmas: " + (config.pragmasDisabled() ? "disregarded" : "honoured"));
        err.println("dlint: no-fail: " + config.run().noFail().orElse(false) + ", formats: "
                + (config.run().formats().isEmpty() ? "(command line or tty)" : String.join(", ", config.run().formats())));
        err.flush();
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "none" : items.stream().collect(Collectors.joining(", "));
    }
}
