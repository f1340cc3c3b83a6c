package dev.dlint.model;

import java.util.List;

/** {@code ENV}: environment variables for later instructions and the container. */
public record EnvInstruction(InstructionHeader header, List<KeyValue> pairs) implements Instruction {
    public EnvInstruction {
        pairs = List.copyOf(pairs);
    }
}
