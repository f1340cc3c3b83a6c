package dev.dlint.rule;

import java.util.Locale;

/** How often a rule's findings are right, in SARIF's terms. */
public enum Precision {
    VERY_HIGH, HIGH, MEDIUM, LOW;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
