package dev.dlint.rules.knowledge;

import dev.dlint.model.AddInstruction;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.FileTransfer;
import dev.dlint.model.Instruction;
import dev.dlint.model.Word;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** COPY and ADD from the build context, and whether a source is the broad context rather than specific files. */
public final class ContextCopies {

    private static final Set<String> BROAD = Set.of(".", "./", "*", "./*", "**", "./.", "/", "./**", "**/*");
    private static final Set<String> SOURCE_TREES = Set.of("src", "app", "lib", "cmd", "pkg", "internal", "apps",
            "packages", "source", "sources", "code", "web", "frontend", "backend", "server", "client", "project");

    private ContextCopies() {
    }

    /** The file transfer of a COPY or ADD that reads the build context (no {@code --from}). */
    public static Optional<FileTransfer> fromContext(Instruction instruction) {
        if (instruction instanceof CopyInstruction && instruction.flag("from").isEmpty()) {
            return Optional.of(((CopyInstruction) instruction).transfer());
        }
        if (instruction instanceof AddInstruction) {
            return Optional.of(((AddInstruction) instruction).transfer());
        }
        return Optional.empty();
    }

    /** The first source that copies the whole context or a whole source tree. */
    public static Optional<Word> broadSource(FileTransfer transfer) {
        for (Word source : transfer.sourcePaths()) {
            if (isBroad(source.text())) {
                return Optional.of(source);
            }
        }
        return Optional.empty();
    }

    static boolean isBroad(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.contains("://") || p.startsWith("git@")) {
            return false;
        }
        if (BROAD.contains(p)) {
            return true;
        }
        String trimmed = p.startsWith("./") ? p.substring(2) : p;
        if (trimmed.endsWith("/.")) {
            trimmed = trimmed.substring(0, trimmed.length() - 2);
        }
        boolean directory = trimmed.endsWith("/");
        String name = directory ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        return SOURCE_TREES.contains(name) || (directory && !name.contains("/") && !name.isEmpty()
                && SOURCE_TREES.contains(name));
    }

    /** Manifest names, formatted for a message: "package.json and package-lock.json". */
    public static String listed(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
