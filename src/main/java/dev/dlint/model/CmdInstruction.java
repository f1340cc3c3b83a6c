package dev.dlint.model;

import java.util.Optional;

/** {@code CMD}: the default command of the container. */
public record CmdInstruction(InstructionHeader header, Optional<CommandLine> command) implements Instruction {

}
