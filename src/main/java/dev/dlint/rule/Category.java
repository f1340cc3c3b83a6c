package dev.dlint.rule;

import java.util.Locale;

/** What a rule protects: build cache, image size, security, correctness, maintainability, or style. */
public enum Category {
    CACHE, SIZE, SECURITY, CORRECTNESS, MAINTAINABILITY, STYLE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
