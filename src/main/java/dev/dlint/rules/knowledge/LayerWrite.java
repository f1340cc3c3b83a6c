package dev.dlint.rules.knowledge;

import dev.dlint.model.Instruction;
import dev.dlint.model.SourceRange;

/**
 * Something an instruction leaves in its layer at a path: package lists, a download, copied files.
 *
 * @param path        the absolute path (a directory means everything below it)
 * @param what        a short description for messages ("apt package lists", "files copied by COPY")
 * @param instruction the instruction whose layer holds it
 * @param range       where it was created (the command or the COPY source)
 * @param copied      true for files added by COPY or ADD
 */
public record LayerWrite(String path, String what, Instruction instruction, SourceRange range, boolean copied) {
}
