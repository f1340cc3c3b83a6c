package dev.dlint.model;

import java.util.Optional;

/** {@code SHELL ["executable", "parameters"]}: the shell for later shell-form commands. */
public record ShellInstruction(InstructionHeader header, Optional<CommandLine> command) implements Instruction {

}
