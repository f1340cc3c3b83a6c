package dev.dlint.shell.script;

import java.util.Objects;

/**
 * A syntax problem found while parsing; the parser carries on after it.
 *
 * @param message what is wrong, e.g. {@code "unterminated single quote"}
 * @param offset  the offset in the parsed input where the problem was noticed or the offending construct starts
 * @param end     where the part it concerns ends: the end of a construct nested too deeply, or {@code offset}
 * @param limit   whether this is not a mistake in the script but a part dlint did not analyse because it passed a
 *                limit (nesting depth, work budget); the rest of the script is analysed unless the message says not
 */
public record ShellSyntaxError(String message, int offset, int end, boolean limit) {
    public ShellSyntaxError {
        Objects.requireNonNull(message, "message");
    }

    /** A syntax error noticed at {@code offset}. */
    public ShellSyntaxError(String message, int offset) {
        this(message, offset, offset, false);
    }
}
