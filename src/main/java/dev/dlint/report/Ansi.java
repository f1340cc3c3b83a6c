package dev.dlint.report;

import dev.dlint.rule.Severity;

/** The terminal colours of the tty reports, one palette for findings and images. */
public final class Ansi {

    public static final String RESET = "\u001b[0m";
    public static final String BOLD = "\u001b[1m";
    public static final String DIM = "\u001b[2m";
    public static final String RED = "\u001b[1;31m";

    private Ansi() {
    }

    /** The colour of a severity's label: errors red, warnings yellow, info cyan, style magenta. */
    public static String of(Severity severity) {
        switch (severity) {
            case ERROR:
                return RED;
            case WARNING:
                return "\u001b[1;33m";
            case INFO:
                return "\u001b[1;36m";
            default:
                return "\u001b[1;35m";
        }
    }

    /** {@code text} in colour {@code code} when {@code enabled}; empty text stays empty. */
    public static String paint(boolean enabled, String code, String text) {
        return enabled && !text.isEmpty() ? code + text + RESET : text;
    }
}
