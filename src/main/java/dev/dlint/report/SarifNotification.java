package dev.dlint.report;

import dev.dlint.text.SourceRange;
import java.util.Optional;

/**
 * A SARIF {@code toolExecutionNotification}: something about the run itself rather than about the code, such as a
 * file that could not be read. Notifications never become code scanning alerts.
 *
 * @param kind    which problem
 * @param message what happened, one or two sentences
 * @param path    the reported path of the file concerned
 * @param region  where in the file, when known
 */
record SarifNotification(Kind kind, String message, Optional<String> path, Optional<SourceRange> region) {

    /** The notifications dlint writes, each declared once in {@code tool.driver.notifications}. */
    enum Kind {
        UNREADABLE_INPUT("UnreadableInput", "error", "An input could not be read, so it was not linted.",
                "Check that the path exists, is a regular file, is readable, and is smaller than 64 MiB."),
        PARSE_ERROR("ParseError", "warning",
                "A Dockerfile has syntax errors that BuildKit rejects; the rest of it was linted.",
                "Fix the SyntaxError results: docker build stops at the first of them."),
        UNNAMED_STDIN("UnnamedStandardInput", "warning",
                "Findings in standard input are left out because it has no path.",
                "Name the input with --stdin-filename PATH, the path of the file relative to the repository root."),
        RESULTS_TRUNCATED("ResultsTruncated", "warning",
                "There were more results than GitHub accepts in one run; only the most severe are listed.",
                "Fix or suppress the most frequent findings, or lint the repository in parts with one "
                        + "--sarif-category each.");

        final String id;
        final String level;
        final String description;
        final String help;

        Kind(String id, String level, String description, String help) {
            this.id = id;
            this.level = level;
            this.description = description;
            this.help = help;
        }
    }
}
