package dev.dlint.engine;

import java.util.List;

/** The result of one run over all inputs, in input order; reporters render it and nothing else. */
public record Report(List<FileResult> files) {

    public Report {
        files = List.copyOf(files);
    }

    /** Whether any reported finding is at or above the failure threshold. */
    public boolean failed() {
        return files.stream().anyMatch(FileResult::failed);
    }

    public boolean hasUnreadableInputs() {
        return files.stream().anyMatch(f -> f.readError().isPresent());
    }

    public long reportedCount() {
        return files.stream().mapToLong(f -> f.reported().size()).sum();
    }
}
