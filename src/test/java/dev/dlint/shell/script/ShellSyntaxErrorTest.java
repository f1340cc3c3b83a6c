package dev.dlint.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShellSyntaxErrorTest {

    /** Parses, checks the invariants every result must satisfy, and walks the commands. */
    private static ParsedScript parseHostile(String source) {
        ParsedScript parsed = ShellParser.parse(source);
        assertThat(parsed.errors()).noneMatch(e -> e.message().startsWith("internal"));
        assertThat(parsed.errors()).allSatisfy(e -> assertThat(e.offset()).isBetween(0, source.length()));
        assertThat(parsed.errors().size()).isLessThanOrEqualTo(ParseSession.MAX_ERRORS + 1);
        assertThat(parsed.script().end()).isLessThanOrEqualTo(source.length());
        for (CommandInContext command : parsed.commands()) {
            assertThat(command.command().end()).isLessThanOrEqualTo(source.length());
        }
        return parsed;
    }

    private static List<String> messages(ParsedScript parsed) {
        return parsed.errors().stream().map(ShellSyntaxError::message).collect(Collectors.toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '~', value = {
        "echo 'unterminated # unterminated single quote # 5",
        "echo \"unterminated # unterminated double quote # 5",
        "echo `date # unterminated backquote # 5",
        "echo $(date # unterminated command substitution # 5",
        "echo ${x # unterminated parameter expansion # 5",
        "echo $'abc # unterminated $' quote # 5",
        "(cd /x # expected ')' to close '(' # 0",
        "{ echo a # expected '}' to close '{' # 0",
        "if true; then echo # expected 'fi' to close 'if' # 0",
        "if true; echo; fi # expected 'then' # 15",
        "while true; do echo # expected 'done' to close 'while' # 0",
        "for i in 1 2; echo; done # expected 'do' # 14",
        "case x in a) echo # expected 'esac' to close 'case' # 0",
        "case x in a echo;; esac # expected ')' after a case pattern # 12",
        "echo a ) # unexpected ')' # 7",
        "fi # unexpected 'fi' # 0",
        "done; echo ok # unexpected 'done' # 0",
        "echo a ;; echo b # unexpected ';;' # 7",
        "&& echo # unexpected '&&' # 0",
        "echo a && # missing command after '&&' # 7",
        "echo a | # missing command after '|' # 7",
        "echo > # missing target after '>' # 5",
        "cat <<EOF # here-document 'EOF' has no body # 4",
        "[[ -f x # expected ']]' to close '[[' # 0",
        "f() echo # expected a compound command # 4",
        "a=(x y # unterminated array # 2",
        "a=(x; y) # unterminated array # 2",
    })
    void reportsTheProblemAndItsOffset(String source, String message, int offset) {
        ParsedScript parsed = parseHostile(source);

        assertThat(parsed.errors()).anySatisfy(error -> {
            assertThat(error.message()).contains(message);
            assertThat(error.offset()).isEqualTo(offset);
        });
    }

    @Test
    void unterminatedHereDocumentRunsToTheEnd() {
        String source = "cat <<EOF\nline\nno end";
        ParsedScript parsed = parseHostile(source);

        assertThat(messages(parsed)).containsExactly("here-document 'EOF' is not terminated");
        SimpleCommand cat = (SimpleCommand) parsed.script().statements().get(0).pipelines().get(0).commands().get(0);
        assertThat(cat.redirections().get(0).hereDocument().orElseThrow().end()).isEqualTo(source.length());
    }

    @Test
    void partialTreeKeepsTheCommandsBeforeAndAfterAnError() {
        ParsedScript parsed = parseHostile("apt-get update && ) && apt-get install -y x\nrm -rf /tmp/*");

        assertThat(parsed.hasErrors()).isTrue();
        assertThat(parsed.commands()).extracting(c -> c.command().name().orElse("")).containsExactly("apt-get", "apt-get", "rm");
    }

    @Test
    void missingDoneInsideIfDoesNotSwallowTheFi() {
        ParsedScript parsed = parseHostile("if a; then while b; do c; fi; echo after");

        assertThat(messages(parsed)).containsExactly("expected 'done' to close 'while', found 'fi'");
        assertThat(parsed.commands()).extracting(c -> c.command().name().orElse("")).containsExactly("a", "b", "c", "echo");
    }

    @Test
    void strayOperatorsProduceOneErrorEach() {
        ParsedScript parsed = parseHostile("a && || b");

        assertThat(messages(parsed)).containsExactly("missing command after '&&'", "unexpected '||'");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void megabyteOfOpeningParentheses() {
        ParsedScript parsed = parseHostile("(".repeat(1 << 20));

        assertThat(messages(parsed)).anyMatch(ShellSyntaxErrorTest::isDepthLimit);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void megabyteOfClosingParentheses() {
        ParsedScript parsed = parseHostile(")".repeat(1 << 20));

        assertThat(parsed.errors()).hasSize(ParseSession.MAX_ERRORS + 1);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void hundredThousandCommandSubstitutions() {
        ParsedScript parsed = parseHostile("echo " + "$(".repeat(100_000));

        assertThat(messages(parsed)).anyMatch(ShellSyntaxErrorTest::isDepthLimit);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void otherDeepNestings() {
        for (String unit : List.of("${x:-", "\"$(", "`", "{ ", "if a; then ", "while ", "case x in a) ", "$((", "((", "f() { ",
                "a=$(", "sh -c '", "[[ ", "<<")) {
            parseHostile(unit.repeat(50_000));
        }
    }

    /** A compound command nested too deeply stops the parse; a substitution nested too deeply is skipped. */
    private static boolean isDepthLimit(String message) {
        return message.startsWith("nesting deeper than") || message.startsWith("nested deeper than");
    }

    /** The stack of a thread started without an explicit size on 64-bit Linux, Windows and macOS. */
    private static final long DEFAULT_THREAD_STACK = 1024 * 1024;

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void legalNestingJustBelowTheLimitParsesInADefaultSizedStack() {
        int depth = ParseSession.MAX_DEPTH - 10;
        String source = "echo " + "$(echo ".repeat(depth) + "x" + ")".repeat(depth);
        runInThread(DEFAULT_THREAD_STACK, () -> {
            ParsedScript parsed = ShellParser.parse(source);
            assertThat(parsed.errors()).isEmpty();
            assertThat(parsed.commands()).hasSize(depth + 1);
        });
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void nestingBeyondTheLimitStopsWithAnErrorInADefaultSizedStack() {
        for (String unit : List.of("(", "{ ", "$(", "\"$(", "${x:-", "\"${x:-", "if a; then ", "while a; do ", "case x in a) ",
                "f() { ", "a=$(", "echo $(", "a | (", "x && (", "<<A $(")) {
            String source = unit.repeat(ParseSession.MAX_DEPTH + 10);
            runInThread(DEFAULT_THREAD_STACK, () -> {
                ParsedScript parsed = parseHostile(source);
                assertThat(messages(parsed)).as(unit).anyMatch(ShellSyntaxErrorTest::isDepthLimit);
            });
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void quarterMegabyteOfRepeatedSiblings() {
        for (String unit : List.of("x=$(cat <<A) ", "`cat <<A\n` ", "'", "\"", "\\", "$(a) ", "${a} ", "<<", ";", "a=(",
                "case x in ", "cat <<A\n", "`'` ", "$((1)) ", "{ a; } ", "[[ ", "sh -c 'sh -c x' ")) {
            long started = System.nanoTime();
            parseHostile(unit.repeat((1 << 18) / unit.length()));
            assertThat(System.nanoTime() - started).as(unit).isLessThan(TimeUnit.SECONDS.toNanos(3));
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void manyHereDocumentsOnOneLine() {
        parseHostile("cat" + " <<A".repeat(100_000) + "\nA\n");
        parseHostile(("cat <<A $(cat <<B $(").repeat(5_000));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void longArithmeticLookingInput() {
        parseHostile("((" + "(".repeat(500_000));
        parseHostile("$((" + "1+".repeat(500_000));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void nulBytesAndControlCharacters() {
        ParsedScript parsed = parseHostile("echo \u0000\u0001 \u0000; \u0000 && ls\u0000");
        assertThat(parsed.errors()).isEmpty();
        parseHostile("\u0000".repeat(100_000));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomBytes() {
        Random random = new Random(42);
        String alphabet = "()'\"`${}\\|&;<>\n #-=!*[]abcxyz019\t\r\u0000é";
        for (int round = 0; round < 3_000; round++) {
            int length = random.nextInt(200);
            StringBuilder source = new StringBuilder();
            for (int i = 0; i < length; i++) {
                source.append(round % 2 == 0
                        ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) random.nextInt(256));
            }
            parseHostile(source.toString());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomMutationsOfRealisticScripts() {
        String seed = "set -eux; apt-get update && apt-get install -y curl \"$(cat x)\" `id` ${a:-b} $((1+2)) 2>&1 | tee log; "
                + "if [ -f x ]; then rm x; elif y; then :; else z; fi; for f in a b; do echo $f; done; "
                + "case $x in a|b) echo;; *) ;; esac; (cd /x && make) & { a; } > f; f() { g; }; "
                + "cat <<'EOF' > /x\nbody\nEOF\nsu app -c 'npm ci' && sh -c \"echo \\\"q\\\"\"; [[ a && b ]]\n";
        Random random = new Random(7);
        for (int round = 0; round < 3_000; round++) {
            StringBuilder source = new StringBuilder(seed);
            int edits = 1 + random.nextInt(5);
            for (int e = 0; e < edits && source.length() > 0; e++) {
                int at = random.nextInt(source.length());
                switch (random.nextInt(3)) {
                    case 0:
                        source.deleteCharAt(at);
                        break;
                    case 1:
                        source.insert(at, seed.charAt(random.nextInt(seed.length())));
                        break;
                    default:
                        source.setLength(at);
                        break;
                }
            }
            parseHostile(source.toString());
        }
    }

    private static void runInThread(long stackSize, Runnable task) {
        Thread thread = new Thread(null, task, "default-stack", stackSize);
        Throwable[] failure = new Throwable[1];
        thread.setUncaughtExceptionHandler((t, e) -> failure[0] = e);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        if (failure[0] instanceof Error) {
            throw (Error) failure[0];
        }
        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
    }
}
