package dev.dlint.engine;

import dev.dlint.rule.Finding;
import dev.dlint.rule.Severity;
import dev.dlint.text.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * Everything found in one input: its findings sorted by position, or the reason it could not be read.
 *
 * @param path       the path as reported (relative when given relative, or the {@code --stdin-filename})
 * @param source     the text, absent when the file could not be read
 * @param findings   reported and suppressed findings, in position order
 * @param readError  why the input could not be read (exit code 3)
 * @param failureThreshold findings at least this severe fail the run (from this file's configuration)
 */
public record FileResult(String path, Optional<SourceText> source, List<Finding> findings, Optional<String> readError,
                         Severity failureThreshold) {

    public FileResult {
        findings = List.copyOf(findings);
    }

    public static FileResult unreadable(String path, String reason) {
        return new FileResult(path, Optional.empty(), List.of(), Optional.of(reason), Severity.INFO);
    }

    /** This result with {@code more} findings, all in position order. */
    public FileResult withMore(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.addAll(more);
        all.sort(java.util.Comparator.comparing(Finding::range).thenComparing(Finding::rule));
        return new FileResult(path, source, all, readError, failureThreshold);
    }

    /** Whether a reported finding is at or above this file's failure threshold. */
    public boolean failed() {
        return reported().stream().anyMatch(f -> f.severity().atLeast(failureThreshold));
    }

    /** The findings that are reported (not suppressed). */
    public List<Finding> reported() {
        return findings.stream().filter(f -> !f.isSuppressed()).toList();
    }
}
