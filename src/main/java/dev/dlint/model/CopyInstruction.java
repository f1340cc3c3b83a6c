package dev.dlint.model;

/** {@code COPY}: copies from the build context, another stage ({@code --from}) or heredocs. */
public record CopyInstruction(InstructionHeader header, FileTransfer transfer) implements Instruction {

}
