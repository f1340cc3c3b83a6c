package dev.dlint.cache;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed since the build whose cache is reused: files of the build context and build arguments whose value
 * differs.
 *
 * @param files context-relative paths, {@code /}-separated, without {@code ./} (a directory stands for everything
 *     below it)
 * @param args names of build arguments whose value changes
 */
public record ChangeSet(Set<String> files, Set<String> args) {

    public ChangeSet {
        files = Set.copyOf(files);
        args = Set.copyOf(args);
    }

    /**
     * A change set with every path normalised ({@code ./a//b/} becomes {@code a/b}); the context root ({@code .})
     * becomes {@code ""}, which stands for every file.
     */
    public static ChangeSet of(Collection<String> files, Collection<String> args) {
        Set<String> paths = new TreeSet<>();
        for (String file : files) {
            paths.add(normalize(file));
        }
        return new ChangeSet(paths, new TreeSet<>(args));
    }

    /** Nothing changed. */
    public static ChangeSet none() {
        return new ChangeSet(Set.of(), Set.of());
    }

    public boolean isEmpty() {
        return files.isEmpty() && args.isEmpty();
    }

    /** A context-relative path cleaned: no {@code .} or empty segments, {@code ..} resolved, no leading slash. */
    static String normalize(String path) {
        String[] parts = path.replace('\\', '/').split("/");
        java.util.ArrayDeque<String> kept = new java.util.ArrayDeque<>();
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                kept.pollLast();
            } else {
                kept.addLast(part);
            }
        }
        return String.join("/", kept);
    }
}
