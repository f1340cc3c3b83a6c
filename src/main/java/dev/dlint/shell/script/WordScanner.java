package dev.dlint.shell.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Scans the characters of one word into {@link WordPart}s: quotes, backslashes, parameter expansions, command
 * substitutions (parsed recursively with a fresh {@link Parser}) and arithmetic expansions.
 */
final class WordScanner {

    /** Where the scanner is; decides which characters end the text and which ones are special. */
    enum Context {
        /** A plain word: ends at a blank, newline or operator character. */
        UNQUOTED(false),
        /** A word inside bash's {@code [[ … ]]}: only blanks, newlines, {@code ;} and {@code &} end it. */
        TEST(false),
        /** Inside {@code "…"}: ends at the closing quote. */
        DOUBLE_QUOTED(true),
        /** Inside <code>${…}</code> outside double quotes: ends at the matching brace. */
        BRACE_UNQUOTED(false),
        /** Inside <code>${…}</code> inside double quotes. */
        BRACE_QUOTED(true),
        /** A here-document body with an unquoted delimiter: runs to the end of the text. */
        HERE_DOCUMENT(true);

        final boolean quoted;

        Context(boolean quoted) {
            this.quoted = quoted;
        }

        boolean isBrace() {
            return this == BRACE_UNQUOTED || this == BRACE_QUOTED;
        }
    }

    /** A word and, when it starts with {@code name=}, the assignment it spells. */
    record ScannedWord(Word word, Assignment assignment, int end) {
    }

    /** Longest arithmetic expression looked for before {@code ((} is taken for two parentheses. */
    private static final int MAX_ARITHMETIC_LENGTH = 20_000;

    private final ParseSession session;
    private final String src;
    private final int limit;
    private final Positions at;

    WordScanner(ParseSession session, String src, int limit, Positions positions) {
        this.session = session;
        this.src = src;
        this.limit = limit;
        this.at = positions;
    }

    /** Scans a plain word (or a {@code [[ … ]]} operand when {@code test} is set) starting at {@code start}. */
    ScannedWord scanWord(int start, boolean test) {
        Parts parts = new Parts();
        int p = start;
        String name = null;
        boolean append = false;
        int valueStart = -1;
        int valueIndex = 0;
        int nameEnd = test ? start : nameEnd(start);
        if (nameEnd > start && nameEnd < limit) {
            if (src.charAt(nameEnd) == '=') {
                valueStart = nameEnd + 1;
            } else if (src.charAt(nameEnd) == '+' && nameEnd + 1 < limit && src.charAt(nameEnd + 1) == '=') {
                valueStart = nameEnd + 2;
                append = true;
            }
            if (valueStart > 0) {
                name = src.substring(start, nameEnd);
                parts.literal(start, valueStart, src.substring(start, valueStart), false);
                parts.flush();
                valueIndex = parts.size();
                p = valueStart;
            }
        }
        p = scanParts(p, test ? Context.TEST : Context.UNQUOTED, parts);
        if (name != null && p == valueStart && p < limit && src.charAt(p) == '(') {
            p = arrayLiteral(p, parts);
        }
        if (p == start) {
            // defensive: a word always consumes at least one character
            parts.literal(p, p + 1, String.valueOf(src.charAt(p)), false);
            p++;
        }
        List<WordPart> all = parts.finish();
        session.charge(p - start, at.start(start));
        Word word = new Word(at.start(start), at.end(p), src.substring(start, p), all);
        Assignment assignment = null;
        if (name != null) {
            Word value = new Word(at.start(valueStart), at.end(p), src.substring(valueStart, p), all.subList(valueIndex, all.size()));
            assignment = new Assignment(at.start(start), at.end(p), name, append, value);
        }
        return new ScannedWord(word, assignment, p);
    }

