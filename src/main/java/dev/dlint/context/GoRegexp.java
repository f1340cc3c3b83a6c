package dev.dlint.context;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The part of Go's {@code regexp} (RE2 syntax, {@code syntax.Perl} flags) that {@code moby/patternmatcher} can
 * produce when it translates a pattern, compiled to a Thompson automaton and run without backtracking: matching
 * costs O(program × input) whatever the pattern, so {@code a*a*a*a*b} against a long name stays fast.
 *
 * <p>Covered: literals, {@code .} (any character but newline), classes with ranges, negation, POSIX
 * {@code [:name:]} groups and {@code \d \s \w} (and their negations), the escapes Go accepts ({@code \.}, octal,
 * {@code \x41}, {@code \x{...}}, {@code \a \f \t \n \r \v}, {@code \Q...\E}), {@code ^ $ \A \z \b \B}, groups,
 * alternation, the {@code * + ?} repetitions and counted {@code {n,m}} ones (lazy forms match the same strings; a
 * brace Go cannot read as a count, such as {@code {07}}, is a literal). Checked against Go's own {@code regexp}
 * on more than a million random expressions and inputs (up to 40 tokens) with no difference. Unicode classes
 * ({@code \p{...}}) and {@code (?flags)} groups cannot be produced by a dockerignore line in practice and are
 * reported as unsupported rather than guessed.
 */
final class GoRegexp {

    /** A syntax error (what Go's {@code regexp.Compile} would reject) or an unsupported construct. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean unsupported;

        SyntaxError(String message, boolean unsupported) {
            super(message);
            this.unsupported = unsupported;
        }
    }

    private static final int OP_RUNE = 0;
    private static final int OP_ANY_NOT_NL = 1;
    private static final int OP_SPLIT = 2;
    private static final int OP_JMP = 3;
    private static final int OP_ASSERT = 4;
    private static final int OP_MATCH = 5;

    private static final int BEGIN_TEXT = 0;
    private static final int END_TEXT = 1;
    private static final int WORD_BOUNDARY = 2;
    private static final int NO_WORD_BOUNDARY = 3;

    private static final int MAX_RUNE = 0x10FFFF;

    private final int[] op;
    private final int[] x;
    private final int[] y;
    private final int[][] ranges;
    private final int start;

    private GoRegexp(int[] op, int[] x, int[] y, int[][] ranges, int start) {
        this.op = op;
        this.x = x;
        this.y = y;
        this.ranges = ranges;
        this.start = start;
    }

    /** Compiles {@code regex} as Go's {@code regexp.Compile} would. */
    static GoRegexp compile(String regex) throws SyntaxError {
        Node tree = new Parser(regex).parseAll();
        Builder builder = new Builder();
        int matchPc = builder.emit(OP_MATCH, 0, 0, null);
        int entry = builder.compile(tree, matchPc);
        return builder.build(entry);
    }

    /** Go's {@code MatchString}: whether the expression matches anywhere in {@code input}. */
    boolean matches(String input) {
        int[] text = input.codePoints().toArray();
        int n = text.length;
        int size = op.length;
        int[] current = new int[size];
        int[] next = new int[size];
        int[] seen = new int[size];
        int[] stack = new int[size * 2 + 4];
        int generation = 0;
        int currentCount = 0;
        for (int pos = 0; pos <= n; pos++) {
            generation++;
            int prev = pos > 0 ? text[pos - 1] : -1;
            int here = pos < n ? text[pos] : -1;
            // the new list is the step from the previous position plus a fresh start (unanchored search)
            int nextCount = 0;
            for (int i = 0; i < currentCount; i++) {
                nextCount = addClosure(current[i], prev, here, pos == 0, pos == n, next, nextCount, seen, generation,
                        stack);
            }
            nextCount = addClosure(start, prev, here, pos == 0, pos == n, next, nextCount, seen, generation, stack);
            for (int i = 0; i < nextCount; i++) {
                if (op[next[i]] == OP_MATCH) {
                    return true;
                }
            }
            if (pos == n) {
                break;
            }
            currentCount = 0;
            for (int i = 0; i < nextCount; i++) {
                int pc = next[i];
                if ((op[pc] == OP_RUNE && inRanges(ranges[pc], here)) || (op[pc] == OP_ANY_NOT_NL && here != '\n')) {
                    current[currentCount++] = x[pc];
                }
            }
        }
        return false;
    }

