package dev.dlint.model;

/** {@code ADD}: like COPY, plus URLs, git repositories and archive extraction. */
public record AddInstruction(InstructionHeader header, FileTransfer transfer) implements Instruction {

}
