package dev.dlint.shell.script;

/**
 * Maps offsets in the text being parsed to offsets in the caller's input. Usually a plain shift; when the parsed text was
 * produced by removing escapes (a backquoted command, a quoted {@code sh -c} argument) every position maps to the span of
 * the construct it came from, since nothing finer can be told.
 */
sealed interface Positions permits Positions.Shifted, Positions.Collapsed {

    static Positions identity() {
        return new Shifted(0);
    }

    static Positions shiftedBy(int base) {
        return new Shifted(base);
    }

    static Positions collapsedTo(int spanStart, int spanEnd) {
        return new Collapsed(spanStart, spanEnd);
    }

    /** The input offset of a node starting at {@code local}. */
    int start(int local);

    /** The input offset of a node ending at {@code local}. */
    int end(int local);

    /** Positions for text derived from {@code [localStart, localEnd)} that is not a verbatim slice of it. */
    default Positions collapse(int localStart, int localEnd) {
        return new Collapsed(start(localStart), end(localEnd));
    }

    record Shifted(int base) implements Positions {
        @Override
        public int start(int local) {
            return base + local;
        }

        @Override
        public int end(int local) {
            return base + local;
        }
    }

    record Collapsed(int spanStart, int spanEnd) implements Positions {
        @Override
        public int start(int local) {
            return spanStart;
        }

        @Override
        public int end(int local) {
            return spanEnd;
        }
    }
}