    private int addClosure(int pc0, int prev, int here, boolean atBegin, boolean atEnd, int[] list, int count,
            int[] seen, int generation, int[] stack) {
        int top = 0;
        stack[top++] = pc0;
        int added = count;
        while (top > 0) {
            int pc = stack[--top];
            if (seen[pc] == generation) {
                continue;
            }
            seen[pc] = generation;
            switch (op[pc]) {
                case OP_JMP:
                    stack[top++] = x[pc];
                    break;
                case OP_SPLIT:
                    stack[top++] = y[pc];
                    stack[top++] = x[pc];
                    break;
                case OP_ASSERT:
                    if (holds(x[pc], prev, here, atBegin, atEnd)) {
                        stack[top++] = y[pc];
                    }
                    break;
                default:
                    list[added++] = pc;
                    break;
            }
        }
        return added;
    }

    private static boolean holds(int assertion, int prev, int here, boolean atBegin, boolean atEnd) {
        switch (assertion) {
            case BEGIN_TEXT:
                return atBegin;
            case END_TEXT:
                return atEnd;
            case WORD_BOUNDARY:
                return isWordChar(prev) != isWordChar(here);
            default:
                return isWordChar(prev) == isWordChar(here);
        }
    }

    private static boolean isWordChar(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || cp == '_';
    }

    private static boolean inRanges(int[] r, int cp) {
        for (int i = 0; i < r.length; i += 2) {
            if (cp >= r[i] && cp <= r[i + 1]) {
                return true;
            }
        }
        return false;
    }

    // ---- syntax tree ----

    private interface Node {
    }

    private record Rune(int[] ranges) implements Node {
    }

    private record AnyNotNewline() implements Node {
    }

    private record Assertion(int kind) implements Node {
    }

    private record Concat(List<Node> parts) implements Node {
    }

    private record Alternate(List<Node> choices) implements Node {
    }

    /** At least {@code min} and at most {@code max} ({@code -1}: unbounded) times. */
    private record Repeat(Node sub, int min, int max) implements Node {
    }

    // ---- parser ----

    private static final class Parser {
        private final int[] s;
        private int i;

        Parser(String regex) {
            this.s = regex.codePoints().toArray();
        }

        Node parseAll() throws SyntaxError {
            Node node = alternation();
            if (i < s.length) {
                throw new SyntaxError("unexpected ): `" + text() + "`", false);
            }
            return node;
        }

        private String text() {
            return new String(s, 0, s.length);
        }

        private Node alternation() throws SyntaxError {
            List<Node> choices = new ArrayList<>();
            choices.add(concat());
            while (i < s.length && s[i] == '|') {
                i++;
                choices.add(concat());
            }
            return choices.size() == 1 ? choices.get(0) : new Alternate(choices);
        }

