package dev.dlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Severity;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The line-oriented formats: github workflow commands, gnu and compact. */
class LineFormatsTest {

    private static String render(Reporter reporter, String path, String message) throws IOException {
        Finding finding = Finding.of("NoisyEcho", Severity.WARNING, message, new SourceRange(1, 1, 1, 5));
        Report report = new Report(List.of(new FileResult(path, Optional.of(SourceText.of("FROM x\n")),
                List.of(finding), Optional.empty(), Severity.INFO)));
        StringWriter out = new StringWriter();
        reporter.write(report, out);
        return out.toString();
    }

    @Test
    void githubEscapesDataAndPropertiesAsTheToolkitDoes() {
        assertThat(GithubReporter.data("100% done\r\nnext")).isEqualTo("100%25 done%0D%0Anext");
        assertThat(GithubReporter.data("%0A")).isEqualTo("%250A");
        assertThat(GithubReporter.property("a:b,c%d\ne")).isEqualTo("a%3Ab%2Cc%25d%0Ae");
    }

    @Test
    void textFromADockerfileCannotInjectAWorkflowCommand() throws IOException {
        String output = render(new GithubReporter(SampleReports.context()), "evil,title=x:y/Dockerfile",
                "image\n::add-mask::secret\r::stop-commands::token");
        assertThat(output.split("\n", -1)).hasSize(2);
        assertThat(output).startsWith("::warning file=evil%2Ctitle=x%3Ay/Dockerfile,line=1,col=1,endLine=1,"
                + "endColumn=5,title=NoisyEcho::image%0A::add-mask::secret%0D::stop-commands::token\n");
    }

    @Test
    void githubListsErrorsBeforeWarningsBeforeNotices() throws IOException {
        SourceText text = SourceText.of("a\nb\nc\n");
        List<Finding> findings = List.of(
                Finding.of("A", Severity.STYLE, "style", new SourceRange(1, 1, 1, 2)),
                Finding.of("B", Severity.WARNING, "warning", new SourceRange(2, 1, 2, 2)),
                Finding.of("C", Severity.ERROR, "error", new SourceRange(3, 1, 3, 2)));
        Report report = new Report(List.of(new FileResult("Dockerfile", Optional.of(text), findings, Optional.empty(), Severity.INFO)));
        StringWriter out = new StringWriter();
        new GithubReporter(SampleReports.context()).write(report, out);
        assertThat(out.toString().lines().map(l -> l.substring(0, l.indexOf(' '))))
                .containsExactly("::error", "::warning", "::notice");
    }

    @Test
    void stepSummaryEscapesMarkdownAndHtml() {
        assertThat(GithubStepSummary.cell("a|b <script> *x* [l](u) `c`\nd"))
                .isEqualTo("a\\|b \\<script\\> \\*x\\* \\[l\\](u) \\`c\\` d");
    }

    @Test
    void gnuAndCompactKeepEachFindingOnOneLine() throws IOException {
        assertThat(render(new GnuReporter(), "Dockerfile", "two\nlines\u0007"))
                .isEqualTo("Dockerfile:1:1: warning: two lines\uFFFD [NoisyEcho]\n");
        assertThat(render(new CompactReporter(), "Dockerfile", "two\r\nlines"))
                .isEqualTo("Dockerfile:1:1: warning NoisyEcho: two lines\n");
    }
}
