package dev.dlint.context;

import java.util.Optional;

/**
 * containerd/continuity's {@code fs.RootPath}: resolves every symlink along a path as if the root were {@code /}.
 * Absolute link targets start again at the root, {@code ..} never climbs above it, a missing component ends the
 * resolution (the rest is joined as written), and more than 255 links is an error. BuildKit resolves
 * {@code COPY} sources this way, so a link can never lead a copy out of the build context.
 */
final class RootPaths {

    /** How paths are looked up: the target of the symlink at a rooted path ({@code "/a/b"}), if it is one. */
    @FunctionalInterface
    interface Links {
        Optional<String> target(String rootedPath);
    }

    /** More than 255 symlinks on the way. */
    static final class TooManyLinks extends Exception {
        private static final long serialVersionUID = 1L;

        TooManyLinks(String path) {
            super("too many levels of symbolic links: " + path);
        }
    }

    private static final int MAX_LINKS = 255;

    private RootPaths() {
    }

    /** The rooted, clean path {@code path} leads to, with all symlinks (including the last component) followed. */
    static String resolve(String path, Links links) throws TooManyLinks {
        return resolve(GoText.rooted(path), links, new int[1], path);
    }

    /** The rooted path with the symlinks in its directories followed but not a final symlink itself. */
    static String resolveParent(String path, Links links) throws TooManyLinks {
        String rooted = GoText.rooted(path);
        if (rooted.equals("/")) {
            return rooted;
        }
        int slash = rooted.lastIndexOf('/');
        String dir = resolve(rooted.substring(0, Math.max(slash, 1)), links, new int[1], path);
        return join(dir, rooted.substring(slash + 1));
    }

    private static String resolve(String rooted, Links links, int[] walked, String original) throws TooManyLinks {
        if (rooted.equals("/")) {
            return rooted;
        }
        int slash = rooted.lastIndexOf('/');
        String dir = slash == 0 ? "/" : rooted.substring(0, slash);
        String file = rooted.substring(slash + 1);
        String newDir = resolve(dir, links, walked, original);
        if (walked[0] > MAX_LINKS) {
            throw new TooManyLinks(original);
        }
        String candidate = join(newDir, file);
        Optional<String> target = links.target(candidate);
        if (target.isEmpty()) {
            return candidate;
        }
        walked[0]++;
        String next = target.get();
        String joined = next.startsWith("/") ? GoText.rooted(next) : GoText.rooted(join(newDir, next));
        return resolve(joined, links, walked, original);
    }

    private static String join(String dir, String name) {
        return GoText.clean(dir + "/" + name);
    }

    /** The context-relative form of a rooted path: {@code "/a/b"} → {@code "a/b"}, {@code "/"} → {@code ""}. */
    static String relative(String rooted) {
        return rooted.equals("/") ? "" : rooted.substring(1);
    }
}
