package dev.dlint.context;

/**
 * One {@code moby/patternmatcher} pattern after {@code New}: its cleaned text, whether it is a {@code !} exclusion,
 * and the matcher {@code compile} chose. Like the original, a pattern with only literal text is compared exactly, a
 * trailing {@code **} after literal text is a prefix test, a leading {@code **} followed by literal text is a suffix
 * test, and everything else goes through the translated regular expression (see {@link #translate}), with its
 * quirks: {@code [...]} and {@code ^} pass into the expression unchanged, so {@code [!a]} is the class of
 * {@code !} and {@code a}, and {@code **} in the middle of a name ({@code a**b}) means "{@code a}, then any
 * directories, then {@code b}".
 */
final class CompiledPattern {

    private enum Kind {
        EXACT, PREFIX, SUFFIX, REGEXP
    }

    private final String cleaned;
    private final boolean exclusion;
    private final Kind kind;
    private final GoRegexp regexp;

    private CompiledPattern(String cleaned, boolean exclusion, Kind kind, GoRegexp regexp) {
        this.cleaned = cleaned;
        this.exclusion = exclusion;
        this.kind = kind;
        this.regexp = regexp;
    }

    /**
     * Compiles a pattern already trimmed and cleaned by {@code New}, without its {@code !}.
     *
     * @throws GoRegexp.SyntaxError when the translated expression does not compile (BuildKit then fails the
     *     transfer with "syntax error in pattern") or uses a construct this reproduction does not model
     */
    static CompiledPattern compile(String cleaned, boolean exclusion) throws GoRegexp.SyntaxError {
        Translation t = translate(cleaned);
        GoRegexp regexp = t.kind == Kind.REGEXP ? GoRegexp.compile(t.regex) : null;
        return new CompiledPattern(cleaned, exclusion, t.kind, regexp);
    }

    String text() {
        return cleaned;
    }

    boolean exclusion() {
        return exclusion;
    }

    /** {@code Pattern.match} on a slash-separated path. */
    boolean matches(String path) {
        switch (kind) {
            case EXACT:
                return path.equals(cleaned);
            case PREFIX:
                return path.startsWith(cleaned.substring(0, cleaned.length() - 2));
            case SUFFIX:
                String suffix = cleaned.substring(2);
                if (path.endsWith(suffix)) {
                    return true;
                }
                return suffix.charAt(0) == '/' && path.equals(suffix.substring(1));
            default:
                return regexp.matches(path);
        }
    }

    private record Translation(Kind kind, String regex) {
    }

    /** {@code Pattern.compile}: the match kind and, for {@link Kind#REGEXP}, the Go expression. */
    private static Translation translate(String pattern) {
        StringBuilder re = new StringBuilder("^");
        Kind kind = Kind.EXACT;
        int[] cps = pattern.codePoints().toArray();
        int at = 0;
        for (int iteration = 0; at < cps.length; iteration++) {
            int ch = cps[at++];
            if (ch == '*') {
                if (at < cps.length && cps[at] == '*') {
                    at++;
                    if (at < cps.length && cps[at] == '/') {
                        at++;
                    }
                    if (at == cps.length) {
                        if (kind == Kind.EXACT) {
                            kind = Kind.PREFIX;
                        } else {
                            re.append(".*");
                            kind = Kind.REGEXP;
                        }
                    } else {
                        re.append("(.*/)?");
                        kind = Kind.REGEXP;
                    }
                    if (iteration == 0) {
                        kind = Kind.SUFFIX;
                    }
                } else {
                    re.append("[^/]*");
                    kind = Kind.REGEXP;
                }
            } else if (ch == '?') {
                re.append("[^/]");
                kind = Kind.REGEXP;
            } else if (".+()|{}$".indexOf(ch) >= 0) {
                re.append('\\').appendCodePoint(ch);
            } else if (ch == '\\') {
                if (at < cps.length) {
                    re.append('\\').appendCodePoint(cps[at++]);
                    kind = Kind.REGEXP;
                } else {
                    re.append('\\');
                }
            } else if (ch == '[' || ch == ']') {
                re.appendCodePoint(ch);
                kind = Kind.REGEXP;
            } else {
                re.appendCodePoint(ch);
            }
        }
        if (kind == Kind.REGEXP) {
            re.append('$');
        }
        return new Translation(kind, re.toString());
    }

    /** The Go expression {@code patternmatcher} builds for {@code pattern}, or the name of its shortcut. */
    static String describe(String pattern) {
        Translation t = translate(pattern);
        return t.kind == Kind.REGEXP ? t.regex : t.kind.name().toLowerCase(java.util.Locale.ROOT) + " " + pattern;
    }
}
