package dev.dlint.rules.knowledge;

import java.util.Optional;

/**
 * How the value of a legacy {@code ENV key value} or {@code LABEL key value} can be written in the {@code key=value}
 * form so that BuildKit computes the same value: the legacy value is the rest of the line taken as one word, while a
 * {@code key=value} value ends at the first whitespace outside quotes.
 */
public final class KeyValueForm {

    /** What the value needs after the {@code =}. */
    public enum Rewrite {
        /** Nothing: it is one word already (quotes and escapes included). */
        AS_IS,
        /** Double quotes around it: it has spaces but no quotes or escapes. */
        DOUBLE_QUOTED
    }

    private KeyValueForm() {
    }

    /** The rewrite that keeps the value, or empty when none does (quotes or escapes mixed with spaces, an open quote). */
    public static Optional<Rewrite> of(String value, char escape) {
        char quote = 0;
        boolean space = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == escape && quote != '\'') {
                i++;
            } else if (quote == 0 && (c == '"' || c == '\'')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            } else if (quote == 0 && Character.isWhitespace(c)) {
                space = true;
            }
        }
        if (value.isEmpty() || quote != 0) {
            return Optional.empty();
        }
        if (!space) {
            return Optional.of(Rewrite.AS_IS);
        }
        boolean plain = value.indexOf('"') < 0 && value.indexOf('\'') < 0 && value.indexOf(escape) < 0;
        return plain ? Optional.of(Rewrite.DOUBLE_QUOTED) : Optional.empty();
    }
}
