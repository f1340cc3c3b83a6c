package dev.dlint.attribution;

import dev.dlint.model.Instruction;
import dev.dlint.text.SourceRange;
import java.util.Objects;

/**
 * The Dockerfile instruction that made a layer.
 *
 * @param file        the Dockerfile as the user named it
 * @param instruction the instruction (the FROM line for layers of the base image)
 * @param range       the instruction's range, continuation lines included
 * @param match       how the layer was tied to it
 * @param baseImage   whether the layer comes from the base image named by the FROM line
 * @param note        why the match is uncertain (the history text differs from the line), empty when it is not
 */
public record LayerSource(String file, Instruction instruction, SourceRange range, Match match, boolean baseImage,
                          String note) {

    public LayerSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(note, "note");
    }

    public int line() {
        return range.startLine();
    }

    public int endLine() {
        return range.endLine();
    }

    /** Whether the history text and the line differ, so the match is a best guess. */
    public boolean uncertain() {
        return !note.isEmpty();
    }

    /** {@code Dockerfile:12}, as the tty report and messages show it. */
    public String label() {
        return file + ":" + line();
    }
}
