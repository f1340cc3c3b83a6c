package dev.dlint.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * Absolute paths inside an image as dlint reasons about them: normalised ({@code /a/b}, no {@code .}, {@code ..} or
 * trailing slash), possibly with shell glob characters ({@code /var/lib/apt/lists/*}, {@code /u01/p*.zip}) and with
 * variables whose value is unknown kept as symbols ({@code /u01/${PKG}}), so that the same variable written in two
 * places still names the same path. Glob matching is per path segment and linear in practice: no regular expression,
 * no exponential backtracking.
 */
public final class ImagePaths {

    private ImagePaths() {
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

    /** Whether {@code ancestor} is {@code path} or one of its parent directories (both literal). */
    public static boolean isWithin(String path, String ancestor) {
        return path.equals(ancestor) || ancestor.equals("/") || path.startsWith(ancestor + "/");
    }

    /** Whether the path has shell glob characters outside variable symbols. */
    public static boolean hasGlob(String path) {
        int depth = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '{' && i > 0 && path.charAt(i - 1) == '$') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (depth == 0 && (c == '*' || c == '?' || c == '[')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether deleting {@code deleted} (globs allowed) removes something that a write at {@code written} left.
     *
     * @param wholeContents true when everything below {@code written} came from the write (a download, a clone, a
     *                      copied directory); false when files were only added into an existing directory, where only
     *                      deleting the directory itself (or a parent) surely removes them
     */
    public static boolean touches(String deleted, String written, boolean wholeContents) {
        if (written.equals("/")) {
            return false; // a write into / says nothing about which paths it wrote
        }
        List<String> d = segments(deleted);
        List<String> w = segments(written);
        if (d.size() <= w.size()) {
            return prefixMatches(d, w); // the deletion is the written path or one of its parents
        }
        return wholeContents && prefixMatches(w, d); // the deletion lies inside the written tree
    }

    /**
     * Whether deleting {@code deleted} (globs allowed) removes all of what a write at {@code written} left: the
     * deletion is the written path or one of its parents, or every entry directly below it ({@code /var/lib/apt/lists/*}).
     * Deleting part of the tree ({@code /var/lib/apt/lists/partial}) does not cover it.
     */
    public static boolean covers(String deleted, String written) {
        List<String> d = segments(deleted);
        List<String> w = segments(written);
        if (d.size() <= w.size()) {
            return !written.equals("/") && prefixMatches(d, w);
        }
        return d.size() == w.size() + 1 && d.get(d.size() - 1).equals("*") && prefixMatches(w, d);
    }

    /** Whether every segment of {@code shorter} matches the segment at the same place in {@code longer}. */
    private static boolean prefixMatches(List<String> shorter, List<String> longer) {
        for (int i = 0; i < shorter.size(); i++) {
            if (!segmentsMatch(shorter.get(i), longer.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether two segments can name the same entry: equal, or one is a glob matching the other. */
    private static boolean segmentsMatch(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        boolean globA = hasGlob(a);
        boolean globB = hasGlob(b);
        if (globA && globB || globA && isSymbol(b) || globB && isSymbol(a)) {
            return true; // two patterns, or a pattern and an unknown variable, may name the same entry
        }
        return globA ? glob(a, b) : globB && glob(b, a);
    }

    /** Whether a segment holds a variable whose value is unknown ({@code ${PKG}}). */
    private static boolean isSymbol(String segment) {
        return segment.contains("${");
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                segments.add(part);
            }
        }
        return segments;
    }

    /**
     * Shell pattern matching of one segment: {@code *}, {@code ?}, {@code [...]} with ranges and {@code !}/{@code ^}
     * negation, {@code \} escapes. The classic two-pointer algorithm: a failed match resumes after the last {@code *},
     * so the cost is at most pattern length times text length.
     */
    static boolean glob(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length()) {
                char c = pattern.charAt(p);
                if (c == '*') {
                    star = p++;
                    resume = t;
                    continue;
                }
                int next = single(pattern, p, text.charAt(t));
                if (next > 0) {
                    p = next;
                    t++;
                    continue;
                }
            }
            if (star < 0) {
                return false;
            }
            p = star + 1;
            t = ++resume;
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    /** The pattern index after the element at {@code p} when it matches {@code c}; 0 when it does not. */
    private static int single(String pattern, int p, char c) {
        char first = pattern.charAt(p);
        if (first == '?') {
            return p + 1;
        }
        if (first == '\\' && p + 1 < pattern.length()) {
            return pattern.charAt(p + 1) == c ? p + 2 : 0;
        }
        if (first == '[') {
            int end = classEnd(pattern, p);
            if (end > 0) {
                return inClass(pattern, p + 1, end, c) ? end + 1 : 0;
            }
        }
        return first == c ? p + 1 : 0;
    }

    /** The index of the {@code ]} closing the class at {@code open}, or 0 when it is not closed (a literal {@code [}). */
    private static int classEnd(String pattern, int open) {
        int i = open + 1;
        if (i < pattern.length() && (pattern.charAt(i) == '!' || pattern.charAt(i) == '^')) {
            i++;
        }
        if (i < pattern.length() && pattern.charAt(i) == ']') {
            i++;
        }
        for (; i < pattern.length(); i++) {
            if (pattern.charAt(i) == ']') {
                return i;
            }
        }
        return 0;
    }

    private static boolean inClass(String pattern, int from, int end, char c) {
        boolean negated = pattern.charAt(from) == '!' || pattern.charAt(from) == '^';
        int i = negated ? from + 1 : from;
        boolean found = false;
        while (i < end) {
            char low = pattern.charAt(i);
            if (i + 2 < end && pattern.charAt(i + 1) == '-') {
                found |= low <= c && c <= pattern.charAt(i + 2);
                i += 3;
            } else {
                found |= low == c;
                i++;
            }
        }
        return found != negated;
    }
}
