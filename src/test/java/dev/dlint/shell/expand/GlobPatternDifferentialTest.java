package dev.dlint.shell.expand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.text.GoQuote;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link GlobPattern} with the regular expression BuildKit would build from the same glob, run
 * by {@code java.util.regex}, which has the same leftmost-first, greedy/lazy priorities as Go's regexp.
 * {@code UNIX_LINES} makes {@code .} exclude only {@code \n}, like Go's default.
 */
class GlobPatternDifferentialTest {

    private static final String PATTERN_ALPHABET = "ab?*\n";
    private static final String TEXT_ALPHABET = "ab\n";

    private final Random random = new Random(20250306);

    @Test
    void anchoredMatchesAgreeWithRegularExpressions() throws InvalidPatternException {
        for (int i = 0; i < 20_000; i++) {
            String glob = randomText(PATTERN_ALPHABET, 6);
            String text = randomText(TEXT_ALPHABET, 8);
            for (boolean longest : new boolean[] {true, false}) {
                Matcher matcher = regex(glob, longest).matcher(text);
                int expected = matcher.lookingAt() ? matcher.end() : -1;

                assertThat(GlobPattern.compile(glob).matchAt(text, 0, longest))
                        .as("%s on %s, longest=%s", escape(glob), escape(text), longest)
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void unanchoredSearchesAgreeWithRegularExpressions() throws InvalidPatternException {
        for (int i = 0; i < 20_000; i++) {
            String glob = randomText(PATTERN_ALPHABET, 6);
            String text = randomText(TEXT_ALPHABET, 8);
            int from = random.nextInt(text.length() + 1);
            Matcher matcher = regex(glob, true).matcher(text);
            int[] expected = matcher.find(from) ? new int[] {matcher.start(), matcher.end()} : null;

            assertThat(GlobPattern.compile(glob).findLeftmostLongest(text, from))
                    .as("%s on %s from %d", escape(glob), escape(text), from)
                    .isEqualTo(expected);
        }
    }

    private static Pattern regex(String glob, boolean greedy) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(greedy ? ".*" : ".*?");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.UNIX_LINES);
    }

    private String randomText(String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static String escape(String text) {
        return GoQuote.quote(text);
    }
}
