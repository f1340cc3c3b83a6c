package dev.dlint.shellcheck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.testing.ShellCheckOnPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Running ShellCheck: positions in the script, the names declared for it, one process for many scripts, results kept,
 * and what is said when it is missing or fails. Tests that run it skip where it is not installed.
 */
class ShellCheckerTest {

    @Test
    void aMissingShellCheckChecksNothingAndSaysSoOnce() {
        ShellChecker checker = ShellChecker.absent();
        ShellCheckInput input = new ShellCheckInput("echo $1", Dialect.SH, List.of());
        assertThat(checker.check(List.of(input))).isEmpty();
        assertThat(checker.check(List.of(input))).isEmpty();
        assertThat(checker.notes()).singleElement().asString().contains("shellcheck is not on PATH")
                .contains("apt-get install shellcheck");
        assertThat(checker.processes()).isZero();
    }

    @Test
    void nothingToCheckIsNoReasonForANote() {
        ShellChecker checker = ShellChecker.absent();
        assertThat(checker.check(List.of())).contains(Map.of());
        assertThat(checker.notes()).isEmpty();
    }

    @Test
    void anExecutableThatCannotRunIsOneNoteAndNoFindings() {
        ShellChecker checker = ShellChecker.at(Path.of("/nonexistent/shellcheck"));
        assertThat(checker.check(List.of(new ShellCheckInput("echo $1", Dialect.SH, List.of())))).isEmpty();
        assertThat(checker.notes()).singleElement().asString().contains("could not be run");
    }

