package dev.dlint.model;

import java.util.Optional;

/** {@code MAINTAINER} (deprecated): the author, verbatim. */
public record MaintainerInstruction(InstructionHeader header, Optional<Word> maintainer) implements Instruction {

}
