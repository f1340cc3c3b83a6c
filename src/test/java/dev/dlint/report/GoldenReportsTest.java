package dev.dlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.Report;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every format renders the sample report byte for byte as its golden file in {@code testdata/reports/}. After an
 * intended change, regenerate them with {@code mvn test -Dtest=GoldenReportsTest -Ddlint.updateGolden=true} and
 * review the diff.
 */
class GoldenReportsTest {

    private static final boolean UPDATE = Boolean.getBoolean("dlint.updateGolden");

    static Stream<Arguments> formats() {
        ReportContext context = SampleReports.context();
        return Stream.of(
                Arguments.of("sample.sarif", new SarifReporter(context)),
                Arguments.of("sample.json", new JsonReporter(SampleReports.VERSION)),
                Arguments.of("sample.tty.txt", new TtyReporter(false)),
                Arguments.of("sample.checkstyle.xml", new CheckstyleReporter()),
                Arguments.of("sample.junit.xml", new JunitReporter(context)),
                Arguments.of("sample.gitlab.json", new CodeQualityReporter(context, CodeQualityReporter.Framing.GITLAB)),
                Arguments.of("sample.codeclimate.nul", new CodeQualityReporter(context,
                        CodeQualityReporter.Framing.CODECLIMATE)),
                Arguments.of("sample.gnu.txt", new GnuReporter()),
                Arguments.of("sample.sonarqube.json", new SonarQubeReporter(context)),
                Arguments.of("sample.github.txt", new GithubReporter(context)),
                Arguments.of("sample.compact.txt", new CompactReporter()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void rendersTheGoldenFile(String golden, Reporter reporter) throws IOException {
        StringWriter out = new StringWriter();
        reporter.write(SampleReports.report(), out);
        assertGolden(golden, out.toString());
        if (golden.endsWith(".sarif")) {
            SarifChecks.check("golden", out.toString());
        }
    }

    @Test
    void githubStepSummary(@TempDir Path dir) throws IOException {
        Path summary = dir.resolve("summary.md");
        Files.writeString(summary, "earlier step\n");
        ReportContext context = SampleReports.context().withStepSummary(Optional.of(summary));
        new GithubReporter(context).write(SampleReports.report(), new StringWriter());
        String written = Files.readString(summary, StandardCharsets.UTF_8);
        assertThat(written).startsWith("earlier step\n### dlint\n");
        assertGolden("sample.github-summary.md", written.substring("earlier step\n".length()));
    }

    @Test
    void cleanReportInEveryFormat() throws IOException {
        Report clean = new Report(java.util.List.of(SampleReports.report().files().get(0)));
        StringBuilder all = new StringBuilder();
        for (Arguments arguments : formats().toList()) {
            StringWriter out = new StringWriter();
            ((Reporter) arguments.get()[1]).write(clean, out);
            all.append("==> ").append(arguments.get()[0]).append(" <==\n").append(out);
        }
        assertGolden("clean.all-formats.txt", all.toString());
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = SharedFiles.projectRoot().resolve("testdata/reports").resolve(name);
        if (UPDATE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (create it with -Ddlint.updateGolden=true)", name).exists();
        assertThat(actual).as("output differs from %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
