package dev.dlint.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Absolute paths inside the image: resolving a command's path against WORKDIR and the home directory, and
 * deciding whether a (possibly globbed) deletion touches something a layer wrote.
 */
public final class FsPaths {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)\\}?");

    private FsPaths() {
    }

    /**
     * An absolute, normalised path: {@code ~} and {@code $HOME} become {@code home}, other variables are expanded
     * from {@code variables}, relative paths are resolved against {@code workdir}. Empty when a variable is unknown.
     */
    public static Optional<String> resolve(String path, String workdir, String home, Map<String, String> variables) {
        String p = path;
        if (p.equals("~") || p.startsWith("~/")) {
            p = home + p.substring(1);
        }
        Matcher m = VARIABLE.matcher(p);
        StringBuilder expanded = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals("HOME") ? variables.getOrDefault("HOME", home) : variables.get(name);
            if (value == null) {
                return Optional.empty();
            }
            m.appendReplacement(expanded, Matcher.quoteReplacement(value));
        }
        m.appendTail(expanded);
        p = expanded.toString();
        if (p.isEmpty()) {
            return Optional.empty();
        }
        if (!p.startsWith("/")) {
            p = (workdir.endsWith("/") ? workdir : workdir + "/") + p;
        }
        return Optional.of(normalize(p));
    }

    /** Collapses {@code //}, {@code .} and {@code ..} and drops a trailing slash (keeps {@code /}). */
    public static String normalize(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
                continue;
            }
            parts.add(part);
        }
        return "/" + String.join("/", parts);
    }

    /** Whether {@code ancestor} is {@code path} or one of its parent directories. */
    public static boolean isWithin(String path, String ancestor) {
        return path.equals(ancestor) || ancestor.equals("/") || path.startsWith(ancestor + "/");
    }

    /**
     * Whether deleting {@code deleted} (shell globs allowed) removes anything of what was written at {@code written}:
     * the written path or something below it, or part of a written directory.
     */
    public static boolean deletionTouches(String deleted, String written) {
        if (written.equals("/")) {
            return false; // a copy into / says nothing about which paths it wrote
        }
        if (!hasGlob(deleted)) {
            return isWithin(written, deleted) || isWithin(deleted, written);
        }
        String literalPrefix = deleted.substring(0, firstGlob(deleted));
        String prefixDir = literalPrefix.contains("/") ? literalPrefix.substring(0, literalPrefix.lastIndexOf('/')) : "";
        if (prefixDir.isEmpty()) {
            prefixDir = "/";
        }
        if (isWithin(prefixDir, written) && !prefixDir.equals("/")) {
            return true;
        }
        Pattern glob = Pattern.compile(globRegex(deleted) + "(/.*)?");
        return glob.matcher(written).matches();
    }

    public static boolean hasGlob(String path) {
        return firstGlob(path) < path.length();
    }

    private static int firstGlob(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '*' || c == '?' || c == '[') {
                return i;
            }
        }
        return path.length();
    }

    private static String globRegex(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
