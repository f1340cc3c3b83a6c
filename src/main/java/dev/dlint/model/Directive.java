package dev.dlint.model;

import dev.dlint.text.SourceRange;

/** A parser directive ({@code # syntax=…}, {@code # escape=…}, {@code # check=…}); the name is lower-cased. */
public record Directive(String name, String value, SourceRange range, SourceRange nameRange, SourceRange valueRange) {
}