    /** Scans a here-document body {@code [from, limit)} whose delimiter was unquoted. */
    Word scanHereDocumentBody(int from) {
        Parts parts = new Parts();
        int end = from;
        if (session.enterWord()) {
            try {
                end = scanParts(from, Context.HERE_DOCUMENT, parts);
            } finally {
                session.leave();
            }
        } else {
            end = limit;
            session.skippedTooDeep(at.start(from), at.end(end));
        }
        List<WordPart> list = parts.finish();
        if (list.isEmpty()) {
            list = List.of(new LiteralPart(at.start(from), at.end(end), src.substring(from, end), true));
        }
        return new Word(at.start(from), at.end(end), src.substring(from, end), list);
    }

    /**
     * Finds the end of an arithmetic expression opened by the two parentheses at {@code firstParen}: the index just past
     * the closing {@code ))}, or -1 when the text is not an arithmetic expression (e.g. {@code $( (cd x) )}).
     */
    int arithmeticEnd(int firstParen) {
        int depth = 0;
        int deepest = 0;
        int from = firstParen + 2;
        int stop = (int) Math.min(limit, (long) from + MAX_ARITHMETIC_LENGTH);
        for (int i = from; i < stop; i++) {
            char c = src.charAt(i);
            if (c == '(') {
                depth++;
                deepest = Math.max(deepest, depth);
            } else if (c == ')') {
                if (depth > 0) {
                    depth--;
                } else {
                    session.charge(i - from, at.start(firstParen));
                    int end = i + 1 < limit && src.charAt(i + 1) == ')' ? i + 2 : -1;
                    if (end > 0 && session.tooDeep(deepest + 1)) {
                        // the same limit as $( ) and ${ }: reported as too complex, and kept from ShellCheck
                        session.skippedTooDeep(at.start(firstParen), at.end(end));
                    }
                    return end;
                }
            }
        }
        session.charge(stop - from, at.start(firstParen));
        return -1;
    }

    /** Scans parts from {@code p} until the context ends; returns the index of the character that ended it. */
    private int scanParts(int p, Context context, Parts out) {
        int braces = 0;
        while (p < limit && !session.aborted()) {
            char c = src.charAt(p);
            if (ends(c, context)) {
                if (!(context.isBrace() && c == '}' && braces > 0)) {
                    break;
                }
            }
            switch (c) {
                case '\\':
                    p = escape(p, context, out);
                    break;
                case '\'':
                    if (context == Context.UNQUOTED || context == Context.TEST || context == Context.BRACE_UNQUOTED) {
                        p = singleQuoted(p, out);
                    } else {
                        out.literal(p, p + 1, "'", context.quoted);
                        p++;
                    }
                    break;
                case '"':
                    if (context == Context.DOUBLE_QUOTED || context == Context.HERE_DOCUMENT) {
                        out.literal(p, p + 1, "\"", context.quoted);
                        p++;
                    } else {
                        p = doubleQuoted(p, out);
                    }
                    break;
                case '$':
                    p = dollar(p, context, out);
                    break;
                case '`':
                    p = backquoted(p, context.quoted, out);
                    break;
                default:
                    if (context.isBrace()) {
                        if (c == '{') {
                            braces++;
                        } else if (c == '}') {
                            braces--;
                        }
                    }
                    out.literal(p, p + 1, String.valueOf(c), context.quoted);
                    p++;
                    break;
            }
        }
        return Math.min(p, limit);
    }

    private static boolean ends(char c, Context context) {
        switch (context) {
            case UNQUOTED:
                return isMeta(c);
            case TEST:
                return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ';' || c == '&';
            case DOUBLE_QUOTED:
                return c == '"';
            case BRACE_UNQUOTED:
            case BRACE_QUOTED:
                return c == '}';
            default:
                return false;
        }
    }

    /** Characters that end an unquoted word. */
    static boolean isMeta(char c) {
        switch (c) {
            case ' ':
            case '\t':
            case '\r':
            case '\n':
            case ';':
            case '&':
            case '|':
            case '<':
            case '>':
            case '(':
            case ')':
                return true;
            default:
                return false;
        }
    }

