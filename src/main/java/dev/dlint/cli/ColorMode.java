package dev.dlint.cli;

/** {@code --color}: colour the tty format when writing to a terminal (auto), always, or never. */
enum ColorMode {
    AUTO, ALWAYS, NEVER;

    /** Whether to colour standard output. {@code NO_COLOR} (any value) turns colour off unless forced. */
    boolean enabled(boolean toFile) {
        if (this == ALWAYS) {
            return true;
        }
        if (this == NEVER || toFile || System.getenv("NO_COLOR") != null) {
            return false;
        }
        return System.console() != null;
    }
}
