package dev.dlint.shell.expand;

/** Go's conversion of a rune to a string, which the lexer depends on for invalid input. */
final class GoText {

    /** What Go's {@code string(rune)} yields for EOF, surrogates and other invalid runes. */
    static final String REPLACEMENT_CHARACTER = "\uFFFD";

    private GoText() {
    }

    /** Go's {@code string(r)}: the character itself, or U+FFFD for EOF (-1) and invalid code points. */
    static String runeToString(int codePoint) {
        if (!Character.isValidCodePoint(codePoint)
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            return REPLACEMENT_CHARACTER;
        }
        return Character.toString(codePoint);
    }
}
