package dev.dlint.shell.expand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Deep nesting and megabyte inputs finish quickly, without recursion and without backtracking blow-ups. */
class HostileInputTest {

    private static final int MEGABYTE = 1 << 20;
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private final ShellLexer lexer = ShellLexer.withDefaults();

    private static String nestedDefaults(int depth, String innermost, boolean closed) {
        StringBuilder text = new StringBuilder(depth * 7 + innermost.length());
        for (int i = 0; i < depth; i++) {
            text.append("${v").append(i % 10).append(":-");
        }
        text.append(innermost);
        if (closed) {
            text.append("}".repeat(depth));
        }
        return text.toString();
    }

    @Test
    void tenThousandNestedDefaultsOnATinyThreadStack() throws Exception {
        String input = nestedDefaults(10_000, "x", true);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                outcome.set(lexer.process(input, ShellEnvironment.empty()));
            } catch (ShellLexException | RuntimeException | StackOverflowError e) {
                outcome.set(e);
            }
        }, "small-stack", 64 * 1024);
        thread.start();
        thread.join(LIMIT.toMillis());

        assertThat(outcome.get()).isInstanceOfSatisfying(LexResult.class, result -> {
            assertThat(result.word()).isEqualTo("x");
            assertThat(result.unmatched()).containsExactlyInAnyOrder(
                    "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9");
        });
    }

    @Test
    void tenThousandUnclosedNestedDefaultsReportTheOutermostMessage() {
        String input = nestedDefaults(10_000, "${x/y", false);

        assertThatThrownBy(() -> lexer.processWord(input, ShellEnvironment.empty()))
                .isInstanceOfSatisfying(ShellLexException.class,
                        e -> assertThat(e.reason()).isEqualTo("syntax error: missing '}'"));
    }

    @Test
    void megabyteOfNestingInQuotesIsEvaluated() {
        int depth = MEGABYTE / 8;
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            input.append("\"${a:-");
        }
        input.append("deep");
        for (int i = 0; i < depth; i++) {
            input.append("}\"");
        }

        String word = assertTimeoutPreemptively(LIMIT,
                () -> lexer.processWord(input.toString(), ShellEnvironment.empty()));

        assertThat(word).isEqualTo("deep");
    }

    @Test
    void megabyteWordsAndQuotes() {
        String plain = "a".repeat(MEGABYTE);
        String spaced = "ab ".repeat(MEGABYTE / 3);
        String quoted = "'" + "x y".repeat(MEGABYTE / 3) + "'";
        String dollars = "$".repeat(MEGABYTE); // "$$" is the special parameter $, unset here

        assertTimeoutPreemptively(LIMIT, () -> {
            assertThat(lexer.processWord(plain, ShellEnvironment.empty())).hasSize(MEGABYTE);
            assertThat(lexer.processWords(spaced, ShellEnvironment.empty())).hasSize(MEGABYTE / 3);
            assertThat(lexer.processWords(quoted, ShellEnvironment.empty())).hasSize(1);
            assertThat(lexer.processWord(dollars, ShellEnvironment.empty())).isEmpty();
            assertThat(lexer.processWord(dollars + "x", ShellEnvironment.empty())).isEqualTo("x");
        });
    }

    @Test
    void megabyteUnterminatedQuoteFailsQuickly() {
        String input = "\"" + "x".repeat(MEGABYTE);

        assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(
                () -> lexer.processWord(input, ShellEnvironment.empty()))
                .isInstanceOf(ShellLexException.class));
    }

    @Test
    void patternsOnMegabyteValuesDoNotBacktrack() {
        // just under the 1 MiB an expansion may produce
        int as = MEGABYTE - 4096;
        String value = "a".repeat(as) + "\n" + "ab".repeat(1000);
        ShellEnvironment env = ShellEnvironment.of(Map.of("V", value));
        String manyStars = "*a".repeat(50) + "*c";

        assertTimeoutPreemptively(LIMIT, () -> {
            assertThat(lexer.processWord("${V#" + manyStars + "}", env)).isEqualTo(value);
            assertThat(lexer.processWord("${V##*a}", env)).isEqualTo("\n" + "ab".repeat(1000));
            assertThat(lexer.processWord("${V%%\n*}", env)).isEqualTo("a".repeat(as));
            assertThat(lexer.processWord("${V/" + manyStars + "/x}", env)).isEqualTo(value);
            assertThat(lexer.processWord("${V//a/}", env)).isEqualTo("\n" + "b".repeat(1000));
            assertThat(lexer.processWord("${V//?/}", env)).isEqualTo("\n");
            assertThat(lexer.processWord("${V//*/-}", env)).isEqualTo("-\n-");
        });
    }

    @Test
    void megabytePatternAgainstShortValue() {
        String pattern = "?*".repeat(MEGABYTE / 4);
        ShellEnvironment env = ShellEnvironment.of(Map.of("V", "short"));

        assertTimeoutPreemptively(LIMIT, () -> {
            assertThat(lexer.processWord("${V#" + pattern + "}", env)).isEqualTo("short");
            assertThat(lexer.processWord("${V//" + pattern + "/x}", env)).isEqualTo("short");
        });
    }
}
