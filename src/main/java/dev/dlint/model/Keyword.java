package dev.dlint.model;

import dev.dlint.text.SourceRange;

/** An instruction keyword as written ({@code from}, {@code RUN}) and where it is. */
public record Keyword(String text, SourceRange range) {

    /** The keyword in upper case, as users name instructions. */
    public String upper() {
        return text.toUpperCase(java.util.Locale.ROOT);
    }
}
