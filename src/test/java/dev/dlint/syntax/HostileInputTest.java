package dev.dlint.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.model.Diagnostic;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.RunInstruction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bad input never throws, hangs or overflows: every case ends in a model with diagnostics. The timeouts only guard
 * against hangs; speed is measured by the benchmark, not here.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

    private static Dockerfile parse(String text) {
        return Dockerfiles.parse("Dockerfile", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Dockerfile parse(byte[] bytes) {
        return Dockerfiles.parse("Dockerfile", bytes);
    }

    private static String errors(Dockerfile d) {
        return String.join("\n", d.diagnostics().stream().filter(Diagnostic::error).map(Diagnostic::message).toList());
    }

    @Test
    void emptyFileIsAFileWithNoInstructions() {
        Dockerfile d = parse("");
        assertThat(d.instructions()).isEmpty();
        assertThat(errors(d)).isEqualTo("file with no instructions");
    }

    @Test
    void commentOnlyFileIsAFileWithNoInstructions() {
        Dockerfile d = parse("# just a comment\n\n   # another\n");
        assertThat(d.comments()).hasSize(2);
        assertThat(errors(d)).isEqualTo("file with no instructions");
    }

    @Test
    void binaryGarbageParsesToDiagnostics() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            Dockerfile d = parse(bytes);
            assertThat(d.diagnostics()).allSatisfy(diag -> assertThat(diag.message()).isNotBlank());
        }
    }

    @Test
    void invalidUtf8IsKeptAndReportedWithoutCrashing() {
        byte[] bytes = {'F', 'R', 'O', 'M', ' ', 'a', (byte) 0xff, (byte) 0xc3, '\n', 'R', 'U', 'N', ' ', (byte) 0xed,
            (byte) 0xa0, (byte) 0x80, '\n'};
        Dockerfile d = parse(bytes);
        assertThat(d.instructions()).hasSize(2);
        assertThat(AstDump.of(d)).isEqualTo("(from \"a\\xff\\xc3\")\n(run \"\\xed\\xa0\\x80\")\n");
    }

    @Test
    void nulBytesAreOrdinaryCharacters() {
        Dockerfile d = parse("FROM a\u0000b\nRUN echo \u0000\n");
        assertThat(d.instructions()).hasSize(2);
        assertThat(AstDump.of(d)).isEqualTo("(from \"a\\x00b\")\n(run \"echo \\x00\")\n");
    }

    @Test
    void aOneMegabyteLineIsRejectedAndTheRestIsStillParsed() {
        String big = "RUN echo " + "x".repeat(1 << 20);
        Dockerfile d = parse("FROM alpine\n" + big + "\nUSER nobody\n");
        assertThat(errors(d)).contains("line 2 is " + big.length() + " bytes long");
        assertThat(d.instructions()).extracting(i -> i.keyword().text()).containsExactly("FROM", "USER");
    }

    @Test
    void linesUpToBuildKitsLimitAreAccepted() {
        String longest = "RUN " + "y".repeat(LineScanner.MAX_LINE_BYTES - 4);
        Dockerfile d = parse("FROM alpine\n" + longest + "\n");
        assertThat(d.diagnostics()).isEmpty();
        assertThat(((RunInstruction) d.instructions().get(1)).command()).isPresent();
    }

    @Test
    void aHundredThousandLinesParse() {
        StringBuilder sb = new StringBuilder("FROM alpine\n");
        for (int i = 0; i < 33_334; i++) {
            sb.append("RUN echo ").append(i).append(" \\\n  && true \\\n  && true\n");
        }
        sb.append("USER nobody\n");
        Dockerfile d = parse(sb.toString());
        assertThat(d.diagnostics()).isEmpty();
        assertThat(d.instructions()).hasSize(2 + 33_334);
    }

    @Test
    void unterminatedHeredocIsReportedAtItsMarker() {
        Dockerfile d = parse("FROM alpine\nRUN <<EOF\necho hi\nUSER nobody\n");
        assertThat(errors(d)).startsWith("unterminated heredoc: no line \"EOF\" ends the heredoc");
        Diagnostic diag = d.diagnostics().get(0);
        assertThat(diag.range().toString()).isEqualTo("2:5-2:10");
    }

    @Test
    void unterminatedJsonIsShellForm() {
        Dockerfile d = parse("FROM alpine\nCMD [\"a\", \"b\"\nENTRYPOINT [\"unterminated\n");
        assertThat(d.diagnostics()).isEmpty();
        assertThat(AstDump.of(d)).isEqualTo("(from \"alpine\")\n(cmd \"[\\\"a\\\", \\\"b\\\"\")\n"
                + "(entrypoint \"[\\\"unterminated\")\n");
    }

    @Test
    void deeplyNestedJsonDoesNotOverflowTheStack() {
        String tooDeepForGo = "[".repeat(30_000) + "]".repeat(30_000);
        Dockerfile d = parse("FROM alpine\nCMD " + tooDeepForGo + "\n");
        assertThat(d.instructions()).hasSize(2);
        assertThat(d.diagnostics()).isEmpty(); // deeper than Go's 10,000 levels: not JSON, so shell form
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        assertThat(errors(parse("FROM alpine\nCMD " + deep + "\n")))
                .contains("when using JSON array syntax, arrays must be comprised of strings only");
    }

    @Test
    void unterminatedQuotesInFlagsAndWords() {
        Dockerfile d = parse("FROM alpine\nCOPY --chown=\"a b /x /y\nENV A=\"b c\nLABEL x='y\n");
        assertThat(d.instructions()).hasSize(4);
    }

    @Test
    void aSyntaxErrorDoesNotStopTheRestOfTheFile() {
        Dockerfile d = parse("FROM alpine\nFROMM x\nRUN echo ok\nENV\nWORKDIR /app\n");
        assertThat(errors(d)).contains("unknown instruction: FROMM (did you mean FROM?)")
                .contains("ENV requires at least one argument");
        assertThat(d.instructions()).extracting(i -> i.keyword().text())
                .containsExactly("FROM", "FROMM", "RUN", "ENV", "WORKDIR");
        assertThat(d.stages().get(0).instructions()).hasSize(4);
    }

    @Test
    void manyHeredocMarkersAndContinuationsTogether() {
        String text = "FROM a\n" + "COPY <<A <<B /dst\n".repeat(1) + "a\nA\nb\nB\n" + "RUN \\\n".repeat(10_000) + "true\n";
        Dockerfile d = parse(text);
        assertThat(d.diagnostics()).isEmpty();
        assertThat(d.instructions()).hasSize(3);
    }
}