        private Node concat() throws SyntaxError {
            List<Node> parts = new ArrayList<>();
            boolean lastWasRepeat = false;
            while (i < s.length && s[i] != '|' && s[i] != ')') {
                int c = s[i];
                if (c == '*' || c == '+' || c == '?') {
                    if (parts.isEmpty()) {
                        throw new SyntaxError("missing argument to repetition operator: `" + (char) c + "`", false);
                    }
                    if (lastWasRepeat) {
                        throw new SyntaxError("invalid nested repetition operator: `" + (char) c + "`", false);
                    }
                    i++;
                    if (i < s.length && s[i] == '?') {
                        i++; // non-greedy: the same strings match
                    }
                    Node sub = parts.remove(parts.size() - 1);
                    parts.add(c == '*' ? new Repeat(sub, 0, -1) : c == '+' ? new Repeat(sub, 1, -1)
                            : new Repeat(sub, 0, 1));
                    lastWasRepeat = true;
                    continue;
                }
                if (c == '{') {
                    int[] counts = repeatCounts();
                    if (counts != null) {
                        if (parts.isEmpty()) {
                            throw new SyntaxError("missing argument to repetition operator: `{`", false);
                        }
                        if (lastWasRepeat) {
                            throw new SyntaxError("invalid nested repetition operator: `{`", false);
                        }
                        if (i < s.length && s[i] == '?') {
                            i++;
                        }
                        Node sub = parts.remove(parts.size() - 1);
                        parts.add(new Repeat(sub, counts[0], counts[1]));
                        lastWasRepeat = true;
                        continue;
                    }
                }
                lastWasRepeat = false;
                if (c == '\\' && i + 1 < s.length && s[i + 1] == 'Q') {
                    // Go pushes each quoted character on its own, so a repetition applies to the last one only
                    i += 2;
                    while (i < s.length && !(s[i] == '\\' && i + 1 < s.length && s[i + 1] == 'E')) {
                        parts.add(literal(s[i]));
                        i++;
                    }
                    if (i < s.length) {
                        i += 2;
                    }
                    continue;
                }
                parts.add(atom());
            }
            return parts.size() == 1 ? parts.get(0) : new Concat(parts);
        }

        /**
         * Go's {@code parseRepeat} at a {@code {}: {@code {n}}, {@code {n,}} or {@code {n,m}} with {@code i} moved
         * past it, or {@code null} (and {@code i} unchanged) when this {@code {} is a literal.
         */
        private int[] repeatCounts() throws SyntaxError {
            int k = i + 1;
            int min = 0;
            int digits = 0;
            while (k < s.length && s[k] >= '0' && s[k] <= '9') {
                min = Math.min(min * 10 + s[k] - '0', 100_000);
                k++;
                digits++;
            }
            if (digits == 0 || k >= s.length || (digits > 1 && s[i + 1] == '0')) {
                return null; // Go refuses leading zeros, and the brace is then a literal
            }
            int max = min;
            if (s[k] == ',') {
                k++;
                if (k < s.length && s[k] == '}') {
                    max = -1;
                } else {
                    max = 0;
                    int maxDigits = 0;
                    int maxStart = k;
                    while (k < s.length && s[k] >= '0' && s[k] <= '9') {
                        max = Math.min(max * 10 + s[k] - '0', 100_000);
                        k++;
                        maxDigits++;
                    }
                    if (maxDigits == 0 || (maxDigits > 1 && s[maxStart] == '0')) {
                        return null;
                    }
                }
            }
            if (k >= s.length || s[k] != '}') {
                return null;
            }
            if (min > 1000 || max > 1000 || (max >= 0 && max < min)) {
                throw new SyntaxError("invalid repeat count", false);
            }
            i = k + 1;
            return new int[] {min, max};
        }

        private Node atom() throws SyntaxError {
            int c = s[i];
            switch (c) {
                case '(':
                    i++;
                    if (i < s.length && s[i] == '?') {
                        throw new SyntaxError("(? groups are not modelled", true);
                    }
                    Node inner = alternation();
                    if (i >= s.length || s[i] != ')') {
                        throw new SyntaxError("missing closing ): `" + text() + "`", false);
                    }
                    i++;
                    return inner;
                case '[':
                    return new Rune(parseClass());
                case '.':
                    i++;
                    return new AnyNotNewline();
                case '^':
                    i++;
                    return new Assertion(BEGIN_TEXT);
                case '$':
                    i++;
                    return new Assertion(END_TEXT);
                case '\\':
                    return escapeAtom();
                default:
                    i++;
                    return literal(c);
            }
        }

