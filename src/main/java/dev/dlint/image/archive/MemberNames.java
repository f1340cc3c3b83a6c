package dev.dlint.image.archive;

import dev.dlint.image.ImageFormatException;
import java.util.ArrayDeque;
import java.util.Deque;

/** Normalisation of member names of the outer archive and of references between members. */
final class MemberNames {
    private MemberNames() {
    }

    /**
     * Normalises a member name: strips {@code ./} and leading {@code /}, collapses {@code //} and {@code .}, resolves
     * {@code ..} and refuses names that climb above the archive root.
     */
    static String normalize(String raw, String context) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : raw.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    throw new ImageFormatException(context, "name '" + raw + "' escapes the archive root");
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** Resolves a symlink target relative to the directory of the link. */
    static String resolveRelative(String linkName, String target) {
        if (target.startsWith("/")) {
            return normalize(target, linkName);
        }
        int slash = linkName.lastIndexOf('/');
        String dir = slash < 0 ? "" : linkName.substring(0, slash + 1);
        return normalize(dir + target, linkName);
    }
}
