package dev.dlint.model;

import java.util.Optional;

/** {@code HEALTHCHECK [options] CMD command} or {@code HEALTHCHECK NONE}. */
public record HealthcheckInstruction(InstructionHeader header, Optional<Word> type, Optional<CommandLine> command) implements Instruction {
    /** Whether this is {@code HEALTHCHECK NONE}. */
    public boolean isNone() {
        return type.map(t -> t.text().equalsIgnoreCase("NONE")).orElse(false);
    }
}
