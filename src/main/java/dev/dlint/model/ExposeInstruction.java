package dev.dlint.model;

import java.util.List;

/** {@code EXPOSE}: port specs as written ({@code 80}, {@code 53/udp}, {@code 8000-8010}). */
public record ExposeInstruction(InstructionHeader header, List<Word> ports) implements Instruction {
    public ExposeInstruction {
        ports = List.copyOf(ports);
    }
}
