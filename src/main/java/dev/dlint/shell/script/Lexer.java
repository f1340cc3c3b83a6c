package dev.dlint.shell.script;

import java.util.List;

/**
 * Splits shell text into tokens on demand, one token of look-ahead. Comments, blanks and line continuations are skipped;
 * here-document bodies are read when their operator is parsed and skipped when the lexer reaches them.
 */
final class Lexer {
    /** Operators, longest first so that the first match is the longest. */
    private static final List<String> OPERATORS = List.of(
            ";;&", "<<<", "<<-", "&>>",
            "&&", "||", ";;", ";&", "|&", "<<", ">>", "<&", ">&", "<>", ">|", "&>",
            "&", "|", ";", "<", ">", "(", ")");

    private final ParseSession session;
    private final String src;
    private final int from;
    private final int limit;
    private final Positions at;
    private final WordScanner scanner;
    private int pos;
    private Token peeked;

    /** The newline after which pending here-document bodies start, or -1. */
    private int pendingLineEnd = -1;
    /** Where the next pending here-document body starts; lexing resumes there after {@link #pendingLineEnd}. */
    private int bodyCursor;

    /** A lexer over {@code src[from, limit)}. */
    Lexer(ParseSession session, String src, int from, int limit, Positions positions) {
        this.session = session;
        this.src = src;
        this.from = from;
        this.limit = limit;
        this.at = positions;
        this.scanner = new WordScanner(session, src, limit, positions);
        this.pos = from;
    }

    String source() {
        return src;
    }

    int from() {
        return from;
    }

    Positions positions() {
        return at;
    }

    Token peek() {
        if (peeked == null) {
            peeked = lex();
        }
        return peeked;
    }

    Token next() {
        Token token = peek();
        peeked = null;
        return token;
    }

    /** Puts back a token obtained from {@link #nextTestWord()}. */
    void unread(Token token) {
        peeked = token;
    }

    /** Drops any look-ahead and continues lexing at {@code local}. */
    void resumeAt(int local) {
        peeked = null;
        pos = local;
    }

    /** See {@link WordScanner#arithmeticEnd(int)}; -1 unless {@code (} follows the {@code (} at {@code openParen}. */
    int arithmeticEnd(int openParen) {
        if (openParen + 1 >= limit || src.charAt(openParen + 1) != '(') {
            return -1;
        }
        return scanner.arithmeticEnd(openParen);
    }

    private Token lex() {
        if (pendingLineEnd >= 0 && pos > pendingLineEnd) {
            // the here-document's line ended somewhere the quick scan did not expect; skip the bodies anyway
            pos = Math.max(pos, bodyCursor);
            pendingLineEnd = -1;
        }
        skipBlanksAndComments(false);
        if (session.aborted() || pos >= limit) {
            return new Token(Token.Kind.END, "", Math.min(pos, limit), Math.min(pos, limit), null, null);
        }
        int start = pos;
        char c = src.charAt(pos);
        if (c == '\n') {
            pos++;
            if (pendingLineEnd == start) {
                pos = Math.max(pos, bodyCursor);
                pendingLineEnd = -1;
            }
            return new Token(Token.Kind.NEWLINE, "\n", start, start + 1, null, null);
        }
        if (WordScanner.isMeta(c)) {
            String operator = matchOperator(pos);
            pos += operator.length();
            return new Token(Token.Kind.OPERATOR, operator, start, pos, null, null);
        }
        if (WordScanner.isDigit(c)) {
            int end = pos;
            while (end < limit && WordScanner.isDigit(src.charAt(end))) {
                end++;
            }
            if (end < limit && (src.charAt(end) == '<' || src.charAt(end) == '>')) {
                pos = end;
                return new Token(Token.Kind.IO_NUMBER, src.substring(start, end), start, end, null, null);
            }
        }
        return word(scanner.scanWord(start, false), start);
    }

    /**
     * The next operand of bash's {@code [[ … ]]}, where {@code &&}, {@code ||}, {@code (}, {@code )}, {@code <} and
     * {@code >} are words. Returns an ordinary token at {@code ;}, a lone {@code &} or the end.
     */
    Token nextTestWord() {
        if (peeked != null) {
            return next();
        }
        skipBlanksAndComments(true);
        if (session.aborted() || pos >= limit) {
            return lex();
        }
        int start = pos;
        char c = src.charAt(pos);
        char d = pos + 1 < limit ? src.charAt(pos + 1) : '\0';
        int length = 0;
        if ((c == '&' && d == '&') || (c == '|' && d == '|')) {
            length = 2;
        } else if (c == '(' || c == ')') {
            length = 1;
        } else if (c == ';' || c == '&') {
            return lex();
        }
        if (length > 0) {
            pos += length;
            String text = src.substring(start, pos);
            Word word = new Word(at.start(start), at.end(pos), text, List.of(new LiteralPart(at.start(start), at.end(pos), text, false)));
            return new Token(Token.Kind.WORD, text, start, pos, word, null);
        }
        return word(scanner.scanWord(start, true), start);
    }

    private Token word(WordScanner.ScannedWord scanned, int start) {
        pos = scanned.end();
        return new Token(Token.Kind.WORD, scanned.word().raw(), start, pos, scanned.word(), scanned.assignment());
    }

    private void skipBlanksAndComments(boolean newlinesToo) {
        while (pos < limit) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (newlinesToo && c == '\n') {
                pos = pos == pendingLineEnd ? Math.max(pos + 1, bodyCursor) : pos + 1;
                if (pos > pendingLineEnd) {
                    pendingLineEnd = -1;
                }
            } else if (c == '\\' && pos + 1 < limit && src.charAt(pos + 1) == '\n') {
                pos += 2;
            } else if (c == '\\' && pos + 2 < limit && src.charAt(pos + 1) == '\r' && src.charAt(pos + 2) == '\n') {
                pos += 3;
            } else if (c == '#') {
                while (pos < limit && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                return;
            }
        }
    }

