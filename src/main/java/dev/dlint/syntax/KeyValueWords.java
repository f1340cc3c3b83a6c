package dev.dlint.syntax;

import dev.dlint.model.Word;

/** What BuildKit's {@code parseWords} keeps of an ENV/LABEL/ARG word beyond its raw characters. */
final class KeyValueWords {

    private KeyValueWords() {
    }

    /**
     * Drops an escape character that ends the line: BuildKit's word scanner skips it (outside quotes, and inside
     * double quotes), while an escaped escape ({@code \\}) stays.
     */
    static Word dropTrailingEscape(Word word, char escape) {
        String text = word.text();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (quote != 0 && c == quote) {
                quote = 0;
            } else if (c == escape && quote != '\'') {
                if (i == text.length() - 1) {
                    return word.sub(0, i);
                }
                i++;
            }
        }
        return word;
    }
}
