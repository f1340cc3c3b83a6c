package dev.dlint.model;

import java.util.Optional;

/** {@code STOPSIGNAL signal}. */
public record StopsignalInstruction(InstructionHeader header, Optional<Word> signal) implements Instruction {

}
