package dev.dlint.report;

import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The Markdown appended to a GitHub Actions job summary by the {@code github} format: a headline with the counts
 * and a table of findings (at most {@value #MAX_ROWS} rows; GitHub caps a step's summary at 1 MiB). Text from the
 * Dockerfile is escaped so it cannot add Markdown or HTML.
 */
final class GithubStepSummary {

    static final int MAX_ROWS = 500;

    private GithubStepSummary() {
    }

    static void append(Path summaryFile, Report report, String toolVersion) throws IOException {
        try (Writer out = Files.newBufferedWriter(summaryFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
            out.write(markdown(report, toolVersion));
        } catch (IOException e) {
            throw new IOException("cannot append to $GITHUB_STEP_SUMMARY (" + summaryFile + "): " + e.getMessage(), e);
        }
    }

    static String markdown(Report report, String toolVersion) {
        StringBuilder md = new StringBuilder("### dlint\n\n");
        int[] counts = new int[Severity.values().length];
        int filesWithFindings = 0;
        int unreadable = 0;
        for (FileResult file : report.files()) {
            unreadable += file.readError().isPresent() ? 1 : 0;
            filesWithFindings += file.reported().isEmpty() ? 0 : 1;
            for (Finding f : file.reported()) {
                counts[f.severity().ordinal()]++;
            }
        }
        long total = report.reportedCount();
        int files = report.files().size() - unreadable;
        if (total == 0) {
            md.append("No problems found in ").append(files).append(files == 1 ? " file" : " files").append(".\n");
        } else {
            md.append(ReportText.summary(total, counts, filesWithFindings)).append(" (").append(files)
                    .append(" linted).\n");
        }
        if (unreadable > 0) {
            md.append('\n').append(unreadable).append(unreadable == 1 ? " input" : " inputs")
                    .append(" could not be read.\n");
        }
        if (total == 0 && unreadable == 0) {
            return md.append('\n').toString();
        }
        md.append("\n| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n");
        int rows = 0;
        for (FileResult file : report.files()) {
            if (file.readError().isPresent() && rows++ < MAX_ROWS) {
                md.append("| error | ").append(cell(file.path())).append(" | | ")
                        .append(cell("cannot read: " + file.readError().get())).append(" |\n");
            }
            for (Finding f : file.reported()) {
                if (rows++ < MAX_ROWS) {
                    md.append("| ").append(f.severity().label()).append(" | ")
                            .append(cell(file.path() + ":" + f.range().startLine() + ":" + f.range().startColumn()))
                            .append(" | [").append(cell(f.rule())).append("](")
                            .append(ProjectLinks.ruleDocument(f.rule(), toolVersion)).append(") | ")
                            .append(cell(f.message())).append(" |\n");
                }
            }
        }
        if (rows > MAX_ROWS) {
            md.append("\n… and ").append(rows - MAX_ROWS).append(" more; see the job log.\n");
        }
        return md.append('\n').toString();
    }

    /** One table cell: one line, with Markdown and HTML punctuation backslash-escaped. */
    static String cell(String text) {
        String line = ReportText.oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 8);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("\\`*_[]<>|~&!#".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