    @Test
    void commentsArePlacedInTheScript() {
        ShellChecker checker = ShellCheckOnPath.require();
        String script = "x=\"😀\"; echo \"$x\" $undefined_one\n\tcd /tmp; echo `date`";
        ShellCheckInput input = new ShellCheckInput(script, Dialect.SH, List.of());
        List<ShellCheckComment> comments = checker.check(List.of(input)).orElseThrow().get(input);
        assertThat(comments).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("SC2154");
            assertThat(script.substring(c.start(), c.end())).isEqualTo("$undefined_one");
        });
        assertThat(comments).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("SC2164");
            assertThat(script.substring(c.start(), c.end())).isEqualTo("cd /tmp");
        });
        assertThat(comments).anySatisfy(c -> {
            assertThat(c.code()).isEqualTo("SC2006");
            assertThat(script.substring(c.start(), c.end())).isEqualTo("`date`");
            assertThat(c.level()).isEqualTo("style");
        });
    }

    @Test
    void declaredNamesAreAssignedAndTheAppendedLineReportsNothing() {
        ShellChecker checker = ShellCheckOnPath.require();
        ShellCheckInput declared = new ShellCheckInput("echo \"$app_home\"; exit 0", Dialect.SH, List.of("app_home"));
        ShellCheckInput undeclared = new ShellCheckInput("echo \"$app_home\"; exit 0", Dialect.SH, List.of());
        Map<ShellCheckInput, List<ShellCheckComment>> results = checker.check(List.of(declared, undeclared)).orElseThrow();
        assertThat(results.get(declared)).as("no SC2154, no SC2317 for the unreachable export").isEmpty();
        assertThat(results.get(undeclared)).extracting(ShellCheckComment::code).containsExactly("SC2154");
    }

    @Test
    void aParseErrorAtTheEndOfTheFileStaysInTheScript() {
        ShellChecker checker = ShellCheckOnPath.require();
        String script = "if true; then echo \"$a\"";
        ShellCheckInput input = new ShellCheckInput(script, Dialect.SH, List.of("a"));
        List<ShellCheckComment> comments = checker.check(List.of(input)).orElseThrow().get(input);
        assertThat(comments).isNotEmpty().allSatisfy(c -> assertThat(c.end()).isLessThanOrEqualTo(script.length()))
                .anyMatch(ShellCheckComment::fromParser);
    }

    @Test
    void manyScriptsOfOneDialectCostOneProcessAndResultsAreKept() {
        ShellChecker checker = ShellCheckOnPath.require();
        List<ShellCheckInput> inputs = List.of(new ShellCheckInput("echo $1", Dialect.BASH, List.of()),
                new ShellCheckInput("echo $2", Dialect.BASH, List.of()),
                new ShellCheckInput("echo $3", Dialect.BASH, List.of()));
        checker.prefetch(inputs);
        assertThat(checker.processes()).isEqualTo(1);
        Optional<Map<ShellCheckInput, List<ShellCheckComment>>> again = checker.check(inputs.subList(1, 3));
        assertThat(checker.processes()).as("no new process for scripts already checked").isEqualTo(1);
        assertThat(again.orElseThrow().get(inputs.get(2))).extracting(ShellCheckComment::code).containsExactly("SC2086");
        checker.check(List.of(new ShellCheckInput("echo $1", Dialect.SH, List.of())));
        assertThat(checker.processes()).as("another dialect is another process").isEqualTo(2);
        assertThat(checker.notes()).isEmpty();
    }

    @Test
    void scriptsStartedAheadAreCheckedOnceAndCollectedLater() {
        ShellChecker checker = ShellCheckOnPath.require();
        ShellCheckInput first = new ShellCheckInput("echo $1", Dialect.SH, List.of());
        ShellCheckInput second = new ShellCheckInput("cd /tmp; ls", Dialect.SH, List.of());
        checker.start(List.of(first, second));
        checker.start(List.of(second));
        assertThat(checker.processes()).as("a script started ahead is not started again").isEqualTo(1);
        Map<ShellCheckInput, List<ShellCheckComment>> results = checker.check(List.of(second, first)).orElseThrow();
        assertThat(checker.processes()).isEqualTo(1);
        assertThat(results.get(first)).extracting(ShellCheckComment::code).containsExactly("SC2086");
        assertThat(results.get(second)).extracting(ShellCheckComment::code).containsExactly("SC2164");
        assertThat(checker.notes()).isEmpty();
    }

    @Test
    void aRunStartedAheadThatNoCheckCollectsIsSettledWithItsDirectoryRemoved() throws Exception {
        ShellChecker checker = ShellCheckOnPath.require();
        String prefix = "dlint-shellcheck-" + ProcessHandle.current().pid() + "-";
        checker.start(List.of(new ShellCheckInput("echo $9", Dialect.SH, List.of())));
        assertThat(scriptDirectories(prefix)).hasSize(1);
        checker.settle();
        assertThat(scriptDirectories(prefix)).isEmpty();
        assertThat(checker.notes()).isEmpty();
    }

    private static List<Path> scriptDirectories(String prefix) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    @Test
    void aRunStartedAheadThatCannotStartIsOneNote() {
        ShellChecker checker = ShellChecker.at(Path.of("/nonexistent/shellcheck"));
        ShellCheckInput input = new ShellCheckInput("echo $1", Dialect.SH, List.of());
        checker.start(List.of(input));
        assertThat(checker.check(List.of(input))).isEmpty();
        assertThat(checker.notes()).singleElement().asString().contains("could not be run");
    }

    @Test
    void theDialectDecidesWhatIsPortable() {
        ShellChecker checker = ShellCheckOnPath.require();
        ShellCheckInput sh = new ShellCheckInput("echo \"$RANDOM\"", Dialect.SH, List.of());
        ShellCheckInput bash = new ShellCheckInput("echo \"$RANDOM\"", Dialect.BASH, List.of());
        Map<ShellCheckInput, List<ShellCheckComment>> results = checker.check(List.of(sh, bash)).orElseThrow();
        assertThat(results.get(sh)).extracting(ShellCheckComment::code).containsExactly("SC3028");
        assertThat(results.get(bash)).isEmpty();
    }
}
