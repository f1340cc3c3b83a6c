package dev.dlint.model;

/** A line whose keyword is not an instruction; BuildKit rejects it. */
public record UnknownInstruction(InstructionHeader header) implements Instruction {

}
