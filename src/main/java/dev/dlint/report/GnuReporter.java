package dev.dlint.report;

import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * The {@code gnu} format, the GNU coding standards' error message form that Emacs compilation mode, Vim's
 * {@code errorformat} and reviewdog's {@code -efm} read: {@code FILE:LINE:COLUMN: SEVERITY: MESSAGE [Rule]}, with
 * GCC's severity words ({@code error}, {@code warning}, {@code note} for info and style), 1-based lines and columns.
 * An unreadable input is {@code FILE: error: cannot read: REASON}.
 */
public final class GnuReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (FileResult file : report.files()) {
            String path = ReportText.oneLine(file.path());
            if (file.readError().isPresent()) {
                out.write(path + ": error: cannot read: " + ReportText.oneLine(file.readError().get()) + "\n");
            }
            for (Finding f : file.reported()) {
                out.write(path + ":" + f.range().startLine() + ":" + f.range().startColumn() + ": "
                        + ReportText.gnuLevel(f.severity()) + ": " + ReportText.oneLine(f.message()) + " ["
                        + f.rule() + "]\n");
            }
        }
    }
}
