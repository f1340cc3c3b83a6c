package dev.dlint.facts;

import dev.dlint.model.Instruction;
import dev.dlint.text.SourceRange;
import java.util.Optional;

/**
 * Something an instruction leaves in its layer at a path: package lists and caches, a download, a clone, an unpacked
 * archive, a build tree, copied files.
 *
 * @param path          the absolute path (a directory means everything below it); may hold globs and variable
 *                      symbols (see {@link ImagePaths})
 * @param what          a short description for messages ("the apt package lists from `apt-get update`")
 * @param instruction   the instruction whose layer holds it
 * @param range         where it was created (the command, or the COPY source)
 * @param kind          what kind of write it is
 * @param wholeContents true when everything below the path came from this write (a download, a clone, a cache, a
 *                      copied directory); false when files were only added into an existing directory
 *                      ({@code tar -C /opt}), so deleting one file below it need not touch this write
 * @param owner         for COPY/ADD, the {@code --chown} value
 * @param mode          for COPY/ADD, the {@code --chmod} value
 */
public record LayerWrite(String path, String what, Instruction instruction, SourceRange range, Kind kind,
                         boolean wholeContents, Optional<String> owner, Optional<String> mode) {

    /** What kind of write. */
    public enum Kind {
        /** Files added by COPY or ADD. */
        COPIED,
        /** A package manager's lists or cache. */
        PACKAGE_CACHE,
        /** A file downloaded by curl or wget. */
        DOWNLOAD,
        /** A repository cloned by git. */
        CLONE,
        /** Files unpacked from an archive. */
        UNPACKED,
        /** A directory made by mkdir (or useradd), empty unless something is written into it. */
        MADE_DIRECTORY,
        /** A directory made in a RUN, entered with cd and built in. */
        BUILD_TREE,
        /** A file written by a redirection, cp or mv. */
        WRITTEN
    }

    public static LayerWrite of(String path, String what, Instruction instruction, SourceRange range, Kind kind,
                                boolean wholeContents) {
        return new LayerWrite(path, what, instruction, range, kind, wholeContents, Optional.empty(), Optional.empty());
    }

    /** Whether COPY or ADD wrote it. */
    public boolean copied() {
        return kind == Kind.COPIED;
    }

    /** Whether it is an empty directory: deleting or chown-ing it costs nothing. */
    public boolean isEmptyDirectory() {
        return kind == Kind.MADE_DIRECTORY;
    }

    /** Whether deleting {@code deleted} removes bytes this write left. */
    public boolean touchedBy(String deleted) {
        return ImagePaths.touches(deleted, path, wholeContents);
    }

    /** How precisely this write matches a path: an exact path beats a deep directory beats a shallow one. */
    public int specificity(String other) {
        return path.equals(other) ? Integer.MAX_VALUE : path.length();
    }

    /** This write, now a build tree (a directory that a build in the same RUN filled). */
    LayerWrite asBuildTree() {
        return new LayerWrite(path, "the build tree in " + path, instruction, range, Kind.BUILD_TREE, true, owner, mode);
    }
}
