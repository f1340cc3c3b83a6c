package dev.dlint.rules.knowledge;

import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;

/** An instruction as messages quote it: its first line, trimmed, cut at a length. */
public final class InstructionText {

    private InstructionText() {
    }

    /** {@code "COPY . ."}, or {@code "COPY --chown=app:app src/ …"} when longer than {@code max} characters. */
    public static String firstLine(Dockerfile dockerfile, Instruction instruction, int max) {
        String line = dockerfile.source().line(instruction.range().startLine()).strip();
        if (line.endsWith(String.valueOf(dockerfile.escape()))) {
            line = line.substring(0, line.length() - 1).strip() + " …";
        }
        return line.length() <= max ? line : line.substring(0, max).strip() + " …";
    }
}
