package dev.dlint.facts;

import dev.dlint.model.Instruction;
import dev.dlint.text.SourceRange;

/**
 * Something an instruction leaves in its layer at a path: package lists, a download, copied files.
 *
 * @param path          the absolute path (a directory means everything below it)
 * @param what          a short description for messages ("apt package lists", "files copied by COPY")
 * @param instruction   the instruction whose layer holds it
 * @param range         where it was created (the command or the COPY source)
 * @param copied        true for files added by COPY or ADD
 * @param wholeContents true when everything below the path came from this write (a download, a clone, a cache, a
 *                      copied directory); false when files were only added into an existing directory
 *                      ({@code tar -C /opt}), so deleting one file below it need not touch this write
 */
public record LayerWrite(String path, String what, Instruction instruction, SourceRange range, boolean copied,
                         boolean wholeContents) {

    /** Whether deleting {@code deleted} removes bytes this write left. */
    public boolean touchedBy(String deleted) {
        if (wholeContents) {
            return FsPaths.deletionTouches(deleted, path);
        }
        return !path.equals("/") && FsPaths.isWithin(path, deleted);
    }

    /** How precisely this write matches a path: an exact path beats a deep directory beats a shallow one. */
    public int specificity(String other) {
        return path.equals(other) ? Integer.MAX_VALUE : path.length();
    }
}
