package dev.dlint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a RUN instruction executes: the parsed scripts when the stage's shell is a POSIX shell (shell form, heredoc
 * bodies a shell runs, and exec-form argv), nothing when it is PowerShell, cmd or another program.
 *
 * @param commands every simple command, in source order, including those in nested {@code sh -c} strings
 */
public record ShellCode(Kind kind, List<ShellScript> scripts, List<RunCommand> commands) {

    /** The shell the stage runs commands with. */
    public enum Kind {
        /** sh, bash, dash, ash, zsh, busybox: the scripts are analysed. */
        POSIX,
        /** PowerShell or cmd (a {@code SHELL} instruction or a Windows base image): not analysed. */
        WINDOWS,
        /** A {@code SHELL} that is not a known shell. */
        OTHER
    }

    public ShellCode {
        scripts = List.copyOf(scripts);
        commands = List.copyOf(commands);
    }

    /** The code of these scripts, with their commands listed once. */
    public ShellCode(Kind kind, List<ShellScript> scripts) {
        this(kind, scripts, listCommands(scripts));
    }

    public static ShellCode none(Kind kind) {
        return new ShellCode(kind, List.of(), List.of());
    }

    public boolean isAnalysed() {
        return kind == Kind.POSIX;
    }

    /** Every simple command, in source order, including those in nested {@code sh -c} strings. */
    private static List<RunCommand> listCommands(List<ShellScript> scripts) {
        List<RunCommand> commands = new ArrayList<>();
        for (ShellScript script : scripts) {
            script.parsed().commands().forEach(c -> commands.add(new RunCommand(script, c)));
        }
        return commands;
    }
}
