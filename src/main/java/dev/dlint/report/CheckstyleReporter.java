package dev.dlint.report;

import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * The {@code checkstyle} format, as Checkstyle's XML logger writes it: one {@code <file>} per input (clean files
 * too) with one {@code <error>} per finding. Read by reviewdog ({@code -f=checkstyle}), Jenkins warnings-ng and
 * cs2pr. Severities are Checkstyle's own ({@code style} is written as {@code info}); {@code source} is
 * {@code dlint.<Rule>}. An unreadable input is an error from {@code dlint.UnreadableInput} at line 1.
 */
public final class CheckstyleReporter implements Reporter {

    /** The format version consumers expect in the root element. */
    static final String FORMAT_VERSION = "4.3";

    @Override
    public void write(Report report, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<checkstyle version=\"" + FORMAT_VERSION + "\">\n");
        for (FileResult file : report.files()) {
            out.write("  <file name=\"" + XmlText.attribute(file.path()) + "\"");
            if (file.readError().isEmpty() && file.reported().isEmpty()) {
                out.write("/>\n");
                continue;
            }
            out.write(">\n");
            if (file.readError().isPresent()) {
                out.write("    <error line=\"1\" severity=\"error\" message=\""
                        + XmlText.attribute("cannot read: " + file.readError().get())
                        + "\" source=\"dlint.UnreadableInput\"/>\n");
            }
            for (Finding f : file.reported()) {
                out.write("    <error line=\"" + f.range().startLine() + "\" column=\"" + f.range().startColumn()
                        + "\" severity=\"" + severity(f.severity()) + "\" message=\"" + XmlText.attribute(f.message())
                        + "\" source=\"dlint." + XmlText.attribute(f.rule()) + "\"/>\n");
            }
            out.write("  </file>\n");
        }
        out.write("</checkstyle>\n");
    }

    /** Checkstyle knows error, warning, info and ignore. */
    static String severity(Severity severity) {
        return severity.inThreeLevels("error", "warning", "info");
    }
}