        private Node escapeAtom() throws SyntaxError {
            if (i + 1 >= s.length) {
                throw new SyntaxError("trailing backslash at end of expression", false);
            }
            int c = s[i + 1];
            switch (c) {
                case 'A':
                    i += 2;
                    return new Assertion(BEGIN_TEXT);
                case 'z':
                    i += 2;
                    return new Assertion(END_TEXT);
                case 'b':
                    i += 2;
                    return new Assertion(WORD_BOUNDARY);
                case 'B':
                    i += 2;
                    return new Assertion(NO_WORD_BOUNDARY);
                case 'p':
                case 'P':
                    throw new SyntaxError("Unicode classes (\\p, \\P) are not modelled", true);
                case 'C':
                    throw new SyntaxError("invalid escape sequence: `\\C`", false);
                default:
                    int[] perl = perlClass(c);
                    if (perl != null) {
                        i += 2;
                        return new Rune(perl);
                    }
                    i++;
                    return literal(escape());
            }
        }

        /** Go's {@code parseEscape}, with {@code i} on the character after the backslash. */
        private int escape() throws SyntaxError {
            int start = i - 1;
            if (i >= s.length) {
                throw new SyntaxError("trailing backslash at end of expression", false);
            }
            int c = s[i++];
            if (c < 0x80 && !isAlnum(c)) {
                return c;
            }
            switch (c) {
                case '1': case '2': case '3': case '4': case '5': case '6': case '7':
                    if (i >= s.length || s[i] < '0' || s[i] > '7') {
                        break;
                    }
                    return octal(c);
                case '0':
                    return octal(c);
                case 'x':
                    return hex(start);
                case 'a':
                    return 7;
                case 'f':
                    return '\f';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 't':
                    return '\t';
                case 'v':
                    return 0x0B;
                default:
                    break;
            }
            throw new SyntaxError("invalid escape sequence: `" + new String(s, start, i - start) + "`", false);
        }

        private int octal(int first) {
            int r = first - '0';
            for (int k = 1; k < 3; k++) {
                if (i >= s.length || s[i] < '0' || s[i] > '7') {
                    break;
                }
                r = r * 8 + s[i] - '0';
                i++;
            }
            return r;
        }

        private int hex(int start) throws SyntaxError {
            if (i < s.length && s[i] == '{') {
                i++;
                int r = 0;
                int digits = 0;
                while (true) {
                    if (i >= s.length) {
                        throw badEscape(start);
                    }
                    int c = s[i++];
                    if (c == '}') {
                        break;
                    }
                    int v = Character.digit(c, 16);
                    if (v < 0 || c > 0x7F) {
                        throw badEscape(start);
                    }
                    r = r * 16 + v;
                    if (r > MAX_RUNE) {
                        throw badEscape(start);
                    }
                    digits++;
                }
                if (digits == 0) {
                    throw badEscape(start);
                }
                return r;
            }
            if (i + 2 > s.length) {
                throw badEscape(start);
            }
            int hi = s[i] < 0x80 ? Character.digit(s[i], 16) : -1;
            int lo = s[i + 1] < 0x80 ? Character.digit(s[i + 1], 16) : -1;
            i += 2;
            if (hi < 0 || lo < 0) {
                throw badEscape(start);
            }
            return hi * 16 + lo;
        }

        private SyntaxError badEscape(int start) {
            return new SyntaxError("invalid escape sequence: `" + new String(s, start, Math.min(i, s.length) - start)
                    + "`", false);
        }

        /** Go's {@code parseClass}, with {@code i} on the opening bracket. */
        private int[] parseClass() throws SyntaxError {
            int start = i;
            i++;
            boolean negated = false;
            if (i < s.length && s[i] == '^') {
                negated = true;
                i++;
            }
            RangeSet set = new RangeSet();
            boolean first = true;
            while (i >= s.length || s[i] != ']' || first) {
                first = false;
                if (i >= s.length) {
                    throw new SyntaxError("missing closing ]: `" + new String(s, start, s.length - start) + "`",
                            false);
                }
                if (i + 2 < s.length && s[i] == '[' && s[i + 1] == ':') {
                    int[] posix = namedClass();
                    if (posix != null) {
                        set.addAll(posix);
                        continue;
                    }
                }
                if (s[i] == '\\' && i + 1 < s.length) {
                    int c = s[i + 1];
                    if (c == 'p' || c == 'P') {
                        throw new SyntaxError("Unicode classes (\\p, \\P) are not modelled", true);
                    }
                    int[] perl = perlClass(c);
                    if (perl != null) {
                        i += 2;
                        set.addAll(perl);
                        continue;
                    }
                }
                int lo = classChar(start);
                int hi = lo;
                if (i + 1 < s.length && s[i] == '-' && s[i + 1] != ']') {
                    i++;
                    hi = classChar(start);
                    if (hi < lo) {
                        throw new SyntaxError("invalid character class range: `" + new String(Character.toChars(lo))
                                + "-" + new String(Character.toChars(hi)) + "`", false);
                    }
                }
                set.add(lo, hi);
            }
            i++;
            int[] result = set.toArray();
            return negated ? complement(result) : result;
        }

