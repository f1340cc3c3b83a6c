package dev.dlint.cli;

import dev.dlint.report.CheckstyleReporter;
import dev.dlint.report.CodeQualityReporter;
import dev.dlint.report.CompactReporter;
import dev.dlint.report.GithubReporter;
import dev.dlint.report.GnuReporter;
import dev.dlint.report.JsonReporter;
import dev.dlint.report.JunitReporter;
import dev.dlint.report.ReportContext;
import dev.dlint.report.Reporter;
import dev.dlint.report.SarifReporter;
import dev.dlint.report.SonarQubeReporter;
import dev.dlint.report.TtyReporter;
import java.util.List;

/** The report formats of {@code --format}. */
enum OutputFormat {
    TTY, JSON, SARIF, CHECKSTYLE, JUNIT, GITLAB, CODECLIMATE, GNU, SONARQUBE, GITHUB, COMPACT;

    Reporter reporter(ReportContext context, boolean color) {
        switch (this) {
            case JSON:
                return new JsonReporter(context.toolVersion());
            case SARIF:
                return new SarifReporter(context);
            case CHECKSTYLE:
                return new CheckstyleReporter();
            case JUNIT:
                return new JunitReporter(context);
            case GITLAB:
                return new CodeQualityReporter(context, CodeQualityReporter.Framing.GITLAB);
            case CODECLIMATE:
                return new CodeQualityReporter(context, CodeQualityReporter.Framing.CODECLIMATE);
            case GNU:
                return new GnuReporter();
            case SONARQUBE:
                return new SonarQubeReporter(context);
            case GITHUB:
                return new GithubReporter(context);
            case COMPACT:
                return new CompactReporter();
            default:
                return new TtyReporter(color);
        }
    }

    /**
     * Whether findings must not fail the run: a Code Climate engine that exits non-zero has all its results
     * discarded, so with {@code codeclimate} among the formats findings exit 0 (as with hadolint). Unreadable inputs
     * and usage errors still fail.
     */
    static boolean findingsNeverFail(List<OutputFormat> formats) {
        return formats.contains(CODECLIMATE);
    }
}
