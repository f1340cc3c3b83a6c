package dev.dlint.model;

import java.util.List;
import java.util.Optional;

/** {@code FROM [--platform=…] image [AS name]}: the arguments as written; the resolved base is on {@link Stage}. */
public record FromInstruction(InstructionHeader header, List<Word> arguments, Optional<Word> image, Optional<Word> asKeyword, Optional<Word> stageName) implements Instruction {
    public FromInstruction {
        arguments = List.copyOf(arguments);
    }

    public Optional<Flag> platform() {
        return flag("platform");
    }
}
