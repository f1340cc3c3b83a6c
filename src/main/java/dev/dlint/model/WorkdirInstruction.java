package dev.dlint.model;

import java.util.Optional;

/** {@code WORKDIR path}, verbatim before expansion. */
public record WorkdirInstruction(InstructionHeader header, Optional<Word> path) implements Instruction {

}