    private String matchOperator(int at) {
        for (String operator : OPERATORS) {
            if (src.startsWith(operator, at) && at + operator.length() <= limit) {
                return operator;
            }
        }
        return String.valueOf(src.charAt(at)); // not reached: every meta character other than blanks is an operator
    }

    /**
     * Reads the body of a here-document whose delimiter word was just consumed: the body starts after the end of the current
     * line (or after the previous here-document's body on the same line) and runs to the delimiter line.
     */
    HereDocument readHereDocument(Word delimiterWord, boolean stripTabs, int operatorStart) {
        String delimiter = delimiterWord.unquoted();
        String raw = delimiterWord.raw();
        boolean quoted = raw.indexOf('\'') >= 0 || raw.indexOf('"') >= 0 || raw.indexOf('\\') >= 0;
        if (pendingLineEnd < 0 || pos > pendingLineEnd) {
            int lineEnd = lineEnd(pos);
            if (lineEnd < 0) {
                session.error("here-document '" + delimiter + "' has no body", at.start(operatorStart));
                return hereDocument(limit, limit, limit, delimiter, quoted);
            }
            pendingLineEnd = lineEnd;
            bodyCursor = lineEnd + 1;
        }
        int bodyStart = bodyCursor;
        int lineStart = bodyStart;
        while (lineStart < limit) {
            int newline = WordScanner.indexOf(src, '\n', lineStart, limit);
            int lineStop = newline < 0 ? limit : newline;
            if (isDelimiterLine(lineStart, lineStop, delimiter, stripTabs)) {
                bodyCursor = lineStop < limit ? lineStop + 1 : limit;
                session.charge(lineStop - bodyStart, at.start(operatorStart));
                return hereDocument(bodyStart, lineStart, lineStop, delimiter, quoted);
            }
            lineStart = lineStop + 1;
        }
        session.error("here-document '" + delimiter + "' is not terminated", at.start(operatorStart));
        bodyCursor = limit;
        session.charge(limit - bodyStart, at.start(operatorStart));
        return hereDocument(bodyStart, limit, limit, delimiter, quoted);
    }

    private boolean isDelimiterLine(int lineStart, int lineStop, String delimiter, boolean stripTabs) {
        int s = lineStart;
        if (stripTabs) {
            while (s < lineStop && src.charAt(s) == '\t') {
                s++;
            }
        }
        int e = lineStop;
        if (e > s && src.charAt(e - 1) == '\r') {
            e--; // tolerate CRLF line ends
        }
        return e - s == delimiter.length() && src.startsWith(delimiter, s);
    }

    private HereDocument hereDocument(int bodyStart, int bodyEnd, int end, String delimiter, boolean quoted) {
        Word body;
        if (quoted) {
            String text = src.substring(bodyStart, bodyEnd);
            body = new Word(at.start(bodyStart), at.end(bodyEnd), text,
                    List.of(new LiteralPart(at.start(bodyStart), at.end(bodyEnd), text, true)));
        } else {
            body = new WordScanner(session, src, bodyEnd, at).scanHereDocumentBody(bodyStart);
        }
        return new HereDocument(at.start(bodyStart), at.end(end), delimiter, quoted, body);
    }

    /**
     * A quick scan for the newline that ends the current command line, skipping quoted strings and parenthesised or braced
     * substitutions; -1 when the text ends first.
     */
    private int lineEnd(int start) {
        int depth = 0;
        boolean wordStart = true;
        int i = start;
        try {
            while (i < limit) {
                char c = src.charAt(i);
                switch (c) {
                    case '\n':
                        if (depth == 0) {
                            return i;
                        }
                        wordStart = true;
                        i++;
                        break;
                    case '\\':
                        i += 2;
                        wordStart = false;
                        break;
                    case '\'':
                        i = skipPast(i + 1, '\'');
                        wordStart = false;
                        break;
                    case '"':
                    case '`':
                        i = skipQuoted(i + 1, c);
                        wordStart = false;
                        break;
                    case '#':
                        if (wordStart) {
                            while (i < limit && src.charAt(i) != '\n') {
                                i++;
                            }
                        } else {
                            i++;
                        }
                        break;
                    case '$':
                        if (i + 1 < limit && (src.charAt(i + 1) == '(' || src.charAt(i + 1) == '{')) {
                            depth++;
                            i += 2;
                        } else {
                            i++;
                        }
                        wordStart = false;
                        break;
                    case '(':
                        depth++;
                        wordStart = true;
                        i++;
                        break;
                    case ')':
                    case '}':
                        if (depth > 0) {
                            depth--;
                        }
                        wordStart = c == ')';
                        i++;
                        break;
                    default:
                        wordStart = c == ' ' || c == '\t' || c == ';' || c == '&' || c == '|' || c == '<' || c == '>';
                        i++;
                        break;
                }
            }
            return -1;
        } finally {
            session.charge(Math.min(i, limit) - start, at.start(start));
        }
    }

    private int skipPast(int i, char close) {
        int found = WordScanner.indexOf(src, close, i, limit);
        return found < 0 ? limit : found + 1;
    }

    private int skipQuoted(int i, char close) {
        while (i < limit) {
            char c = src.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == close) {
                return i + 1;
            } else {
                i++;
            }
        }
        return limit;
    }
}
