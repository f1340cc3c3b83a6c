package dev.dlint.model;

import java.util.List;

/** {@code VOLUME}: mount points, JSON or whitespace-separated. */
public record VolumeInstruction(InstructionHeader header, List<Word> paths, boolean jsonForm) implements Instruction {
    public VolumeInstruction {
        paths = List.copyOf(paths);
    }
}
