package dev.dlint.model;

import java.util.Optional;

/** {@code USER user[:group]}, verbatim before expansion. */
public record UserInstruction(InstructionHeader header, Optional<Word> user) implements Instruction {

}
