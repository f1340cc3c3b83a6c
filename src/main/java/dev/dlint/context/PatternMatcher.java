package dev.dlint.context;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code moby/patternmatcher.PatternMatcher}: an ordered list of patterns where later ones win and {@code !}
 * patterns re-include. It answers both ways BuildKit asks:
 * <ul>
 * <li>{@link #matchesOrParentMatches} — a path is matched when it or any parent directory is matched by a pattern
 * (BuildKit's CopyIgnoredFile check and fsutil's {@code Open});</li>
 * <li>{@link #matchesUsingParentResults} — the same, but a parent only passes on the patterns it was actually
 * tested against (fsutil's walker while sending the context, and the copier's {@code --exclude}). The two differ
 * when a pattern was skipped for a parent because an earlier one had already decided: with {@code a},
 * {@code !a/b}, {@code a} the file {@code a/b} is excluded by the first answer and sent by the second.</li>
 * </ul>
 * Like the original, a pattern is only evaluated when it could change the answer (an exclusion while matched, an
 * inclusion while not).
 */
final class PatternMatcher {

    /** A pattern {@code New} rejects, with its position in the list. */
    static final class InvalidPattern extends Exception {
        private static final long serialVersionUID = 1L;
        final int index;

        InvalidPattern(int index, String message) {
            super(message);
            this.index = index;
        }
    }

    /** One answer: whether the path is matched, which pattern decided (-1: none) and what children inherit. */
    record Answer(boolean matched, int decidedBy, boolean[] inherited) {
    }

    private static final String PATTERN_CHARS = "*[]?^\\";

    private final List<CompiledPattern> patterns;
    private final List<Integer> sourceIndex;
    private final boolean exclusions;

    private PatternMatcher(List<CompiledPattern> patterns, List<Integer> sourceIndex) {
        this.patterns = List.copyOf(patterns);
        this.sourceIndex = List.copyOf(sourceIndex);
        this.exclusions = patterns.stream().anyMatch(CompiledPattern::exclusion);
    }

    /**
     * {@code patternmatcher.New}: trims and cleans every pattern, splits off {@code !}, validates it with
     * {@code filepath.Match(p, ".")} and compiles it. Empty patterns are dropped, as in Go.
     */
    static PatternMatcher compile(List<String> raw) throws InvalidPattern {
        List<CompiledPattern> out = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String p = GoText.trimSpace(raw.get(i));
            if (p.isEmpty()) {
                continue;
            }
            p = GoText.clean(p);
            boolean exclusion = false;
            if (p.charAt(0) == '!') {
                if (p.length() == 1) {
                    throw new InvalidPattern(i, "illegal exclusion pattern: \"!\"");
                }
                exclusion = true;
                p = p.substring(1);
            }
            if (!GoGlob.isValid(p)) {
                throw new InvalidPattern(i, "syntax error in pattern");
            }
            try {
                out.add(CompiledPattern.compile(p, exclusion));
            } catch (GoRegexp.SyntaxError e) {
                throw new InvalidPattern(i, (e.unsupported ? "unsupported pattern: " : "syntax error in pattern: ")
                        + e.getMessage());
            }
            index.add(i);
        }
        return new PatternMatcher(out, index);
    }

    int size() {
        return patterns.size();
    }

    CompiledPattern pattern(int i) {
        return patterns.get(i);
    }

    /** The position in the list given to {@link #compile} of pattern {@code i}. */
    int sourceIndex(int i) {
        return sourceIndex.get(i);
    }

    /** {@code Exclusions()}: whether any pattern starts with {@code !}. */
    boolean exclusions() {
        return exclusions;
    }

    /** {@code MatchesOrParentMatches} on a slash-separated path (not cleaned here). */
    Answer matchesOrParentMatches(String file) {
        boolean matched = false;
        int decided = -1;
        String parent = GoText.dir(file);
        String[] parentDirs = parent.split("/", -1);
        for (int i = 0; i < patterns.size(); i++) {
            CompiledPattern pattern = patterns.get(i);
            if (pattern.exclusion() != matched) {
                continue;
            }
            boolean match = pattern.matches(file);
            if (!match && !parent.equals(".")) {
                StringBuilder prefix = new StringBuilder();
                for (int k = 0; k < parentDirs.length && !match; k++) {
                    if (k > 0) {
                        prefix.append('/');
                    }
                    prefix.append(parentDirs[k]);
                    match = pattern.matches(prefix.toString());
                }
            }
            if (match) {
                matched = !pattern.exclusion();
                decided = i;
            }
        }
        return new Answer(matched, decided, null);
    }

    /**
     * {@code MatchesUsingParentResults}: {@code parent} is what the parent directory's answer passed on, or
     * {@code null} for an entry at the top (then parents are checked the {@link #matchesOrParentMatches} way).
     */
    Answer matchesUsingParentResults(String file, boolean[] parent) {
        boolean matched = false;
        int decided = -1;
        boolean[] info = new boolean[patterns.size()];
        for (int i = 0; i < patterns.size(); i++) {
            CompiledPattern pattern = patterns.get(i);
            boolean match = parent != null && parent[i];
            if (!match) {
                if (pattern.exclusion() != matched) {
                    continue;
                }
                match = pattern.matches(file);
                if (!match && parent == null) {
                    match = anyParentMatches(pattern, file);
                }
            }
            info[i] = match;
            if (match) {
                matched = !pattern.exclusion();
                decided = i;
            }
        }
        return new Answer(matched, decided, info);
    }

    /** The {@link #matchesUsingParentResults} answer for a path, computed down from its first component. */
    Answer walkAnswer(String file) {
        boolean[] parent = null;
        Answer answer = null;
        int from = 0;
        while (true) {
            int slash = file.indexOf('/', from);
            String prefix = slash < 0 ? file : file.substring(0, slash);
            answer = matchesUsingParentResults(prefix, parent);
            if (slash < 0) {
                return answer;
            }
            parent = answer.inherited();
            from = slash + 1;
        }
    }

    private static boolean anyParentMatches(CompiledPattern pattern, String file) {
        String parent = GoText.dir(file);
        if (parent.equals(".")) {
            return false;
        }
        int from = 0;
        while (true) {
            int slash = parent.indexOf('/', from);
            String prefix = slash < 0 ? parent : parent.substring(0, slash);
            if (pattern.matches(prefix)) {
                return true;
            }
            if (slash < 0) {
                return false;
            }
            from = slash + 1;
        }
    }

    /**
     * fsutil's decision for an excluded directory: whether the walker must still go inside because an exclusion
     * pattern could re-include something below it. It always does when some {@code !} pattern has wildcard
     * characters; otherwise only when a {@code !} pattern (without a trailing {@code /**} or {@code /*}) lies
     * below {@code dir}.
     */
    boolean mustWalkExcludedDirectory(String dir) {
        if (!exclusions) {
            return false;
        }
        boolean onlyPrefixExceptions = true;
        for (CompiledPattern p : patterns) {
            if (p.exclusion() && containsAny(withoutTrailingGlob(p.text()), PATTERN_CHARS)) {
                onlyPrefixExceptions = false;
                break;
            }
        }
        if (!onlyPrefixExceptions) {
            return true;
        }
        String dirSlash = dir + "/";
        for (CompiledPattern p : patterns) {
            if (p.exclusion() && (withoutTrailingGlob(p.text()) + "/").startsWith(dirSlash)) {
                return true;
            }
        }
        return false;
    }

    private static String withoutTrailingGlob(String pattern) {
        String p = pattern;
        if (p.endsWith("/**")) {
            p = p.substring(0, p.length() - 3);
        }
        if (p.endsWith("/*")) {
            p = p.substring(0, p.length() - 2);
        }
        return p;
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
