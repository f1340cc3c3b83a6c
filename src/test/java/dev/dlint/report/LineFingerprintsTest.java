package dev.dlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.text.SourceText;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** GitHub's primaryLocationLineHash: the test vectors V1–V7 of the SARIF reference (§6) and upstream's own data. */
class LineFingerprintsTest {

    private static final String V2 = "FROM alpine:latest\nRUN apk add --no-cache curl\nUSER nobody\n";
    private static final String EMPTY_LINE_HASH = "c129715d7a2bc9a3:1";

    @Test
    void v1EmptyFileHasOnePseudoLine() {
        LineFingerprints hashes = LineFingerprints.of("");
        assertThat(hashes.lineCount()).isEqualTo(1);
        assertThat(hashes.forLine(1)).isEqualTo(EMPTY_LINE_HASH);
    }

    @Test
    void v2ThreeLinesAndTheLineAfterTheFinalNewline() {
        assertV2(LineFingerprints.of(V2));
    }

    @Test
    void v2bCrlfTabsAndSpacesDoNotChangeTheHash() {
        assertV2(LineFingerprints.of(V2.replace("\n", "\r\n")));
        assertV2(LineFingerprints.of("FROM alpine:latest\n\tRUN    apk add --no-cache curl\n  USER nobody\n"));
    }

    @Test
    void v3ByteOrderMarkIsHashedAsACharacter() {
        LineFingerprints hashes = LineFingerprints.of("\uFEFF" + V2);
        assertThat(hashes.forLine(1)).isEqualTo("2d9196095e2cc06:1");
        assertThat(hashes.forLine(2)).isEqualTo("4ea5136a26a92451:1");
        assertThat(hashes.forLine(3)).isEqualTo("adc6509738aab323:1");
        assertThat(hashes.forLine(4)).isEqualTo(EMPTY_LINE_HASH);
    }

    @Test
    void v3ByteOrderMarkDroppedBySourceTextIsRestored() {
        byte[] bytes = ("\uFEFF" + V2).getBytes(StandardCharsets.UTF_8);
        SourceText source = SourceText.decode(bytes);
        assertThat(source.hasByteOrderMark()).isTrue();
        assertThat(LineFingerprints.of(source).forLine(1)).isEqualTo("2d9196095e2cc06:1");
    }

    @Test
    void v4ContinuationAndNoFinalNewline() {
        LineFingerprints hashes = LineFingerprints.of(
                "FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl\nCMD [\"bash\"]");
        assertThat(hashes.lineCount()).isEqualTo(4);
        assertThat(hashes.forLine(1)).isEqualTo("6dbda31494ef7eb2:1");
        assertThat(hashes.forLine(2)).isEqualTo("680dfd5128493c34:1");
        assertThat(hashes.forLine(3)).isEqualTo("544a09dc79c3d3fc:1");
        assertThat(hashes.forLine(4)).isEqualTo("edbebe5ed27435b9:1");
        assertThat(hashes.forLine(5)).isNull();
    }

    @Test
    void v5RepeatedLinesAreCountedInLineOrder() {
        LineFingerprints hashes = LineFingerprints.of("FROM scratch\n" + "RUN true\n".repeat(20));
        assertThat(hashes.forLine(1)).isEqualTo("5ee225b5f518512f:1");
        for (int line = 2; line <= 9; line++) {
            assertThat(hashes.forLine(line)).isEqualTo("e190c6a3a883fed5:" + (line - 1));
        }
        assertThat(hashes.forLine(10)).isEqualTo("e190c6a46e1f05e7:1");
        assertThat(hashes.forLine(22)).isEqualTo(EMPTY_LINE_HASH);
        assertThat(hashes.lineCount()).isEqualTo(22);
    }

    @Test
    void v6UpstreamWhitespaceVector() {
        LineFingerprints hashes = LineFingerprints.of(" a\nb\n  \t\tc\n d");
        assertThat(hashes.forLine(1)).isEqualTo("271789c17abda88f:1");
        assertThat(hashes.forLine(2)).isEqualTo("54703d4cd895b18:1");
        assertThat(hashes.forLine(3)).isEqualTo("180aee12dab6264:1");
        assertThat(hashes.forLine(4)).isEqualTo("a23a3dc5e078b07b:1");
    }

    @Test
    void v7TheCompleteExampleOfTheReference() {
        assertThat(LineFingerprints.of(SourceText.of(SampleReports.API_DOCKERFILE)).forLine(4))
                .isEqualTo("dd4ab53da85b204b:1");
    }

    @Test
    void upstreamEndToEndFiles() {
        assertThat(LineFingerprints.of("var a = 0;\nvar b = 0;\nvar c = 0;\nvar d = 0;\n").forLine(1))
                .isEqualTo("5e4d5a9cf1294ad9:1");
        assertThat(LineFingerprints.of("var foo = 0;\nvar bar = 0;\nvar baz = 0;\nvar qux = 0;\n").forLine(2))
                .isEqualTo("f7592a95a9381ac0:1");
    }

    @Test
    void loneCarriageReturnEndsALineAsUploadSarifSees() {
        LineFingerprints lf = LineFingerprints.of("a\nb\nc");
        LineFingerprints cr = LineFingerprints.of("a\rb\rc");
        assertThat(cr.lineCount()).isEqualTo(3);
        for (int line = 1; line <= 3; line++) {
            assertThat(cr.forLine(line)).isEqualTo(lf.forLine(line));
        }
    }

    @Test
    void invalidUtf8IsHashedAsNodeDecodesIt() {
        byte[] bytes = {'F', 'R', 'O', 'M', ' ', 'a', (byte) 0xE2, (byte) 0x82, 'b', '\n', 'R', 'U', 'N', ' ',
                (byte) 0xFF, 'x', '\n'};
        SourceText source = SourceText.decode(bytes);
        String javaDecoded = new String(bytes, StandardCharsets.UTF_8);
        assertThat(javaDecoded).isEqualTo("FROM a\uFFFDb\nRUN \uFFFDx\n");
        LineFingerprints expected = LineFingerprints.of(javaDecoded);
        LineFingerprints actual = LineFingerprints.of(source);
        for (int line = 1; line <= 3; line++) {
            assertThat(actual.forLine(line)).isEqualTo(expected.forLine(line));
        }
    }

    @Test
    void validNonAsciiTextIsUnchanged() {
        String text = "FROM alpine\nLABEL x=\"h\u00e9llo \uD83D\uDE00\"\n";
        assertThat(LineFingerprints.asNodeDecodesIt(SourceText.decode(text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(text);
    }

    private static void assertV2(LineFingerprints hashes) {
        assertThat(hashes.lineCount()).isEqualTo(4);
        assertThat(hashes.forLine(1)).isEqualTo("1b33e2a61e4ec94f:1");
        assertThat(hashes.forLine(2)).isEqualTo("4ea5136a26a92451:1");
        assertThat(hashes.forLine(3)).isEqualTo("adc6509738aab323:1");
        assertThat(hashes.forLine(4)).isEqualTo(EMPTY_LINE_HASH);
    }
}
