package dev.dlint.model;

/** What a stage is built on, after resolving ARGs in its FROM line. */
public sealed interface BaseImage permits BaseImage.Scratch, BaseImage.StageBase, BaseImage.External,
        BaseImage.Unresolved {

    /** The word in the FROM line. */
    Word word();

    /** {@code FROM scratch}: an empty filesystem. */
    record Scratch(Word word) implements BaseImage {
    }

    /** {@code FROM <earlier stage>}: the stage inherits that stage's filesystem, ENV and ARGs. */
    record StageBase(Word word, int stageIndex) implements BaseImage {
    }

    /** An image pulled from a registry. */
    record External(Word word, ImageReference reference) implements BaseImage {
    }

    /** A reference that cannot be resolved statically (an ARG without a default, an expansion error). */
    record Unresolved(Word word, String resolvedText, String reason) implements BaseImage {
    }
}
