package dev.dlint.model;

import java.util.List;
import java.util.Optional;

/** {@code RUN}: its command, heredocs, and typed {@code --mount} specs (network and security are flags). */
public record RunInstruction(InstructionHeader header, Optional<CommandLine> command, List<Heredoc> heredocs, List<Mount> mounts) implements Instruction {
    public RunInstruction {
        heredocs = List.copyOf(heredocs);
        mounts = List.copyOf(mounts);
    }
}
