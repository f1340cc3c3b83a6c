package dev.dlint.rule;

import java.util.Locale;

/** What a rule reads: a Dockerfile, or a saved container image. */
public enum RuleKind {
    DOCKERFILE, IMAGE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
