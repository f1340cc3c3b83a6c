package dev.dlint.shell.expand;

/**
 * One construct being read: a word, a double-quoted string or a {@code ${…}} expansion.
 *
 * <p>Constructs nest ({@code "${a:-${b}}"}), and BuildKit reads them recursively. Here each construct is
 * a frame on an explicit stack kept by {@link LexRun}: a frame runs until it finishes or meets a nested
 * construct, which it hands back as a new frame; once that one finishes, its value is passed to
 * {@link #accept} and the outer frame runs on. Deep nesting therefore never uses the Java call stack.
 */
sealed interface Frame permits WordFrame, DoubleQuoteFrame, BraceExpansionFrame {

    /** Reads input until this construct is complete or a nested construct must be read first. */
    Step run(LexRun run);

    /** Receives the value of the nested construct this frame last asked for. */
    void accept(String nestedValue, LexRun run);

    /**
     * Rewrites the message of a failure that happened inside a nested construct, as BuildKit does when
     * the failure surfaces in the construct's caller. Most constructs pass it through unchanged.
     *
     * @param inputExhausted whether the whole input had been consumed when the failure happened
     */
    default String explainNestedFailure(String reason, boolean inputExhausted) {
        return reason;
    }

    /** What a frame asks for after {@link #run}. */
    sealed interface Step permits Step.Nest, Step.Done {

        /** Read {@code child} first, then give its value to this frame's {@link #accept}. */
        record Nest(Frame child) implements Step {
        }

        /** This construct is complete and evaluates to {@code value}. */
        record Done(String value) implements Step {
        }
    }
}
