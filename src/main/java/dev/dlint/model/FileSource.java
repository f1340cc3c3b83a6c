package dev.dlint.model;

import dev.dlint.text.SourceRange;

/** A COPY or ADD source: a path (glob, URL, git reference) or a heredoc. */
public sealed interface FileSource permits FileSource.Path, FileSource.Inline {

    SourceRange range();

    record Path(Word path) implements FileSource {
        @Override
        public SourceRange range() {
            return path.range();
        }
    }

    record Inline(Heredoc heredoc) implements FileSource {
        @Override
        public SourceRange range() {
            return heredoc.marker().range();
        }
    }
}
