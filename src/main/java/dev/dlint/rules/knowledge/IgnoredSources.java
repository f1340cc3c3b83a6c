package dev.dlint.rules.knowledge;

import dev.dlint.context.DockerIgnore;
import dev.dlint.context.IgnorePattern;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Whether a {@code .dockerignore} excludes a COPY/ADD source, decided as BuildKit's CopyIgnoredFile check decides it
 * ({@code dockerfile2llb/validations.go}): the path, cleaned, or a parent directory of it matches; {@code .} and
 * {@code /} (the whole context) count when a pattern excludes everything ({@code *}, {@code **}, {@code **}{@code /*}); and a
 * {@code !} pattern that could re-include something at or below the path makes the answer unknowable, so no.
 */
public final class IgnoredSources {

    private IgnoredSources() {
    }

    public static boolean excluded(String source, DockerIgnore ignore) {
        String path = cleaned(source);
        boolean root = path.equals(".") || path.equals("/");
        if (negatedAtOrBelow(path, ignore)) {
            return false;
        }
        return root ? rootIgnored(ignore) : ignore.excludes(path);
    }

    /** Go's {@code filepath.Clean} of the path with forward slashes, as the check cleans it. */
    public static String cleaned(String source) {
        boolean rooted = source.startsWith("/");
        Deque<String> parts = new ArrayDeque<>();
        for (String part : source.split("/+")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..") && !parts.isEmpty() && !parts.peekLast().equals("..")) {
                parts.removeLast();
            } else if (!(part.equals("..") && rooted)) {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        return rooted ? "/" + joined : joined.isEmpty() ? "." : joined;
    }

    private static boolean rootIgnored(DockerIgnore ignore) {
        return ignore.patterns().stream().anyMatch(p -> !p.exclusion()
                && (p.pattern().equals("*") || p.pattern().equals("**") || p.pattern().equals("**/*")));
    }

    private static boolean negatedAtOrBelow(String path, DockerIgnore ignore) {
        String src = path.startsWith("/") ? path.substring(1) : path.equals(".") ? "" : path;
        for (IgnorePattern pattern : ignore.patterns()) {
            if (!pattern.exclusion()) {
                continue;
            }
            String[] elements = pattern.pattern().split("/");
            int wildcardAt = -1;
            for (int i = 0; i < elements.length && wildcardAt < 0; i++) {
                wildcardAt = elements[i].matches(".*[*?\\[].*") ? i : -1;
            }
            String prefix = wildcardAt < 0 ? pattern.pattern()
                    : String.join("/", Arrays.copyOfRange(elements, 0, wildcardAt));
            if (atOrBelow(prefix, src) || (wildcardAt >= 0 && atOrBelow(src, prefix))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code path} is {@code base} or inside it; the empty base (the context root) holds everything. */
    private static boolean atOrBelow(String path, String base) {
        return base.isEmpty() || path.equals(base) || path.startsWith(base + "/");
    }
}
