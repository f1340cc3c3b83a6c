package dev.dlint.cache;

import dev.dlint.context.CopySelection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one COPY/ADD source or one RUN bind mount takes from the build context, ready to be asked which changed files
 * it selects.
 *
 * @param label how messages name it ({@code COPY source "src/"}, {@code --mount=type=bind source "a.txt"})
 * @param selection the context package's answer; empty when the source cannot be resolved statically
 * @param paths the selected entries (files, symlinks)
 * @param directories every directory above a selected entry, so a changed directory matches what lies below it
 */
record ContextRead(String label, Optional<CopySelection> selection, Set<String> paths, Set<String> directories) {

    ContextRead {
        paths = Set.copyOf(paths);
        directories = Set.copyOf(directories);
    }

    static ContextRead of(String label, CopySelection selection) {
        Set<String> paths = new HashSet<>(selection.paths());
        Set<String> directories = new HashSet<>();
        for (String path : paths) {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                if (!directories.add(path.substring(0, slash))) {
                    break;
                }
            }
        }
        return new ContextRead(label, Optional.of(selection), paths, directories);
    }

    /** A source whose value depends on a variable without a value: any changed file may be what it selects. */
    static ContextRead unresolved(String label) {
        return new ContextRead(label, Optional.empty(), Set.of(), Set.of());
    }

    boolean isUnresolved() {
        return selection.isEmpty() || selection.get().outcome() == dev.dlint.context.CopyOutcome.UNKNOWN;
    }

    /** The changed files this source selects, in order. */
    List<String> matches(Set<String> changed) {
        if (isUnresolved()) {
            return List.copyOf(new TreeSet<>(changed));
        }
        Set<String> matched = new TreeSet<>();
        for (String path : changed) {
            if (paths.contains(path) || directories.contains(path) || path.isEmpty() && !paths.isEmpty()) {
                matched.add(path);
            }
        }
        return List.copyOf(matched);
    }
}
