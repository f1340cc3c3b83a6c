package dev.dlint.shell.expand;

/** The pattern operators: {@code ${v#p}} {@code ${v##p}} {@code ${v%p}} {@code ${v%%p}} {@code ${v/p/r}} {@code ${v//p/r}}. */
final class PatternSubstitution {

    private PatternSubstitution() {
    }

    /** Removes the shortest (or longest) prefix of {@code value} that matches {@code pattern}. */
    static String trimPrefix(String value, String pattern, boolean longest) throws InvalidPatternException {
        int end = compile(pattern).matchAt(value, 0, longest);
        return end < 0 ? value : value.substring(end);
    }

    /**
     * Removes the shortest (or longest) suffix of {@code value} that matches {@code pattern}. As in BuildKit,
     * this trims a prefix of the reversed value with the reversed pattern, so an invalid pattern is
     * reported in its reversed form.
     */
    static String trimSuffix(String value, String pattern, boolean longest) throws InvalidPatternException {
        return reverse(trimPrefix(reverse(value), reversePattern(pattern), longest));
    }

    /** Replaces the leftmost (longest) match with {@code replacement}, taken literally. */
    static String replaceFirst(String value, String pattern, String replacement) throws InvalidPatternException {
        int[] match = compile(pattern).findLeftmostLongest(value, 0);
        if (match == null) {
            return value;
        }
        return value.substring(0, match[0]) + replacement + value.substring(match[1]);
    }

    /**
     * Replaces every match the way Go's {@code Regexp.ReplaceAllString} does: matches do not overlap, an
     * empty match right after a previous match is skipped, and {@code replacement} is a template in which
     * {@code $0} stands for the matched text (see {@link ReplacementTemplate}).
     */
    static String replaceAll(String value, String pattern, String replacement) throws InvalidPatternException {
        return replaceAll(value, pattern, replacement, Integer.MAX_VALUE - 16);
    }

    /** {@link #replaceAll(String, String, String)}, stopping with a size failure once the result passes {@code limit}. */
    static String replaceAll(String value, String pattern, String replacement, int limit)
            throws InvalidPatternException {
        GlobPattern glob = compile(pattern);
        ReplacementTemplate template = new ReplacementTemplate(replacement);
        StringBuilder out = new StringBuilder(value.length());
        int lastMatchEnd = 0;
        int searchFrom = 0;
        while (searchFrom <= value.length()) {
            int[] match = glob.findLeftmostLongest(value, searchFrom);
            if (match == null) {
                break;
            }
            out.append(value, lastMatchEnd, match[0]);
            if (match[1] > lastMatchEnd || match[0] == 0) {
                template.appendExpansion(out, value.substring(match[0], match[1]));
            }
            lastMatchEnd = match[1];
            if (out.length() > limit) {
                throw LexFailure.tooLarge(limit);
            }
            searchFrom = nextSearchStart(value, searchFrom, match[1]);
        }
        return out.append(value, lastMatchEnd, value.length()).toString();
    }

    /** Moves past the match, and always by at least one character. */
    private static int nextSearchStart(String value, int searchFrom, int matchEnd) {
        int width = searchFrom < value.length() ? Character.charCount(value.codePointAt(searchFrom)) : 0;
        if (searchFrom + width > matchEnd) {
            return searchFrom + width;
        }
        if (searchFrom + 1 > matchEnd) {
            return searchFrom + 1;
        }
        return matchEnd;
    }

    /** Reverses a pattern but keeps each escape pair in order: {@code a\*c} becomes {@code c\*a}. */
    static String reversePattern(String pattern) {
        int[] characters = pattern.codePoints().toArray();
        int[] reversed = new int[characters.length];
        int last = characters.length - 1;
        for (int i = 0; i <= last; ) {
            int target = last - i;
            if (characters[i] == '\\' && i != last) {
                reversed[target - 1] = '\\';
                reversed[target] = characters[i + 1];
                i += 2;
            } else {
                reversed[target] = characters[i];
                i++;
            }
        }
        return new String(reversed, 0, reversed.length);
    }

    /** Reverses a string by code points. */
    static String reverse(String text) {
        int[] characters = text.codePoints().toArray();
        for (int i = 0, j = characters.length - 1; i < j; i++, j--) {
            int swap = characters[i];
            characters[i] = characters[j];
            characters[j] = swap;
        }
        return new String(characters, 0, characters.length);
    }

    private static GlobPattern compile(String pattern) throws InvalidPatternException {
        try {
            return GlobPattern.compile(pattern);
        } catch (InvalidPatternException e) {
            throw new InvalidPatternException("invalid pattern (" + pattern + ") in substitution: " + e.getMessage());
        }
    }
}
