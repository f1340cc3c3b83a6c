package dev.dlint.shell.script;

import java.util.List;

/** A command built from other commands: subshell, group, {@code if}, loops, {@code case}, or bash {@code (( … ))}. */
public sealed interface CompoundCommand extends Command
        permits Subshell, BraceGroup, IfCommand, ForLoop, WhileLoop, CaseCommand, ArithmeticCommand {

    /** Redirections written after the compound command, e.g. {@code > f} in {@code { echo a; } > f}. */
    List<Redirection> redirections();
}
