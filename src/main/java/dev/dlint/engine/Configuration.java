package dev.dlint.engine;

/** The resolved configuration of a run; filled from .dlint.yaml, .hadolint.yaml and the command line. */
public record Configuration(Severity failureThreshold) {

    public static Configuration defaults() {
        return new Configuration(Severity.INFO);
    }
}
