package dev.dlint.shell.expand;

/**
 * A word would expand to more than {@link #limit()} characters (1 MiB unless the input is longer): the expansion
 * stopped there, and no part of the oversized text is returned.
 */
public final class ExpansionTooLargeException extends ShellLexException {

    private static final long serialVersionUID = 1L;

    private final int limit;

    ExpansionTooLargeException(String input, String reason, int limit) {
        super(input, reason);
        this.limit = limit;
    }

    /** The most characters the expansion could have produced. */
    public int limit() {
        return limit;
    }
}