    private int escape(int p, Context context, Parts out) {
        if (p + 1 >= limit) {
            out.literal(p, p + 1, "\\", context.quoted);
            return p + 1;
        }
        char next = src.charAt(p + 1);
        if (next == '\n') {
            return p + 2; // line continuation
        }
        if (next == '\r' && p + 2 < limit && src.charAt(p + 2) == '\n') {
            return p + 3;
        }
        boolean escapes;
        switch (context) {
            case DOUBLE_QUOTED:
                escapes = next == '$' || next == '`' || next == '"' || next == '\\';
                break;
            case BRACE_QUOTED:
                escapes = next == '$' || next == '`' || next == '"' || next == '\\' || next == '}';
                break;
            case HERE_DOCUMENT:
                escapes = next == '$' || next == '`' || next == '\\';
                break;
            default:
                escapes = true;
                break;
        }
        if (!escapes) {
            out.literal(p, p + 1, "\\", context.quoted);
            return p + 1;
        }
        out.literal(p, p + 2, String.valueOf(next), true);
        return p + 2;
    }

    private int singleQuoted(int p, Parts out) {
        int close = indexOf(src, '\'', p + 1, limit);
        int contentEnd = close < 0 ? limit : close;
        out.add(new LiteralPart(at.start(p + 1), at.end(contentEnd), src.substring(p + 1, contentEnd), true));
        if (contentEnd == limit) {
            session.error("unterminated single quote", at.start(p));
            return limit;
        }
        return contentEnd + 1;
    }

    /** Scans {@code "…"} starting at the opening quote {@code p}. */
    private int doubleQuoted(int p, Parts out) {
        out.flush();
        int before = out.size();
        int end = scanParts(p + 1, Context.DOUBLE_QUOTED, out);
        out.flush();
        if (out.size() == before) {
            out.add(new LiteralPart(at.start(p + 1), at.end(p + 1), "", true));
        }
        if (end >= limit || src.charAt(end) != '"') {
            if (!session.aborted()) {
                session.error("unterminated double quote", at.start(p));
            }
            return end;
        }
        return end + 1;
    }

    private int dollar(int p, Context context, Parts out) {
        boolean quoted = context.quoted;
        int n = p + 1;
        if (n >= limit) {
            out.literal(p, n, "$", quoted);
            return n;
        }
        char c = src.charAt(n);
        if (c == '(') {
            if (n + 1 < limit && src.charAt(n + 1) == '(') {
                int end = arithmeticEnd(n);
                if (end > 0) {
                    out.add(new ArithmeticExpansion(at.start(p), at.end(end), src.substring(p, end), quoted));
                    return end;
                }
            }
            return commandSubstitution(p, quoted, out);
        }
        if (c == '{') {
            return bracedParameter(p, context, out);
        }
        if (c == '\'' && !quoted) {
            return ansiCQuoted(p, out);
        }
        if (c == '"' && !quoted) {
            return doubleQuoted(n, out); // $"…": a locale-translated string, otherwise like "…"
        }
        int end = parameterNameEnd(n);
        if (end > n) {
            out.add(new ParameterExpansion(at.start(p), at.end(end), src.substring(p, end), src.substring(n, end), quoted, List.of()));
            return end;
        }
        out.literal(p, n, "$", quoted);
        return n;
    }

    /** End of an unbraced parameter name starting at {@code n}: a name, one digit, or one special character. */
    private int parameterNameEnd(int n) {
        char c = src.charAt(n);
        if (isNameStart(c)) {
            return nameEnd(n);
        }
        if (isDigit(c) || isSpecialParameter(c)) {
            return n + 1;
        }
        return n;
    }

