package dev.dlint.shell.script;

import java.util.Objects;

/**
 * A syntax problem found while parsing; the parser carries on after it.
 *
 * @param message what is wrong, e.g. {@code "unterminated single quote"}
 * @param offset  the offset in the parsed input where the problem was noticed or the offending construct starts
 */
public record ShellSyntaxError(String message, int offset) {
    public ShellSyntaxError {
        Objects.requireNonNull(message, "message");
    }
}
