package dev.dlint.shell.script;

/** The operators that join commands, and {@link #NONE} for a command that has no predecessor in its list. */
public enum Connector {
    /** No predecessor: the first command of a script, body or command substitution. */
    NONE(""),
    /** {@code ;} */
    SEMICOLON(";"),
    /** A newline. */
    NEWLINE("\n"),
    /** {@code &}: the predecessor was started in the background. */
    BACKGROUND("&"),
    /** {@code &&}: runs only if the predecessor succeeded. */
    AND("&&"),
    /** {@code ||}: runs only if the predecessor failed. */
    OR("||"),
    /** {@code |}: reads the predecessor's standard output. */
    PIPE("|"),
    /** {@code |&}: reads the predecessor's standard output and standard error (bash). */
    PIPE_ALL("|&");

    private final String symbol;

    Connector(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written, e.g. {@code "&&"}; empty for {@link #NONE}. */
    public String symbol() {
        return symbol;
    }
}
