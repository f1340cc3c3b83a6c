package dev.dlint.shell.script;

import java.util.ArrayList;
import java.util.List;

/**
 * State shared by the lexers and parsers of one parse: the errors, the nesting depth and a work budget. When the depth or
 * the budget is exceeded the session is aborted: every lexer then reports the end of input, so the parse unwinds quickly
 * with a partial tree.
 */
final class ParseSession {
    /**
     * Deepest nesting of compound commands, function definitions, substitutions and expansions before the rest of the input
     * is skipped. Real scripts stay below 20. A level costs up to about 2.5 KB of stack before the JIT compiler has run, so
     * 200 levels fit in the default 1 MB thread stack with room to spare.
     */
    static final int MAX_DEPTH = 200;
    /** Errors kept; more are counted in one final error. */
    static final int MAX_ERRORS = 1000;

    private final List<ShellSyntaxError> errors = new ArrayList<>();
    private final long budget;
    private long spent;
    private int depth;
    private int droppedErrors;
    private boolean aborted;

    /** @param inputLength length of the parsed text, which sizes the work budget */
    ParseSession(int inputLength) {
        this.budget = 64L * inputLength + 1_000_000L;
    }

    boolean aborted() {
        return aborted;
    }

    void error(String message, int offset) {
        if (aborted) {
            return;
        }
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ShellSyntaxError(message, offset));
        } else {
            droppedErrors++;
        }
    }

    /** Enters one nesting level; returns false (and aborts) when that is too deep. */
    boolean enter(int offset) {
        if (aborted) {
            return false;
        }
        if (depth >= MAX_DEPTH) {
            abort("nesting deeper than " + MAX_DEPTH + " levels; the rest of the input was not parsed", offset);
            return false;
        }
        depth++;
        return true;
    }

    /**
     * Enters one nesting level of a word-level construct ({@code $(…)}, {@code `…`}, {@code ${…}}, a here-document
     * body); returns false when that is too deep, and the caller skips the construct and reports it with
     * {@link #skippedTooDeep}. The parse goes on after the construct, so its siblings are still analysed.
     */
    boolean enterWord() {
        if (aborted || depth >= MAX_DEPTH) {
            return false;
        }
        depth++;
        return true;
    }

    /**
     * Whether an arithmetic expression whose parentheses nest {@code levels} deep, at the current depth, passes the
     * nesting limit that {@code $( )} and {@code ${ }} have; the caller keeps it unanalysed and reports it with
     * {@link #skippedTooDeep}.
     */
    boolean tooDeep(int levels) {
        return (long) depth + levels >= MAX_DEPTH;
    }

    /** Records a construct {@code [offset, end)} left unparsed because it is nested deeper than the limit. */
    void skippedTooDeep(int offset, int end) {
        if (aborted) {
            return;
        }
        if (errors.size() < MAX_ERRORS) {
            errors.add(new ShellSyntaxError("nested deeper than " + MAX_DEPTH + " levels; this part was not analysed",
                    offset, end, true));
        } else {
            droppedErrors++;
        }
    }

    /** Leaves a level entered with a successful {@link #enter(int)}. */
    void leave() {
        depth--;
    }

    /** Records work done (characters scanned or copied); aborts when the budget is used up. */
    void charge(long work, int offset) {
        spent += work;
        if (spent > budget && !aborted) {
            abort("input too complex to parse; the rest of the input was not parsed", offset);
        }
    }

    void abort(String message, int offset) {
        if (!aborted) {
            errors.add(new ShellSyntaxError(message, offset, Integer.MAX_VALUE, true));
        }
        aborted = true;
    }

    /** Records a failure of the parser itself; always kept, even after an abort. */
    void internalError(String message, int offset) {
        errors.add(new ShellSyntaxError(message, offset));
        aborted = true;
    }

    List<ShellSyntaxError> errors() {
        List<ShellSyntaxError> all = new ArrayList<>(errors);
        if (droppedErrors > 0) {
            int lastOffset = errors.get(errors.size() - 1).offset();
            all.add(new ShellSyntaxError(droppedErrors + " more errors not reported", lastOffset));
        }
        return all;
    }
}
