package dev.dlint.report;

import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Finding;
import dev.dlint.text.SourceRange;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code junit} format (Jenkins JUnit, GitLab {@code artifacts:reports:junit}, test-report actions): one
 * {@code <testsuite>} per input named by its path, one {@code <testcase>} per finding named
 * {@code "<Rule> at <line>:<column>"} (unique within the suite) with a {@code <failure>} whose type is the severity,
 * and a passing {@code dlint} test case for a clean file. Syntax errors and unreadable inputs are {@code <error>}s.
 * No timestamps or host names, so the output is reproducible.
 */
public final class JunitReporter implements Reporter {

    private static final String SYNTAX_ERROR_RULE = Finding.SYNTAX_ERROR;

    private final ReportContext context;

    public JunitReporter(ReportContext context) {
        this.context = context;
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        int tests = 0;
        int failures = 0;
        int errors = 0;
        StringBuilder suites = new StringBuilder();
        for (FileResult file : report.files()) {
            Counts counts = suite(file, suites);
            tests += counts.tests;
            failures += counts.failures;
            errors += counts.errors;
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"dlint\" tests=\"" + tests + "\" failures=\"" + failures + "\" errors=\"" + errors
                + "\" skipped=\"0\" time=\"0\">\n");
        out.write(suites.toString());
        out.write("</testsuites>\n");
    }

    private static final class Counts {
        int tests;
        int failures;
        int errors;
    }

    private Counts suite(FileResult file, StringBuilder out) {
        Counts counts = new Counts();
        StringBuilder cases = new StringBuilder();
        String path = XmlText.attribute(file.path());
        if (file.readError().isPresent()) {
            counts.tests++;
            counts.errors++;
            String message = "cannot read: " + file.readError().get();
            cases.append("    <testcase classname=\"").append(path).append("\" name=\"dlint\" file=\"").append(path)
                    .append("\" time=\"0\">\n      <error type=\"UnreadableInput\" message=\"")
                    .append(XmlText.attribute(message)).append("\">").append(XmlText.content(message))
                    .append("</error>\n    </testcase>\n");
        } else if (file.reported().isEmpty()) {
            counts.tests++;
            cases.append("    <testcase classname=\"").append(path).append("\" name=\"dlint\" file=\"").append(path)
                    .append("\" time=\"0\"/>\n");
        }
        Map<String, Integer> names = new HashMap<>();
        for (Finding f : file.reported()) {
            SourceRange r = f.range();
            String name = f.rule() + " at " + r.startLine() + ":" + r.startColumn();
            int seen = names.merge(name, 1, Integer::sum);
            if (seen > 1) {
                name = name + " (" + seen + ")";
            }
            boolean error = f.rule().equals(SYNTAX_ERROR_RULE);
            counts.tests++;
            if (error) {
                counts.errors++;
            } else {
                counts.failures++;
            }
            String element = error ? "error" : "failure";
            String type = error ? f.rule() : f.severity().label();
            String details = file.path() + ":" + r.startLine() + ":" + r.startColumn() + ": " + f.severity().label()
                    + " " + f.rule() + ": " + f.message() + "\nSee " + ProjectLinks.ruleDocument(f.rule(),
                    context.toolVersion());
            cases.append("    <testcase classname=\"").append(path).append("\" name=\"")
                    .append(XmlText.attribute(name)).append("\" file=\"").append(path).append("\" line=\"")
                    .append(r.startLine()).append("\" time=\"0\">\n      <").append(element).append(" type=\"")
                    .append(XmlText.attribute(type)).append("\" message=\"")
                    .append(XmlText.attribute(ReportText.firstLine(f.message()))).append("\">")
                    .append(XmlText.content(details)).append("</").append(element).append(">\n    </testcase>\n");
        }
        out.append("  <testsuite name=\"").append(path).append("\" tests=\"").append(counts.tests)
                .append("\" failures=\"").append(counts.failures).append("\" errors=\"").append(counts.errors)
                .append("\" skipped=\"0\" time=\"0\">\n").append(cases).append("  </testsuite>\n");
        return counts;
    }
}
