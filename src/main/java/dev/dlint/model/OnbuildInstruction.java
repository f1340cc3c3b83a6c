package dev.dlint.model;

import java.util.Optional;

/** {@code ONBUILD}: an instruction run when another build uses this image as its base. */
public record OnbuildInstruction(InstructionHeader header, Optional<Instruction> trigger) implements Instruction {

}