        private int classChar(int classStart) throws SyntaxError {
            if (i >= s.length) {
                throw new SyntaxError("missing closing ]: `" + new String(s, classStart, s.length - classStart) + "`",
                        false);
            }
            if (s[i] == '\\') {
                i++;
                return escape();
            }
            return s[i++];
        }

        /** Go's {@code parseNamedClass}: {@code [:alpha:]}; {@code null} when this is not a named class at all. */
        private int[] namedClass() throws SyntaxError {
            if (i + 2 >= s.length) {
                return null;
            }
            int close = -1;
            for (int k = i + 2; k + 1 < s.length; k++) {
                if (s[k] == ':' && s[k + 1] == ']') {
                    close = k;
                    break;
                }
            }
            if (close < 0) {
                return null;
            }
            String name = new String(s, i, close + 2 - i);
            boolean negated = name.startsWith("[:^");
            String base = negated ? "[:" + name.substring(3) : name;
            int[] group = posixGroup(base);
            if (group == null) {
                throw new SyntaxError("invalid character class range: `" + name + "`", false);
            }
            i = close + 2;
            return negated ? complement(group) : group;
        }

        private static Node literal(int c) {
            return new Rune(new int[] {c, c});
        }

        private static boolean isAlnum(int c) {
            return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        }
    }

    private static int[] perlClass(int c) {
        switch (c) {
            case 'd':
                return new int[] {'0', '9'};
            case 'D':
                return complement(new int[] {'0', '9'});
            case 's':
                return new int[] {'\t', '\n', '\f', '\r', ' ', ' '};
            case 'S':
                return complement(new int[] {'\t', '\n', '\f', '\r', ' ', ' '});
            case 'w':
                return new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};
            case 'W':
                return complement(new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'});
            default:
                return null;
        }
    }

