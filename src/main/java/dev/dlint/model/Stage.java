package dev.dlint.model;

import java.util.List;
import java.util.Optional;

/**
 * A build stage: its FROM instruction, the instructions up to the next FROM, and what it is built on.
 *
 * @param index        0-based position among the stages
 * @param name         the {@code AS} name, lower-cased as BuildKit stores it
 * @param instructions the instructions after FROM, in order
 */
public record Stage(int index, Optional<String> name, FromInstruction from, List<Instruction> instructions,
                    BaseImage base) {

    public Stage {
        instructions = List.copyOf(instructions);
    }

    /** The stage this one is built {@code FROM}, when it is built on an earlier stage. */
    public Optional<Integer> parentStage() {
        return base instanceof BaseImage.StageBase ? Optional.of(((BaseImage.StageBase) base).stageIndex()) : Optional.empty();
    }

    /** The instructions of one kind. */
    public <T extends Instruction> List<T> instructions(Class<T> kind) {
        return instructions.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** A name for messages: {@code stage "build"} or {@code stage 2}. */
    public String displayName() {
        return name.map(n -> "stage \"" + n + "\"").orElse("stage " + index);
    }
}
