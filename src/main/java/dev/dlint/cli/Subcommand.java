package dev.dlint.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Throws {@link CommandLine.ParameterException} for invalid option combinations (exit code 2). */
    void validate() {
    }

    abstract ExitCode execute();

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Refuses a {@code --config} that names no regular file, saying so rather than reporting it as invalid. */
    void requireConfigFile(Path config) {
        if (config == null || Files.isRegularFile(config)) {
            return;
        }
        throw usageError("--config " + config + ": " + (Files.exists(config) ? "not a regular file" : "no such file"));
    }

    CommandLine.ParameterException usageError(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