    private int commandSubstitution(int p, boolean quoted, Parts out) {
        if (!session.enterWord()) {
            return skipTooDeep(p, skipBalanced(p + 2, '(', ')'), quoted, out);
        }
        try {
            Lexer inner = new Lexer(session, src, p + 2, limit, at);
            Script script = new Parser(session, inner).parseProgram(true);
            Token close = inner.peek();
            int end;
            if (close.isOperator(")")) {
                end = close.end();
            } else {
                session.error("unterminated command substitution: missing ')'", at.start(p));
                end = Math.max(close.start(), p + 2);
            }
            session.charge(end - p, at.start(p));
            out.add(new CommandSubstitution(at.start(p), at.end(end), src.substring(p, end), script, false, quoted));
            return end;
        } finally {
            session.leave();
        }
    }

    private int backquoted(int p, boolean quoted, Parts out) {
        if (!session.enterWord()) {
            int i = p + 1;
            while (i < limit && src.charAt(i) != '`') {
                i += src.charAt(i) == '\\' ? 2 : 1;
            }
            return skipTooDeep(p, Math.min(limit, i + 1), quoted, out);
        }
        try {
            StringBuilder content = new StringBuilder();
            boolean unescaped = false;
            int i = p + 1;
            while (i < limit && src.charAt(i) != '`') {
                char c = src.charAt(i);
                if (c == '\\' && i + 1 < limit) {
                    char next = src.charAt(i + 1);
                    if (next == '`' || next == '$' || next == '\\' || (quoted && next == '"')) {
                        content.append(next);
                        unescaped = true;
                        i += 2;
                        continue;
                    }
                }
                content.append(c);
                i++;
            }
            int contentEnd = Math.min(i, limit);
            int end;
            if (i >= limit) {
                session.error("unterminated backquote", at.start(p));
                end = limit;
            } else {
                end = i + 1;
            }
            session.charge(2L * (end - p), at.start(p));
            Lexer inner = unescaped
                    ? new Lexer(session, content.toString(), 0, content.length(), at.collapse(p, end))
                    : new Lexer(session, src, p + 1, contentEnd, at);
            Script script = new Parser(session, inner).parseProgram(false);
            out.add(new CommandSubstitution(at.start(p), at.end(end), src.substring(p, end), script, true, quoted));
            return end;
        } finally {
            session.leave();
        }
    }

    private int bracedParameter(int p, Context context, Parts out) {
        if (!session.enterWord()) {
            return skipTooDeep(p, skipBalanced(p + 2, '{', '}'), context.quoted, out);
        }
        try {
            int i = p + 2;
            if (i + 1 < limit && (src.charAt(i) == '#' || src.charAt(i) == '!') && src.charAt(i + 1) != '}'
                    && parameterNameEnd(i + 1) > i + 1) {
                i++; // ${#name} (length) or ${!name} (indirection)
            }
            int nameStart = i;
            if (i < limit) {
                i = parameterNameEnd(i);
                if (i > nameStart && isDigit(src.charAt(nameStart))) {
                    while (i < limit && isDigit(src.charAt(i))) {
                        i++;
                    }
                }
            }
            String name = src.substring(nameStart, i);
            Parts operand = new Parts();
            i = scanParts(i, context.quoted ? Context.BRACE_QUOTED : Context.BRACE_UNQUOTED, operand);
            int end;
            if (i < limit && src.charAt(i) == '}') {
                end = i + 1;
            } else {
                session.error("unterminated parameter expansion: missing '}'", at.start(p));
                end = i;
            }
            session.charge(end - p, at.start(p));
            out.add(new ParameterExpansion(at.start(p), at.end(end), src.substring(p, end), name, context.quoted, operand.finish()));
            return end;
        } finally {
            session.leave();
        }
    }

    /**
     * The index after the {@code close} that matches an {@code open} just before {@code from} (or the limit), counting
     * nested pairs and stepping over quoted text and escaped characters. Linear in the text skipped.
     */
    private int skipBalanced(int from, char open, char close) {
        int depth = 1;
        int i = from;
        while (i < limit) {
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '\'') {
                int quote = src.indexOf('\'', i + 1);
                i = quote < 0 || quote >= limit ? limit : quote + 1;
                continue;
            }
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return limit;
    }

