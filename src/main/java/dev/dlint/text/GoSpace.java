package dev.dlint.text;

/** The whitespace classes BuildKit's Go code uses, so splitting and trimming match it exactly. */
public final class GoSpace {

    private GoSpace() {
    }

    /** Go's {@code unicode.IsSpace}: Unicode White_Space. */
    public static boolean isSpace(int cp) {
        if (cp <= 0xFF) {
            return (cp >= 0x09 && cp <= 0x0D) || cp == ' ' || cp == 0x85 || cp == 0xA0;
        }
        return cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F
                || cp == 0x205F || cp == 0x3000;
    }

    /** The separator class {@code [\t\v\f\r ]} of BuildKit's {@code reWhitespace}. */
    public static boolean isFieldSeparator(char c) {
        return c == '\t' || c == 0x0B || c == '\f' || c == '\r' || c == ' ';
    }

    /** Index of the first character at or after {@code from} that is not {@link #isSpace}. */
    public static int skipSpace(CharSequence s, int from, int to) {
        int i = from;
        while (i < to && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index just past the last character before {@code to} that is not {@link #isSpace}, at least {@code from}. */
    public static int trimEnd(CharSequence s, int from, int to) {
        int i = to;
        while (i > from && isSpace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
