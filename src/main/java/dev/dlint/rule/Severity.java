package dev.dlint.rule;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is, most severe first. The names are what users write in config and on the command line. */
public enum Severity {
    ERROR, WARNING, INFO, STYLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The word a three-level vocabulary uses for this severity (most report formats only have error, warning and
     * one lower level, e.g. {@code note}, {@code notice}, {@code info}).
     */
    public String inThreeLevels(String error, String warning, String lower) {
        return this == ERROR ? error : this == WARNING ? warning : lower;
    }

    /** Whether this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    public static Optional<Severity> parse(String text) {
        for (Severity s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
