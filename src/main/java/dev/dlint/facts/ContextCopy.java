package dev.dlint.facts;

import dev.dlint.context.CopySelection;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import java.util.Objects;

/**
 * One COPY or ADD source read from the build context in a stage the build runs, and what BuildKit takes for it.
 *
 * @param stage       the stage
 * @param instruction the COPY (without {@code --from}) or ADD
 * @param source      the source word as written
 * @param path        the source after variable expansion; empty when it depends on a variable without a value
 *                    (the selection is then {@code UNKNOWN})
 * @param selection   what it copies from the context
 */
public record ContextCopy(Stage stage, Instruction instruction, Word source, String path, CopySelection selection) {

    public ContextCopy {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(selection, "selection");
    }
}
