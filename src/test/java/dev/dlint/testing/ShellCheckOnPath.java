package dev.dlint.testing;

import dev.dlint.shellcheck.ShellChecker;
import org.junit.jupiter.api.Assumptions;

/** The {@code shellcheck} on PATH for tests that need it; they skip with a visible message where it is missing. */
public final class ShellCheckOnPath {

    private ShellCheckOnPath() {
    }

    /** A checker running the installed shellcheck, or a skipped test. */
    public static ShellChecker require() {
        ShellChecker checker = ShellChecker.onPath();
        if (!checker.available()) {
            String message = "shellcheck is not on PATH: this ShellCheck test is skipped (install it: "
                    + ShellChecker.INSTALL + ")";
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        return checker;
    }
}
