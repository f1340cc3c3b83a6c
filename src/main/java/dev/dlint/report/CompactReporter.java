package dev.dlint.report;

import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * The {@code compact} format: the first line of the {@code tty} format only, one line per finding
 * ({@code FILE:LINE:COLUMN: SEVERITY Rule: MESSAGE}), without source excerpts, colours or a summary; easy to grep
 * and to diff. An unreadable input is {@code FILE: error cannot read: REASON}.
 */
public final class CompactReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (FileResult file : report.files()) {
            String path = ReportText.oneLine(file.path());
            if (file.readError().isPresent()) {
                out.write(path + ": error cannot read: " + ReportText.oneLine(file.readError().get()) + "\n");
            }
            for (Finding f : file.reported()) {
                out.write(path + ":" + f.range().startLine() + ":" + f.range().startColumn() + ": "
                        + f.severity().label() + " " + f.rule() + ": " + ReportText.oneLine(f.message()) + "\n");
            }
        }
    }
}
