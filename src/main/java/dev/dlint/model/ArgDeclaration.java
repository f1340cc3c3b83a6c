package dev.dlint.model;

import dev.dlint.text.SourceRange;
import java.util.Optional;

/** One ARG name with its optional default, raw as written ({@code ARG a="1 2"} keeps the quotes). */
public record ArgDeclaration(Word name, Optional<Word> defaultValue, Word word) {

    public SourceRange range() {
        return word.range();
    }
}
