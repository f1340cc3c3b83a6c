package dev.dlint.config;

import java.nio.file.Path;

/** An invalid configuration file: the message names the file, line and key. Maps to exit code 2. */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfigException(Path file, int line, String message) {
        super(file + ":" + line + ": " + message);
    }

    /** A YAML syntax error at a location, before the file is known. */
    static final class Syntax extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        Syntax(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }
}
