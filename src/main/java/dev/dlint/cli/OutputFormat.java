package dev.dlint.cli;

import dev.dlint.report.JsonReporter;
import dev.dlint.report.Reporter;
import dev.dlint.report.TtyReporter;

/** The report formats of {@code --format}. */
enum OutputFormat {
    TTY, JSON;

    Reporter reporter(boolean color) {
        switch (this) {
            case JSON:
                return new JsonReporter(Version.current());
            default:
                return new TtyReporter(color);
        }
    }
}
