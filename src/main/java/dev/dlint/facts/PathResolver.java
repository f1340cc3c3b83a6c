package dev.dlint.facts;

import java.util.Map;
import java.util.Optional;

/**
 * Turns a path as a command or instruction writes it into an {@link ImagePaths absolute image path}: {@code ~} and
 * {@code $HOME} become the user's home, known variables their values, {@code ${NAME:-default}} its default when
 * NAME is unknown, and a variable whose value is unknown or empty (a placeholder for a {@code --build-arg}) stays a
 * symbol ({@code ${PKG}}), so {@code COPY $PKG /u01/}
 * and {@code rm /u01/$PKG} still name the same file. Relative paths are resolved against the working directory; a
 * path that starts with an unknown variable is taken as absolute (such variables hold absolute paths in practice).
 */
public final class PathResolver {

    private PathResolver() {
    }

    /** The absolute path, or empty for an empty path, {@code -} (standard input or output) or a device. */
    public static Optional<String> resolve(String path, String workdir, String home, Map<String, String> variables) {
        String p = path;
        if (p.equals("~") || p.startsWith("~/")) {
            p = home + p.substring(1);
        }
        p = expand(p, home, variables);
        if (p.isEmpty() || p.equals("-") || p.startsWith("/dev/")) {
            return Optional.empty();
        }
        if (!p.startsWith("/")) {
            p = p.startsWith("${") ? "/" + p : (workdir.endsWith("/") ? workdir : workdir + "/") + p;
        }
        return Optional.of(ImagePaths.normalize(p));
    }

    /** Replaces {@code $NAME} and {@code ${NAME…}} by values where known, by the symbol {@code ${NAME}} where not. */
    static String expand(String text, String home, Map<String, String> variables) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$' || i + 1 >= text.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '{') {
                int close = text.indexOf('}', i + 2);
                if (close < 0) {
                    out.append(text, i, text.length());
                    break;
                }
                out.append(braced(text.substring(i + 2, close), home, variables));
                i = close + 1;
            } else if (Character.isLetter(next) || next == '_') {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                out.append(value(text.substring(i + 1, end), Optional.empty(), home, variables));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** The body of {@code ${…}}: a name, optionally with {@code :-default} or {@code -default}. */
    private static String braced(String body, String home, Map<String, String> variables) {
        int op = 0;
        while (op < body.length() && (Character.isLetterOrDigit(body.charAt(op)) || body.charAt(op) == '_')) {
            op++;
        }
        String name = body.substring(0, op);
        String rest = body.substring(op);
        Optional<String> fallback = Optional.empty();
        if (rest.startsWith(":-")) {
            fallback = Optional.of(rest.substring(2));
        } else if (rest.startsWith("-")) {
            fallback = Optional.of(rest.substring(1));
        } else if (!rest.isEmpty()) {
            return "${" + body + "}"; // other operators: keep the expression as a symbol
        }
        return name.isEmpty() ? "${" + body + "}" : value(name, fallback, home, variables);
    }

    private static String value(String name, Optional<String> fallback, String home, Map<String, String> variables) {
        String known = name.equals("HOME") ? variables.getOrDefault("HOME", home) : variables.get(name);
        if (known != null && !known.isEmpty()) {
            return known;
        }
        // unknown, or empty: an empty path variable is a placeholder for a --build-arg, so it stays a symbol
        return fallback.filter(f -> !f.isEmpty()).orElse("${" + name + "}");
    }
}
