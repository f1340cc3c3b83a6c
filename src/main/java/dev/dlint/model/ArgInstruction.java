package dev.dlint.model;

import java.util.List;

/** {@code ARG}: build arguments, each with an optional default. */
public record ArgInstruction(InstructionHeader header, List<ArgDeclaration> declarations) implements Instruction {
    public ArgInstruction {
        declarations = List.copyOf(declarations);
    }
}
