package dev.dlint.model;

import java.util.Optional;

/** {@code ENTRYPOINT}: the executable of the container. */
public record EntrypointInstruction(InstructionHeader header, Optional<CommandLine> command) implements Instruction {

}
