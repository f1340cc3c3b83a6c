package dev.dlint.model;

import java.util.List;
import java.util.Optional;

/**
 * {@code RUN}: its command, heredocs, typed {@code --mount} specs (network and security are flags), and the shell code
 * it executes, parsed.
 */
public record RunInstruction(InstructionHeader header, Optional<CommandLine> command, List<Heredoc> heredocs, List<Mount> mounts,
                             ShellCode shell) implements Instruction {
    public RunInstruction {
        heredocs = List.copyOf(heredocs);
        mounts = List.copyOf(mounts);
    }

    /** The commands this RUN executes (empty when its shell is not analysed). */
    public List<RunCommand> commands() {
        return shell.commands();
    }

    /** This instruction with its shell code analysed. */
    public RunInstruction withShell(ShellCode analysed) {
        return new RunInstruction(header, command, heredocs, mounts, analysed);
    }
}