    /** Keeps a construct nested too deeply as literal text, reports it, and returns where the scan goes on. */
    private int skipTooDeep(int p, int end, boolean quoted, Parts out) {
        int stop = Math.min(end, limit);
        session.skippedTooDeep(at.start(p), at.end(stop));
        session.charge(stop - p, at.start(p));
        out.flush();
        out.add(new LiteralPart(at.start(p), at.end(stop), src.substring(p, stop), quoted));
        return stop;
    }

    /**
     * Scans bash's array literal {@code (a "b c" $d)} after {@code name=}, starting at the parenthesis, into literal text
     * and expansions; returns the index after the closing parenthesis.
     */
    private int arrayLiteral(int open, Parts out) {
        out.literal(open, open + 1, "(", false);
        int p = open + 1;
        while (p < limit && !session.aborted()) {
            char c = src.charAt(p);
            if (c == ')') {
                out.literal(p, p + 1, ")", false);
                return p + 1;
            }
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                out.literal(p, p + 1, String.valueOf(c), false);
                p++;
            } else if (c == '\\' && p + 1 < limit && src.charAt(p + 1) == '\n') {
                p += 2;
            } else if (c == '#' && Character.isWhitespace(src.charAt(p - 1))) {
                while (p < limit && src.charAt(p) != '\n') {
                    p++;
                }
            } else {
                int end = scanParts(p, Context.UNQUOTED, out);
                if (end == p) {
                    break; // an operator character inside the list
                }
                p = end;
            }
        }
        session.error("unterminated array: missing ')'", at.start(open));
        return p;
    }

    /** Scans bash's {@code $'…'} starting at the {@code $}. */
    private int ansiCQuoted(int p, Parts out) {
        StringBuilder value = new StringBuilder();
        int i = p + 2;
        while (i < limit && src.charAt(i) != '\'') {
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < limit) {
                i = AnsiCEscapes.decode(src, i, limit, value);
            } else {
                value.append(c);
                i++;
            }
        }
        out.add(new LiteralPart(at.start(p + 2), at.end(Math.min(i, limit)), value.toString(), true));
        if (i >= limit) {
            session.error("unterminated $' quote", at.start(p));
            return limit;
        }
        return i + 1;
    }

    private int nameEnd(int start) {
        if (start >= limit || !isNameStart(src.charAt(start))) {
            return start;
        }
        int i = start + 1;
        while (i < limit && isNameChar(src.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The first index of {@code c} in {@code text[from, limit)}, or -1; unlike {@link String#indexOf} it stops at {@code limit}. */
    static int indexOf(String text, char c, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    static boolean isNameStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || isDigit(c);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpecialParameter(char c) {
        return "@*#?-$!".indexOf(c) >= 0;
    }

    /** Collects parts, merging adjacent literal characters with the same quoting into one {@link LiteralPart}. */
    private final class Parts {
        private final List<WordPart> parts = new ArrayList<>();
        private final StringBuilder run = new StringBuilder();
        private int runStart = -1;
        private int runEnd;
        private boolean runQuoted;

        void literal(int from, int to, String value, boolean quoted) {
            if (runStart >= 0 && (runQuoted != quoted || runEnd != from)) {
                flush();
            }
            if (runStart < 0) {
                runStart = from;
                runQuoted = quoted;
            }
            run.append(value);
            runEnd = to;
        }

        void add(WordPart part) {
            flush();
            parts.add(part);
        }

        void flush() {
            if (runStart >= 0) {
                parts.add(new LiteralPart(at.start(runStart), at.end(runEnd), run.toString(), runQuoted));
                run.setLength(0);
                runStart = -1;
            }
        }

        int size() {
            return parts.size();
        }

        List<WordPart> finish() {
            flush();
            return parts;
        }
    }
}
