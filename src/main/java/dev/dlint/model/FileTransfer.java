package dev.dlint.model;

import java.util.List;
import java.util.Optional;

/**
 * The arguments COPY and ADD share: sources and destination, from JSON form or whitespace-separated words, plus
 * the heredocs used as sources.
 */
public record FileTransfer(List<Word> arguments, List<FileSource> sources, Optional<Word> destination,
                           List<Heredoc> heredocs, boolean jsonForm) {

    public FileTransfer {
        arguments = List.copyOf(arguments);
        sources = List.copyOf(sources);
        heredocs = List.copyOf(heredocs);
    }

    /** The path sources only. */
    public List<Word> sourcePaths() {
        return sources.stream().filter(FileSource.Path.class::isInstance).map(s -> ((FileSource.Path) s).path()).toList();
    }
}
