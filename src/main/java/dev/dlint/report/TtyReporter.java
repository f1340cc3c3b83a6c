package dev.dlint.report;

import static dev.dlint.report.Ansi.BOLD;
import static dev.dlint.report.Ansi.DIM;

import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Related;
import dev.dlint.rule.Severity;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import dev.dlint.text.Utf8;
import java.io.IOException;
import java.io.Writer;

/**
 * The terminal view: {@code path:line:column: severity Rule: message}, the source line, and a caret underline under
 * the exact range; related locations follow as notes. Coloured only when asked to (a terminal, no NO_COLOR).
 */
public final class TtyReporter implements Reporter {


    private final boolean color;

    public TtyReporter(boolean color) {
        this.color = color;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        int files = 0;
        int linted = 0;
        SeverityCounts counts = new SeverityCounts();
        for (FileResult file : report.files()) {
            if (file.readError().isPresent()) {
                continue; // the command says why on stderr, once
            }
            linted++;
            boolean any = false;
            for (Finding finding : file.reported()) {
                any = true;
                counts.add(finding.severity());
                writeFinding(out, file, finding);
            }
            if (any) {
                files++;
            }
        }
        long total = report.reportedCount();
        if (total > 0) {
            out.write(summary(total, counts, files, linted) + "\n");
        }
    }

    private void writeFinding(Writer out, FileResult file, Finding finding) throws IOException {
        SourceRange r = finding.range();
        out.write(paint(BOLD, file.path() + ":" + r.startLine() + ":" + r.startColumn() + ":") + " "
                + paint(Ansi.of(finding.severity()), finding.severity().label()) + " "
                + paint(BOLD, finding.rule()) + ": " + Utf8.sanitize(finding.message()) + "\n");
        if (file.source().isPresent()) {
            excerpt(out, file.source().get(), r);
        }
        for (Related related : finding.related()) {
            SourceRange rr = related.range();
            out.write("  " + paint(DIM, related.file().orElse(file.path()) + ":" + rr.startLine() + ":" + rr.startColumn() + ":")
                    + " note: " + Utf8.sanitize(related.message()) + "\n");
        }
    }

    /** The first line of the range with a caret underline that keeps the line's tabs so it aligns. */
    private void excerpt(Writer out, SourceText source, SourceRange r) throws IOException {
        if (r.startLine() > source.lineCount()) {
            return;
        }
        String line = source.line(r.startLine());
        int start = Math.min(r.startColumn() - 1, line.length());
        int end = r.endLine() == r.startLine() ? Math.min(r.endColumn() - 1, line.length()) : line.length();
        StringBuilder underline = new StringBuilder();
        for (int i = 0; i < start; i++) {
            underline.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        underline.append('^');
        for (int i = start + 1; i < end; i++) {
            underline.append('~');
        }
        out.write("  " + Utf8.sanitize(line).replace("\r", "") + "\n");
        out.write("  " + paint("\u001b[32m", underline.toString()) + "\n");
    }

    private static String summary(long total, SeverityCounts counts, int files, int linted) {
        return total + (total == 1 ? " problem" : " problems") + " (" + counts + ") in " + files
                + (files == 1 ? " file" : " files") + " (" + linted + " linted)";
    }

    private String paint(String code, String text) {
        return Ansi.paint(color, code, text);
    }
}
