package dev.dlint.report;

import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Severity;
import dev.dlint.text.SourceRange;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code github} format: GitHub Actions workflow commands, which annotate the pull request and the job without an
 * upload step: {@code ::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=Rule::MESSAGE} ({@code ::warning}
 * for warnings, {@code ::notice} for info and style). Errors come first, because GitHub shows only the first few
 * annotations of each kind per step. Values are escaped as the Actions toolkit does, so no text from a Dockerfile can
 * end a command early or start a new one. When {@code $GITHUB_STEP_SUMMARY} is set, a Markdown table of the findings
 * is appended to the job summary.
 */
public final class GithubReporter implements Reporter {

    private final ReportContext context;

    public GithubReporter(ReportContext context) {
        this.context = context;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        List<String> lines = new ArrayList<>();
        for (FileResult file : report.files()) {
            if (file.readError().isPresent()) {
                lines.add("::error file=" + property(file.path()) + ",title=dlint::"
                        + data("cannot read " + file.path() + ": " + file.readError().get()));
            }
        }
        for (String command : new String[] {"error", "warning", "notice"}) {
            for (FileResult file : report.files()) {
                for (Finding f : file.reported()) {
                    if (command(f.severity()).equals(command)) {
                        lines.add(annotation(command, file.path(), f));
                    }
                }
            }
        }
        for (String line : lines) {
            out.write(line);
            out.write('\n');
        }
        if (context.stepSummary().isPresent()) {
            GithubStepSummary.append(context.stepSummary().get(), report, context.toolVersion());
        }
    }

    private static String annotation(String command, String path, Finding f) {
        SourceRange r = f.range();
        return "::" + command + " file=" + property(path) + ",line=" + r.startLine() + ",col=" + r.startColumn()
                + ",endLine=" + r.endLine() + ",endColumn=" + r.endColumn() + ",title=" + property(f.rule()) + "::"
                + data(f.message());
    }

    /** The workflow command for a severity: error, warning, or notice for info and style. */
    static String command(Severity severity) {
        return severity.inThreeLevels("error", "warning", "notice");
    }

    /** A command's message, escaped as the toolkit's {@code escapeData}: {@code %} first, then CR and LF. */
    static String data(String text) {
        return ReportText.sanitizeControls(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command property value, escaped as the toolkit's {@code escapeProperty}: as data, plus {@code :} and {@code ,}. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
