package dev.dlint.shell.expand;

import static dev.dlint.shell.expand.CodePointScanner.EOF;

import java.util.Arrays;

/**
 * A shell pattern of {@code ${v#p}}, {@code ${v%p}} and {@code ${v/p/r}}: {@code *} matches any run of
 * characters, {@code ?} any one character, and {@code \*}, {@code \?}, {@code \\} the character itself.
 * There are no bracket expressions. {@code \}} and {@code \/} (needed to write those characters inside
 * {@code ${…}}) stand for the plain character; any other escape is invalid.
 *
 * <p>BuildKit turns the pattern into a Go regular expression ({@code *} becomes {@code .*} or
 * {@code .*?}, {@code ?} becomes {@code .}). This class matches the same strings with the same
 * preferences without regular expressions: wildcards do not match a newline, a greedy match from a
 * given start is the longest possible one and a lazy match the shortest. Matching simulates the pattern
 * as a set of states advanced one character at a time, so it never backtracks: the time is at most the
 * text length times the pattern length.
 *
 * <p>An instance keeps scratch state between calls; use it from one thread.
 */
final class GlobPattern {

    private static final byte LITERAL = 0;
    private static final byte ANY_CHARACTER = 1;
    private static final byte ANY_RUN = 2;

    /** Kind of each pattern element; element {@code i} is state {@code i}, state {@code length} accepts. */
    private final byte[] kinds;
    private final int[] literals;
    private final int accepting;
    private final StateSet current;
    private final StateSet following;

    private GlobPattern(byte[] kinds, int[] literals) {
        this.kinds = kinds;
        this.literals = literals;
        this.accepting = kinds.length;
        this.current = new StateSet(accepting + 1);
        this.following = new StateSet(accepting + 1);
    }

    /**
     * Parses a pattern. Like Go's {@code text/scanner}, a byte order mark at its very start is ignored.
     *
     * @throws InvalidPatternException with the text of Go's error, {@code invalid escape '\x'}
     */
    static GlobPattern compile(String pattern) throws InvalidPatternException {
        byte[] kinds = new byte[pattern.length()];
        int[] literals = new int[pattern.length()];
        int count = 0;
        CodePointScanner in = new CodePointScanner(pattern);
        for (int next = in.next(); next != EOF; next = in.next()) {
            byte kind = LITERAL;
            if (next == '*') {
                kind = ANY_RUN;
            } else if (next == '?') {
                kind = ANY_CHARACTER;
            } else if (next == '\\') {
                if (in.peek() == '}' || in.peek() == '/') {
                    continue; // the next turn reads the brace or slash as a plain character
                }
                next = in.next();
                if (next != '*' && next != '?' && next != '\\') {
                    throw new InvalidPatternException("invalid escape '\\" + GoText.runeToString(next) + "'");
                }
            }
            boolean repeatedRun = kind == ANY_RUN && count > 0 && kinds[count - 1] == ANY_RUN;
            if (!repeatedRun) { // "**" matches exactly what "*" matches
                kinds[count] = kind;
                literals[count] = next;
                count++;
            }
        }
        return new GlobPattern(Arrays.copyOf(kinds, count), Arrays.copyOf(literals, count));
    }

    /**
     * Matches the pattern against {@code text} starting exactly at {@code from}.
     *
     * @param longest whether to prefer the longest match (greedy wildcards) or the shortest (lazy)
     * @return the end offset of the preferred match, or -1 if the pattern does not match there
     */
    int matchAt(String text, int from, boolean longest) {
        StateSet states = current;
        StateSet next = following;
        states.clear();
        enter(states, 0, from);
        int best = -1;
        int position = from;
        while (true) {
            if (states.contains(accepting)) {
                best = position;
                if (!longest) {
                    return best;
                }
            }
            if (states.isEmpty() || position >= text.length()) {
                return best;
            }
            int character = text.codePointAt(position);
            advance(states, next, character);
            position += Character.charCount(character);
            StateSet swap = states;
            states = next;
            next = swap;
        }
    }

    /**
     * Finds the leftmost match at or after {@code from}, extended as far as greedy wildcards reach, as Go's
     * leftmost-first search for the greedy regular expression does.
     *
     * @return {@code {start, end}}, or {@code null} if there is no match
     */
    int[] findLeftmostLongest(String text, int from) {
        int start = leftmostMatchStart(text, from);
        return start < 0 ? null : new int[] {start, matchAt(text, start, true)};
    }

    /** Scans once, tracking for every state the earliest start from which it can be reached. */
    private int leftmostMatchStart(String text, int from) {
        StateSet states = current;
        StateSet next = following;
        states.clear();
        int best = -1;
        int position = from;
        while (true) {
            if (best < 0) {
                enter(states, 0, position);
            }
            if (states.contains(accepting)) {
                int start = states.originOf(accepting);
                best = best < 0 ? start : Math.min(best, start);
            }
            if (best >= 0) {
                states.keepOriginsBefore(best); // only an earlier start could still win
                if (states.isEmpty()) {
                    return best;
                }
            }
            if (position >= text.length()) {
                return best;
            }
            int character = text.codePointAt(position);
            advance(states, next, character);
            position += Character.charCount(character);
            StateSet swap = states;
            states = next;
            next = swap;
        }
    }

    private void advance(StateSet from, StateSet to, int character) {
        to.clear();
        boolean notNewline = character != '\n';
        for (int i = 0; i < from.size(); i++) {
            int state = from.memberAt(i);
            if (state == accepting) {
                continue;
            }
            int origin = from.originOf(state);
            switch (kinds[state]) {
                case ANY_RUN -> {
                    if (notNewline) {
                        enter(to, state, origin);
                    }
                }
                case ANY_CHARACTER -> {
                    if (notNewline) {
                        enter(to, state + 1, origin);
                    }
                }
                default -> {
                    if (character == literals[state]) {
                        enter(to, state + 1, origin);
                    }
                }
            }
        }
    }

    /** Adds a state, and the state after it when it is a {@code *}, which may match nothing. */
    private void enter(StateSet set, int state, int origin) {
        while (true) {
            if (!set.offer(state, origin)) {
                return;
            }
            if (state == accepting || kinds[state] != ANY_RUN) {
                return;
            }
            state++;
        }
    }

    /** A set of pattern states, each with the earliest text offset a match through it started at. */
    private static final class StateSet {
        private final int[] members;
        private final int[] origins;
        private final int[] generationOf;
        private int generation = 1;
        private int size;

        StateSet(int stateCount) {
            members = new int[stateCount];
            origins = new int[stateCount];
            generationOf = new int[stateCount];
        }

        void clear() {
            size = 0;
            generation++;
        }

        boolean isEmpty() {
            return size == 0;
        }

        int size() {
            return size;
        }

        int memberAt(int index) {
            return members[index];
        }

        boolean contains(int state) {
            return generationOf[state] == generation;
        }

        int originOf(int state) {
            return origins[state];
        }

        /** Adds the state or lowers its origin; returns false if that changed nothing. */
        boolean offer(int state, int origin) {
            if (contains(state)) {
                if (origins[state] <= origin) {
                    return false;
                }
                origins[state] = origin;
                return true;
            }
            generationOf[state] = generation;
            origins[state] = origin;
            members[size++] = state;
            return true;
        }

        void keepOriginsBefore(int bound) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                int state = members[i];
                if (origins[state] < bound) {
                    members[kept++] = state;
                } else {
                    generationOf[state] = 0;
                }
            }
            size = kept;
        }
    }
}
