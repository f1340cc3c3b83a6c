package dev.dlint.command;

import java.util.List;
import java.util.Objects;

/**
 * A directory (or file pattern) where a package manager keeps downloads or metadata that end up in an image layer.
 *
 * @param path         an absolute path ({@code /var/lib/apt/lists}) or, when {@code homeRelative}, a path below the
 *                     user's home ({@code .cache/pip}); may end in a {@code *} pattern ({@code /var/cache/apt/*.bin})
 * @param homeRelative whether {@code path} is below the home directory of the user running the command
 */
public record CacheDirectory(String path, boolean homeRelative) {
    public CacheDirectory {
        Objects.requireNonNull(path, "path");
        if (homeRelative == path.startsWith("/")) {
            throw new IllegalArgumentException("home-relative paths are relative, others absolute: " + path);
        }
    }

    /** Parses {@code ~/.cache/pip} or {@code /var/cache/apk}. */
    static CacheDirectory of(String text) {
        return text.startsWith("~/") ? new CacheDirectory(text.substring(2), true) : new CacheDirectory(text, false);
    }

    /** How it is usually written: {@code ~/.cache/pip}, {@code /var/cache/apk}. */
    public String display() {
        return homeRelative ? "~/" + path : path;
    }

    /** The absolute path for a user whose home is {@code home} ({@code /root}). */
    public String resolve(String home) {
        if (!homeRelative) {
            return path;
        }
        return (home.endsWith("/") ? home : home + "/") + path;
    }

    /**
     * Absolute patterns for finding the cache in an image's filesystem: the path itself, or for a home-relative one
     * {@code /root/…} and {@code /home/*}{@code /…}, {@code *} matching one path segment.
     */
    public List<String> imagePatterns() {
        return homeRelative ? List.of("/root/" + path, "/home/*/" + path) : List.of(path);
    }

    /**
     * Whether a cache or tmpfs mount at {@code target} keeps this cache out of the layer: the target is the cache's directory
     * or one of its parents ({@code /var/cache/apt} covers {@code /var/cache/apt/archives}).
     */
    public boolean coveredBy(String target, String home) {
        String mount = normalize(target);
        String cache = normalize(resolve(home));
        int star = cache.indexOf('*');
        String fixed = star < 0 ? cache : cache.substring(0, cache.lastIndexOf('/', star));
        return mount.equals("/") || fixed.equals(mount) || fixed.startsWith(mount + "/");
    }

    private static String normalize(String path) {
        String trimmed = path.strip();
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