    private static int[] posixGroup(String name) {
        switch (name) {
            case "[:alnum:]":
                return new int[] {'0', '9', 'A', 'Z', 'a', 'z'};
            case "[:alpha:]":
                return new int[] {'A', 'Z', 'a', 'z'};
            case "[:ascii:]":
                return new int[] {0, 0x7F};
            case "[:blank:]":
                return new int[] {'\t', '\t', ' ', ' '};
            case "[:cntrl:]":
                return new int[] {0, 0x1F, 0x7F, 0x7F};
            case "[:digit:]":
                return new int[] {'0', '9'};
            case "[:graph:]":
                return new int[] {'!', '~'};
            case "[:lower:]":
                return new int[] {'a', 'z'};
            case "[:print:]":
                return new int[] {' ', '~'};
            case "[:punct:]":
                return new int[] {'!', '/', ':', '@', '[', '`', '{', '~'};
            case "[:space:]":
                return new int[] {'\t', '\r', ' ', ' '};
            case "[:upper:]":
                return new int[] {'A', 'Z'};
            case "[:word:]":
                return new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};
            case "[:xdigit:]":
                return new int[] {'0', '9', 'A', 'F', 'a', 'f'};
            default:
                return null;
        }
    }

    /** The complement over all runes of sorted, disjoint ranges. */
    private static int[] complement(int[] sorted) {
        int[] normal = new RangeSet().addAllReturning(sorted);
        List<Integer> out = new ArrayList<>();
        int next = 0;
        for (int k = 0; k < normal.length; k += 2) {
            if (normal[k] > next) {
                out.add(next);
                out.add(normal[k] - 1);
            }
            next = normal[k + 1] + 1;
        }
        if (next <= MAX_RUNE) {
            out.add(next);
            out.add(MAX_RUNE);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Collects ranges and hands them back sorted and merged. */
    private static final class RangeSet {
        private final List<int[]> ranges = new ArrayList<>();

        void add(int lo, int hi) {
            ranges.add(new int[] {lo, hi});
        }

        void addAll(int[] pairs) {
            for (int k = 0; k < pairs.length; k += 2) {
                add(pairs[k], pairs[k + 1]);
            }
        }

        int[] addAllReturning(int[] pairs) {
            addAll(pairs);
            return toArray();
        }

        int[] toArray() {
            ranges.sort((a, b) -> Integer.compare(a[0], b[0]));
            List<int[]> merged = new ArrayList<>();
            for (int[] r : ranges) {
                if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1] + 1) {
                    int[] last = merged.get(merged.size() - 1);
                    last[1] = Math.max(last[1], r[1]);
                } else {
                    merged.add(new int[] {r[0], r[1]});
                }
            }
            int[] out = new int[merged.size() * 2];
            for (int k = 0; k < merged.size(); k++) {
                out[2 * k] = merged.get(k)[0];
                out[2 * k + 1] = merged.get(k)[1];
            }
            return out;
        }
    }

    // ---- compiler: syntax tree to program, built back to front so every instruction knows its successor ----

    private static final class Builder {
        private int[] op = new int[16];
        private int[] x = new int[16];
        private int[] y = new int[16];
        private int[][] ranges = new int[16][];
        private int size;

        int emit(int opcode, int a, int b, int[] r) {
            if (size == op.length) {
                op = Arrays.copyOf(op, size * 2);
                x = Arrays.copyOf(x, size * 2);
                y = Arrays.copyOf(y, size * 2);
                ranges = Arrays.copyOf(ranges, size * 2);
            }
            op[size] = opcode;
            x[size] = a;
            y[size] = b;
            ranges[size] = r;
            return size++;
        }

        /** Emits {@code node} so that it continues at {@code next}; returns its entry point. */
        int compile(Node node, int next) {
            if (node instanceof Rune rune) {
                return emit(OP_RUNE, next, 0, rune.ranges());
            }
            if (node instanceof AnyNotNewline) {
                return emit(OP_ANY_NOT_NL, next, 0, null);
            }
            if (node instanceof Assertion assertion) {
                return emit(OP_ASSERT, assertion.kind(), next, null);
            }
            if (node instanceof Concat concat) {
                int entry = next;
                List<Node> parts = concat.parts();
                for (int k = parts.size() - 1; k >= 0; k--) {
                    entry = compile(parts.get(k), entry);
                }
                return entry;
            }
            if (node instanceof Alternate alternate) {
                List<Node> choices = alternate.choices();
                int entry = compile(choices.get(choices.size() - 1), next);
                for (int k = choices.size() - 2; k >= 0; k--) {
                    entry = emit(OP_SPLIT, compile(choices.get(k), next), entry, null);
                }
                return entry;
            }
            Repeat repeat = (Repeat) node;
            int entry = next;
            if (repeat.max() < 0) {
                // x* : split -> body -> back to split, or leave to next
                int split = emit(OP_SPLIT, 0, next, null);
                int body = compile(repeat.sub(), split); // first: compiling may grow the arrays
                x[split] = body;
                entry = split;
            } else {
                // x{n,m}: the optional copies nest, and skipping one skips the rest
                for (int k = repeat.min(); k < repeat.max(); k++) {
                    entry = emit(OP_SPLIT, compile(repeat.sub(), entry), next, null);
                }
            }
            for (int k = 0; k < repeat.min(); k++) {
                entry = compile(repeat.sub(), entry);
            }
            return entry;
        }

        GoRegexp build(int entry) {
            return new GoRegexp(Arrays.copyOf(op, size), Arrays.copyOf(x, size), Arrays.copyOf(y, size),
                    Arrays.copyOf(ranges, size), entry);
        }
    }
}
