package dev.dlint.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** A subcommand: validates its options, then executes and returns an {@link ExitCode}. */
@picocli.CommandLine.Command
abstract class Subcommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The environment the command reads ({@code COLUMNS}, {@code DIVE_RULES_*}, {@code PATH}); tests give their own. */
    Map<String, String> environment = System.getenv();

    @Override
    public final Integer call() {
        validate();
        return execute().code();
    }

    /** Throws {@link #usageError} for invalid option combinations (exit code 2). */
    void validate() {
    }

    abstract ExitCode execute();

    /** Where the command writes without picocli ({@link QuickLint}); picocli's writers otherwise. */
    PrintWriter quickOut;
    PrintWriter quickErr;

    PrintWriter out() {
        return spec == null ? quickOut : spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec == null ? quickErr : spec.commandLine().getErr();
    }

    /**
     * The exception for invalid option combinations: picocli's, which prints the message and exits with 2; without
     * picocli ({@link QuickLint}), one that makes the caller parse the arguments again with picocli, which reports it.
     */
    RuntimeException usageError(String message) {
        return spec == null ? new QuickLint.Declined(message) : new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
