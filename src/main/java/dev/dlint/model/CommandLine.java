package dev.dlint.model;

import dev.dlint.text.SourceRange;
import java.util.List;

/** The command of RUN, CMD, ENTRYPOINT, SHELL or HEALTHCHECK CMD: exec form or shell form. */
public sealed interface CommandLine permits CommandLine.Exec, CommandLine.Shell {

    SourceRange range();

    /** {@code ["executable", "arg"]}: the decoded JSON strings, run without a shell. */
    record Exec(List<Word> arguments, SourceRange range) implements CommandLine {
        public Exec {
            arguments = List.copyOf(arguments);
        }
    }

    /** The rest of the line verbatim, given to the stage's shell. */
    record Shell(Word text) implements CommandLine {
        @Override
        public SourceRange range() {
            return text.range();
        }
    }
}
