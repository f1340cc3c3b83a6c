package dev.dlint.cli;

import dev.dlint.report.CheckstyleReporter;
import dev.dlint.report.CodacyReporter;
import dev.dlint.report.HadolintJsonReporter;
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
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.TypeConversionException;

/** The report formats of {@code --format}. */
enum OutputFormat {
    TTY, JSON, HADOLINT_JSON, SARIF, CHECKSTYLE, JUNIT, GITLAB, CODECLIMATE, CODACY, GNU, SONARQUBE, GITHUB, COMPACT;

    /** hadolint's name for the GitLab Code Quality format, accepted so hadolint command lines keep working. */
    private static final String HADOLINT_GITLAB = "gitlab_codeclimate";

    /** The format names as users type them, for {@code --help}. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(OutputFormat::userName).iterator();
        }
    }

    /** The name {@code --format} takes: the constant in lower case, with a hyphen for an underscore. */
    String userName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every name {@code --format} takes, hadolint's {@code gitlab_codeclimate} included. */
    static java.util.Set<String> allNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        new Names().forEach(names::add);
        names.add(HADOLINT_GITLAB);
        return names;
    }

    /** The format named {@code name}, in any case; also accepts hadolint's {@code gitlab_codeclimate}. */
    static OutputFormat parse(String name) {
        return find(name).orElseThrow(() -> new TypeConversionException("unknown format '" + name + "'; expected one of "
                + String.join(", ", new Names())));
    }

    /** The format named {@code name} (any case), if there is one. */
    static Optional<OutputFormat> find(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        if (wanted.equals(HADOLINT_GITLAB)) {
            return Optional.of(GITLAB);
        }
        for (OutputFormat format : values()) {
            if (format.userName().equals(wanted)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    Reporter reporter(ReportContext context, boolean color) {
        switch (this) {
            case JSON:
                return new JsonReporter(context.toolVersion());
            case HADOLINT_JSON:
                return new HadolintJsonReporter();
            case CODACY:
                return new CodacyReporter();
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
     * discarded, so with {@code codeclimate} or {@code codacy} among the formats findings exit 0 (as with hadolint).
     * Unreadable inputs and usage errors still fail.
     */
    static boolean findingsNeverFail(List<OutputFormat> formats) {
        return formats.contains(CODECLIMATE) || formats.contains(CODACY);
    }
}
