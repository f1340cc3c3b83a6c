package dev.dlint.cache;

import dev.dlint.model.Instruction;

/** How instructions are shown: their logical line, whitespace collapsed, cut to a width. */
final class Instructions {

    private Instructions() {
    }

    /** {@code COPY . /app}; longer text ends with {@code …}. */
    static String text(Instruction instruction, int max) {
        String text = instruction.header().logicalLine().strip().replaceAll("\\s+", " ");
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
