package dev.dlint.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, exactly as BuildKit does with Go's {@code encoding/json}, whether an instruction's arguments are a JSON
 * array (exec form), and decodes its strings.
 *
 * <p>The text must start with {@code [} and be one valid JSON value followed only by JSON whitespace. An array whose
 * elements are all strings is exec form; an array with any other element is BuildKit's hard error; anything else
 * (single quotes, a trailing comma, a raw control character in a string, nesting deeper than Go's 10,000 levels) is
 * shell form. Go decoding turns invalid UTF-8 and unpaired surrogate escapes into U+FFFD.
 */
public final class JsonArgs {

    private static final int MAX_DEPTH = 10_000;

    /** The outcome for one argument text. */
    public sealed interface Result permits NotJson, Strings, NonStringElement {
    }

    /** Not a JSON array: BuildKit falls back to the shell form. */
    public record NotJson() implements Result {
    }

    /** A JSON array of strings: the exec form. Offsets are into the parsed text. */
    public record Strings(List<Element> elements) implements Result {
        public Strings {
            elements = List.copyOf(elements);
        }
    }

    /** A valid JSON array with an element that is not a string: BuildKit rejects the instruction. */
    public record NonStringElement(int start, int end) implements Result {
    }

    /** One decoded string element and the offsets of its JSON token (quotes included). */
    public record Element(String value, int start, int end) {
    }

    private final CharSequence s;
    private final int end;
    private int pos;
    private int firstNonString = -1;
    private int firstNonStringEnd = -1;

    private JsonArgs(CharSequence s, int from, int to) {
        this.s = s;
        this.pos = from;
        this.end = to;
    }

    /** Parses {@code s[from, to)}; leading characters must already be trimmed as BuildKit does. */
    public static Result parse(CharSequence s, int from, int to) {
        if (from >= to || s.charAt(from) != '[') {
            return new NotJson();
        }
        return new JsonArgs(s, from, to).parseArray();
    }

    public static Result parse(CharSequence s) {
        return parse(s, 0, s.length());
    }

    private Result parseArray() {
        List<Element> elements = new ArrayList<>();
        try {
            pos++; // '['
            skipWhitespace();
            if (peek() == ']') {
                pos++;
            } else {
                while (true) {
                    skipWhitespace();
                    int start = pos;
                    if (peek() == '"') {
                        String value = string();
                        elements.add(new Element(value, start, pos));
                    } else {
                        skipValue();
                        if (firstNonString < 0) {
                            firstNonString = start;
                            firstNonStringEnd = pos;
                        }
                    }
                    skipWhitespace();
                    char c = next();
                    if (c == ']') {
                        break;
                    }
                    if (c != ',') {
                        return new NotJson();
                    }
                }
            }
            skipWhitespace();
            if (pos != end) {
                return new NotJson();
            }
        } catch (Invalid e) {
            return new NotJson();
        }
        if (firstNonString >= 0) {
            return new NonStringElement(firstNonString, firstNonStringEnd);
        }
        return new Strings(elements);
    }

    /** Skips any JSON value iteratively, so hostile nesting cannot overflow the stack. */
    private void skipValue() throws Invalid {
        // stack of open containers: '[' or '{'; for objects, whether a key is expected next
        StringBuilder stack = new StringBuilder();
        while (true) {
            skipWhitespace();
            char c = peek();
            if (c == '[' || c == '{') {
                if (stack.length() >= MAX_DEPTH - 1) { // the outer array is the first level
                    throw new Invalid();
                }
                pos++;
                stack.append(c);
                skipWhitespace();
                char close = c == '[' ? ']' : '}';
                if (peek() == close) {
                    pos++;
                    stack.setLength(stack.length() - 1);
                } else {
                    if (c == '{') {
                        objectKey();
                    }
                    continue;
                }
            } else if (c == '"') {
                string();
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                number();
            } else {
                literal();
            }
            // after a value: close containers or move to the next element
            while (true) {
                if (stack.length() == 0) {
                    return;
                }
                skipWhitespace();
                char open = stack.charAt(stack.length() - 1);
                char next = next();
                if (next == ',') {
                    if (open == '{') {
                        skipWhitespace();
                        objectKey();
                    }
                    break;
                }
                if ((open == '[' && next == ']') || (open == '{' && next == '}')) {
                    stack.setLength(stack.length() - 1);
                    continue;
                }
                throw new Invalid();
            }
        }
    }

    private void objectKey() throws Invalid {
        if (peek() != '"') {
            throw new Invalid();
        }
        string();
        skipWhitespace();
        if (next() != ':') {
            throw new Invalid();
        }
    }

    private String string() throws Invalid {
        pos++; // opening quote
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new Invalid();
            }
            if (c != '\\') {
                appendDecoded(out, c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"': out.append('"'); break;
                case '\\': out.append('\\'); break;
                case '/': out.append('/'); break;
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 't': out.append('\t'); break;
                case 'u': unicodeEscape(out); break;
                default: throw new Invalid();
            }
        }
    }

    /** Raw invalid-UTF-8 bytes and unpaired surrogates decode to U+FFFD, as in Go. */
    private void appendDecoded(StringBuilder out, char c) {
        if (Character.isHighSurrogate(c) && pos < end && Character.isLowSurrogate(s.charAt(pos))) {
            out.append(c).append(s.charAt(pos++));
        } else if (Character.isSurrogate(c)) {
            out.append('\uFFFD');
        } else {
            out.append(c);
        }
    }

    private void unicodeEscape(StringBuilder out) throws Invalid {
        int unit = hex4();
        if (Character.isHighSurrogate((char) unit) && pos + 6 <= end && s.charAt(pos) == '\\' && s.charAt(pos + 1) == 'u') {
            int save = pos;
            pos += 2;
            int low = hex4();
            if (Character.isLowSurrogate((char) low)) {
                out.append((char) unit).append((char) low);
                return;
            }
            pos = save;
        }
        out.append(Character.isSurrogate((char) unit) ? '\uFFFD' : (char) unit);
    }

    private int hex4() throws Invalid {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(next(), 16);
            if (digit < 0) {
                throw new Invalid();
            }
            value = value * 16 + digit;
        }
        return value;
    }

    private void number() throws Invalid {
        if (peek() == '-') {
            pos++;
        }
        if (peek() == '0') {
            pos++;
        } else if (isDigit(peek())) {
            while (isDigit(peek())) {
                pos++;
            }
        } else {
            throw new Invalid();
        }
        if (peek() == '.') {
            pos++;
            requireDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            requireDigits();
        }
    }

    private void requireDigits() throws Invalid {
        if (!isDigit(peek())) {
            throw new Invalid();
        }
        while (isDigit(peek())) {
            pos++;
        }
    }

    private void literal() throws Invalid {
        for (String word : new String[] {"true", "false", "null"}) {
            if (regionMatches(word)) {
                pos += word.length();
                return;
            }
        }
        throw new Invalid();
    }

    private boolean regionMatches(String word) {
        if (pos + word.length() > end) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (s.charAt(pos + i) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipWhitespace() {
        while (pos < end) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private char peek() {
        return pos < end ? s.charAt(pos) : '\0';
    }

    private char next() throws Invalid {
        if (pos >= end) {
            throw new Invalid();
        }
        return s.charAt(pos++);
    }

    /** Control flow for invalid JSON; never escapes this class. */
    private static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid() {
            super(null, null, false, false);
        }
    }
}
