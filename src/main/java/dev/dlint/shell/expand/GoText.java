package dev.dlint.shell.expand;

/** The few Go text primitives whose exact behaviour the lexer depends on. */
final class GoText {

    /** What Go's {@code string(rune)} yields for EOF, surrogates and other invalid runes. */
    static final String REPLACEMENT_CHARACTER = "\uFFFD";

    private static final char[] LOWER_HEX = "0123456789abcdef".toCharArray();

    private GoText() {
    }

    /** Go's {@code unicode.IsSpace}; note that it differs from {@link Character#isWhitespace(int)}. */
    static boolean isSpace(int codePoint) {
        switch (codePoint) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
                return true;
            default:
                return codePoint >= 0x2000 && codePoint <= 0x200A;
        }
    }

    /** Go's {@code string(r)}: the character itself, or U+FFFD for EOF (-1) and invalid code points. */
    static String runeToString(int codePoint) {
        if (!Character.isValidCodePoint(codePoint) || isSurrogate(codePoint)) {
            return REPLACEMENT_CHARACTER;
        }
        return Character.toString(codePoint);
    }

    /**
     * Go's {@code strconv.Quote}. A lone surrogate, which Go would see as the three bytes of its
     * generalised UTF-8 form, is printed as those bytes in {@code \xNN} form.
     */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            appendQuoted(out, codePoint);
        }
        return out.append('"').toString();
    }

    private static void appendQuoted(StringBuilder out, int codePoint) {
        switch (codePoint) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case 0x07 -> out.append("\\a");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            case 0x0B -> out.append("\\v");
            default -> appendOther(out, codePoint);
        }
    }

    private static void appendOther(StringBuilder out, int codePoint) {
        if (isSurrogate(codePoint)) {
            appendHexByte(out, 0xE0 | (codePoint >> 12));
            appendHexByte(out, 0x80 | ((codePoint >> 6) & 0x3F));
            appendHexByte(out, 0x80 | (codePoint & 0x3F));
        } else if (codePoint == ' ' || isGraphic(codePoint)) {
            out.appendCodePoint(codePoint);
        } else if (codePoint < ' ' || codePoint == 0x7F) {
            appendHexByte(out, codePoint);
        } else if (codePoint < 0x10000) {
            out.append("\\u");
            appendHexDigits(out, codePoint, 4);
        } else {
            out.append("\\U");
            appendHexDigits(out, codePoint, 8);
        }
    }

    /** Unicode categories L, M, N, P and S: what Go's {@code strconv.IsPrint} accepts besides U+0020. */
    private static boolean isGraphic(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER,
                    Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                    Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION,
                    Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL,
                    Character.OTHER_SYMBOL:
                return true;
            default:
                return false;
        }
    }

    private static boolean isSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }

    private static void appendHexByte(StringBuilder out, int value) {
        out.append("\\x").append(LOWER_HEX[(value >> 4) & 0xF]).append(LOWER_HEX[value & 0xF]);
    }

    private static void appendHexDigits(StringBuilder out, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(LOWER_HEX[(value >> shift) & 0xF]);
        }
    }
}
