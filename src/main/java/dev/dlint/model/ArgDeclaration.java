package dev.dlint.model;

import java.util.Optional;
import dev.dlint.text.SourceRange;

/** One ARG name with its optional default, raw as written ({@code ARG a="1 2"} keeps the quotes). */
public record ArgDeclaration(Word name, Optional<Word> defaultValue, Word word) {

    public SourceRange range() {
        return word.range();
    }
}
