package dev.dlint.context;

import java.util.Objects;

/**
 * One entry of a path catalogue ({@link NeverNeeded}, {@link SecretNames}).
 *
 * @param pattern a {@code filepath.Match} pattern for the entry's name ({@code "*.swp"}), or for its last
 *     segments when it contains {@code /} ({@code ".aws/credentials"})
 * @param appliesTo the kind of entry it describes: {@link EntryKind#FILE}, {@link EntryKind#DIRECTORY}, or
 *     {@link EntryKind#OTHER} for either
 * @param certain whether a match is nearly always right ({@code .git}), or only usually ({@code build/} may be
 *     sources)
 * @param description what it is, for messages ({@code "Git history"})
 */
public record CatalogItem(String pattern, EntryKind appliesTo, boolean certain, String description) {

    public CatalogItem {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(appliesTo, "appliesTo");
        Objects.requireNonNull(description, "description");
    }

    /** Whether the item describes an entry of this kind at this context-relative path. */
    public boolean matches(String path, EntryKind kind) {
        boolean kindFits = appliesTo == EntryKind.OTHER ? kind == EntryKind.FILE || kind == EntryKind.DIRECTORY
                : appliesTo == kind;
        if (!kindFits) {
            return false;
        }
        int segments = pattern.split("/", -1).length;
        String tail = lastSegments(path, segments);
        return tail != null && GoGlob.match(pattern, tail) == GoGlob.Result.MATCH;
    }

    private static String lastSegments(String path, int count) {
        int at = path.length();
        for (int i = 0; i < count; i++) {
            int slash = path.lastIndexOf('/', at - 1);
            if (slash < 0) {
                return i == count - 1 ? path : null;
            }
            at = slash;
        }
        return path.substring(at + 1);
    }
}
