package dev.dlint.shell.expand;

/** A {@code ${v#p}}/{@code ${v/p/r}} pattern BuildKit rejects; the message is BuildKit's. */
final class InvalidPatternException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidPatternException(String message) {
        super(message, null, false, false);
    }
}
