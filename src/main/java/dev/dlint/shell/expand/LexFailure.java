package dev.dlint.shell.expand;

/** Aborts a {@link LexRun}; carries BuildKit's message. Internal: callers see {@link ShellLexException}. */
final class LexFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    LexFailure(String reason) {
        super(reason, null, false, false);
    }
}
