package dev.dlint.shellcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ShellCheck's lines and columns (code points, a tab as one column) as offsets of a Java string. */
class ScriptPositionsTest {

    @Test
    void linesAndColumnsAreOneBased() {
        ScriptPositions positions = new ScriptPositions("echo a\necho $b\n");
        assertThat(positions.offset(1, 1)).isZero();
        assertThat(positions.offset(2, 6)).isEqualTo(12);
    }

    @Test
    void aTabIsOneColumnAndACharacterOutsideTheBasicPlaneIsOne() {
        String text = "\t\techo 😀 $x";
        ScriptPositions positions = new ScriptPositions(text);
        assertThat(positions.offset(1, 3)).isEqualTo(text.indexOf("echo"));
        assertThat(positions.offset(1, 10)).isEqualTo(text.indexOf("$x"));
    }

    @Test
    void positionsPastALineOrTheTextAreClamped() {
        ScriptPositions positions = new ScriptPositions("ab\ncd");
        assertThat(positions.offset(1, 40)).isEqualTo(2);
        assertThat(positions.offset(7, 1)).isEqualTo(5);
        assertThat(positions.offset(0, 0)).isZero();
    }

    @Test
    void inputsDeclareValidNamesOnceAfterTheScript() {
        ShellCheckInput input = new ShellCheckInput("echo \"$b\"", Dialect.SH, List.of("b", "a", "b", "not-a-name", "9x"));
        assertThat(input.assigned()).containsExactly("a", "b");
        assertThat(input.fileText()).isEqualTo("echo \"$b\"\n\nexport a b\n");
        assertThat(new ShellCheckInput("true", Dialect.BASH, List.of()).fileText()).isEqualTo("true\n");
    }

    @Test
    void dialectsFollowTheShell() {
        assertThat(Dialect.forShell("bash")).contains(Dialect.BASH);
        assertThat(Dialect.forShell("ash")).contains(Dialect.SH);
        assertThat(Dialect.forShell("mksh")).contains(Dialect.KSH);
        assertThat(Dialect.forShell("zsh")).isEmpty();
        assertThat(Dialect.forShell("pwsh")).isEmpty();
    }
}
