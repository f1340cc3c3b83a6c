package dev.dlint.model;

import java.util.List;

/** {@code LABEL}: image metadata. */
public record LabelInstruction(InstructionHeader header, List<KeyValue> pairs) implements Instruction {
    public LabelInstruction {
        pairs = List.copyOf(pairs);
    }
}
