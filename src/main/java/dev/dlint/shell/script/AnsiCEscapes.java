package dev.dlint.shell.script;

/** Decodes the backslash escapes of bash's {@code $'…'} strings. */
final class AnsiCEscapes {
    private AnsiCEscapes() {
    }

    /**
     * Decodes the escape whose backslash is at {@code i} (with {@code i + 1 < limit}), appends its value and returns the
     * index after it.
     */
    static int decode(String src, int i, int limit, StringBuilder out) {
        char c = src.charAt(i + 1);
        int next = i + 2;
        switch (c) {
            case 'a': out.append('\u0007'); return next;
            case 'b': out.append('\b'); return next;
            case 'e':
            case 'E': out.append('\u001b'); return next;
            case 'f': out.append('\f'); return next;
            case 'n': out.append('\n'); return next;
            case 'r': out.append('\r'); return next;
            case 't': out.append('\t'); return next;
            case 'v': out.append('\u000b'); return next;
            case '\\':
            case '\'':
            case '"':
            case '?': out.append(c); return next;
            case 'x': return number(src, next, limit, 16, 2, out, "\\x");
            case 'u': return number(src, next, limit, 16, 4, out, "\\u");
            case 'U': return number(src, next, limit, 16, 8, out, "\\U");
            case 'c':
                if (next < limit) {
                    out.append((char) (src.charAt(next) & 0x1f));
                    return next + 1;
                }
                out.append("\\c");
                return next;
            default:
                if (c >= '0' && c <= '7') {
                    return number(src, i + 1, limit, 8, 3, out, "\\");
                }
                out.append('\\').append(c);
                return next;
        }
    }

    private static int number(String src, int from, int limit, int radix, int maxDigits, StringBuilder out, String prefix) {
        int value = 0;
        int i = from;
        while (i < limit && i - from < maxDigits && Character.digit(src.charAt(i), radix) >= 0) {
            value = value * radix + Character.digit(src.charAt(i), radix);
            i++;
        }
        if (i == from) {
            out.append(prefix);
        } else if (Character.isValidCodePoint(value)) {
            out.appendCodePoint(value);
        } else {
            out.append('\ufffd');
        }
        return i;
    }
}
