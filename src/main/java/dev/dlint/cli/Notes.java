package dev.dlint.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Notes for standard error, such as a rule name that is accepted and skipped: each printed once, when it arrives. */
final class Notes implements Consumer<String> {

    private final PrintWriter err;
    private final Set<String> printed = new LinkedHashSet<>();

    Notes(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void accept(String note) {
        if (printed.add(note)) {
            err.println("dlint: note: " + note);
            err.flush();
        }
    }
}
