package dev.dlint.shell.expand;

/** Aborts a {@link LexRun}; carries BuildKit's message. Internal: callers see {@link ShellLexException}. */
final class LexFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean tooLarge;

    LexFailure(String reason) {
        this(reason, false);
    }

    private LexFailure(String reason, boolean tooLarge) {
        super(reason, null, false, false);
        this.tooLarge = tooLarge;
    }

    /** The expanded text would be longer than {@code limit} characters. */
    static LexFailure tooLarge(int limit) {
        return new LexFailure("expanded text is longer than " + limit + " characters", true);
    }

    /** Whether this failure is the size limit rather than a syntax error. */
    boolean isTooLarge() {
        return tooLarge;
    }
}
