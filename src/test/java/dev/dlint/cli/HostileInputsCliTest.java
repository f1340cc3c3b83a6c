package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import dev.dlint.image.testing.TestArchives;
import dev.dlint.image.testing.TestArchives.Members;
import dev.dlint.image.testing.TestLayer;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile inputs of bench/hostile_gen.py (issue 21), generated here at sizes that run in seconds: each ends with
 * an exit code from 0 to 3, no stack trace, and the finding that says what happened. bench/hostile.sh measures the
 * full sizes through ./dlint; this class keeps the outcomes from regressing, not the times.
 */
class HostileInputsCliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        /** The lines of the report naming {@code rule}. */
        long findings(String rule) {
            return out.lines().filter(l -> l.contains(" " + rule + ": ")).count();
        }
    }

    private Run lint(Path file, String... extra) {
        List<String> args = new ArrayList<>(List.of("lint", "--no-color", "--ignore", "ShellCheck"));
        args.addAll(List.of(extra));
        args.add(file.toString());
        return run(args.toArray(String[]::new));
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        Run run = new Run(code, out.toString(), err.toString());
        assertThat(run.code()).as("exit code of %s", String.join(" ", args)).isBetween(0, 3);
        assertThat(run.err() + run.out()).as("no stack trace").doesNotContain("\tat ").doesNotContain("Exception");
        return run;
    }

    private Path file(String name, String text) throws IOException {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] bytes) throws IOException {
        Path path = dir.resolve(name);
        Files.write(path, bytes);
        return path;
    }

    private static String lines(int count, java.util.function.IntFunction<String> line) {
        return IntStream.range(0, count).mapToObj(line).collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void manyInstructionsOfEveryKindFinish() throws IOException {
        int n = 1_500;
        lint(file("args", lines(n, i -> "ARG A" + i + "=v" + i) + "FROM alpine:3.20\nRUN echo $A1\n"));
        lint(file("envs", "FROM alpine:3.20\nENV A0=x\n" + lines(n, i -> "ENV A" + (i + 1) + "=$A" + i)));
        lint(file("stages", lines(n, i -> "FROM alpine:3.20 AS s" + i)));
        lint(file("chain", "FROM alpine:3.20 AS s0\n" + lines(n, i -> "FROM s" + i + " AS s" + (i + 1)
                + "\nCOPY --from=s" + i + " /a /a")));
        lint(file("runs", "FROM alpine:3.20\n" + lines(n, i -> "RUN echo " + i)));
    }

    @Test
    void repeatedSyntaxErrorsAreCappedAtAHundredOfAKindWithASummary() throws IOException {
        Run unknown = lint(file("unknown", "FROM alpine:3.20\n" + lines(1_000, i -> "FOO" + i + " x")));
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.findings("SyntaxError")).isEqualTo(101);
        assertThat(unknown.out()).contains("900 more 'unknown instruction' problems from here on are not shown");

        Run bogus = lint(file("bogus", "FROM alpine:3.20\n" + lines(1_000, i -> "RUN --bogus x")));
        assertThat(bogus.findings("SyntaxError")).isEqualTo(101);
        assertThat(bogus.out()).contains("900 more 'unknown flag' problems");
    }

    @Test
    void expansionBombsStopAtTheLimitWithAFinding() throws IOException {
        String chain = "ARG A0=x\n" + lines(30, i -> "ARG A" + (i + 1) + "=${A" + i + "}${A" + i + "}");
        List<String> uses = List.of("FROM alpine:$A30\n", "FROM alpine:3.20\nARG A30\nRUN echo $A30\n",
                "FROM alpine:3.20\nCOPY --from=$A30 /a /b\n");
        for (String use : uses) {
            Run run = lint(file("bomb", chain + use));
            assertThat(run.findings("ExpansionTooLarge")).as(use).isEqualTo(1);
            assertThat(run.out()).contains("built from A20 ← A19 ← A18");
        }
        for (String use : List.of("LABEL x=$A30\n", "WORKDIR /$A30\n")) {
            assertThat(lint(file("stage-bomb", "FROM alpine:3.20\n" + chain + use)).findings("ExpansionTooLarge"))
                    .as(use).isEqualTo(1);
        }
        Run squares = lint(file("squares", "FROM alpine:3.20\nENV x=aa\n" + "ENV x=${x//a/$x}\n".repeat(6)
                + "RUN echo $x\n"));
        assertThat(squares.findings("ExpansionTooLarge")).isEqualTo(1);
    }

    @Test
    void largeAndOddFilesFinish() throws IOException {
        lint(file("newlines", "FROM alpine:3.20\n" + "\n".repeat(200_000) + "RUN echo end\n"));
        lint(file("heredoc", "FROM alpine:3.20\nRUN <<EOF\n" + lines(5_000, i -> "echo " + i)));
        lint(file("markers", "FROM alpine:3.20\nRUN cat " + IntStream.range(0, 500).mapToObj(i -> "<<E" + i)
                .collect(Collectors.joining(" ")) + "\n" + lines(500, i -> "body " + i + "\nE" + i)));
        lint(file("wildcards", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n"
                + "RUN rm -rf /var/lib/apt/lists/" + "*a".repeat(2_000) + "b\n"));
        Run longLine = lint(file("long-line", "FROM alpine:3.20\nRUN echo " + "x".repeat(200_000) + "\n"));
        assertThat(longLine.out()).contains("BuildKit rejects Dockerfile lines longer than 65535 bytes");
        lint(file("nul", "FROM alpine:3.20\nRUN echo a\0b\n" + "\0".repeat(10_000) + "\n"));
        lint(file("utf16", "FROM alpine:3.20\nRUN echo hi\n".getBytes(StandardCharsets.UTF_16)));
        lint(file("utf32", "FROM alpine:3.20\nRUN echo hi\n".getBytes("UTF-32")));
        lint(file("cr-only", "FROM alpine:3.20\rRUN echo hi\r".repeat(1_000)));
        lint(file("braces", "FROM alpine:3.20\nRUN echo " + "{a,b}".repeat(64) + "\n"));
    }

    @Test
    void nestingPastTheLimitHidesNothingAfterIt() throws IOException {
        String deep = "$(".repeat(201) + "true" + ")".repeat(201);
        Run run = lint(file("deep", "FROM debian:12-slim\nRUN apt-get update && apt-get install -y curl\n"
                + "RUN echo " + deep + " && rm -rf /var/lib/apt/lists/*\n"));
        assertThat(run.findings("SplitInstallCleanup")).isEqualTo(1);
        assertThat(run.findings("ShellTooComplex")).isEqualTo(1);
        Run arithmetic = lint(file("deep-arith", "FROM alpine:3.20\nRUN echo $((" + "(".repeat(300) + "1"
                + ")".repeat(300) + ")) && echo after\n"));
        assertThat(arithmetic.findings("ShellTooComplex")).isEqualTo(1);
        for (String unit : List.of("$(", "${a:-", "( ", "$((")) {
            lint(file("deep-" + unit.length(), "FROM alpine:3.20\nRUN echo " + unit.repeat(5_000) + "\n"));
        }
    }

    @Test
    void shellCheckIsGivenAThousandScriptsOfAFileAndTheRestIsSaid() throws IOException {
        dev.dlint.testing.ShellCheckOnPath.require();
        Path runs = file("runs", "FROM alpine:3.20\n" + lines(1_003, i -> "RUN echo " + i));
        Run run = run("lint", "--no-color", runs.toString());
        assertThat(run.out()).contains(runs + ":1002:1: info ShellCheck: ShellCheck checked the first 1000 RUN scripts"
                + " of this file; this one and the 2 after it were not checked");
    }

    @Test
    void shellCheckIsNotGivenAScriptLongerThanItsLimitAndThatIsSaid() throws IOException {
        dev.dlint.testing.ShellCheckOnPath.require();
        Path heredoc = file("long-heredoc", "FROM alpine:3.20\nRUN <<EOF\n" + lines(20_000, i -> "echo " + i) + "EOF\n"
                + "RUN echo $unquoted\n");
        Run run = run("lint", "--no-color", heredoc.toString());
        assertThat(run.out()).contains(heredoc + ":2:1: info ShellCheck: This RUN script is")
                .contains("so ShellCheck did not check it").contains("SC2154");
    }

    @Test
    void configurationsThatAreNotRegularFilesAreNeverRead() throws IOException, InterruptedException {
        Path ok = file("Dockerfile", "FROM alpine:3.20\n");
        Path fifo = dir.resolve("config.fifo");
        new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor();
        for (String config : List.of("/dev/zero", "/dev/urandom", fifo.toString())) {
            Run run = run("lint", "-c", config, ok.toString());
            assertThat(run.code()).as(config).isEqualTo(2);
            assertThat(run.err()).as(config).contains(config).contains("not a regular file");
        }
        for (String dockerfile : List.of("/dev/zero", fifo.toString())) {
            Run run = run("lint", dockerfile);
            assertThat(run.code()).as(dockerfile).isEqualTo(3);
            assertThat(run.err()).as(dockerfile).contains("not a regular file");
        }
    }

    @Test
    void hostileYamlIsRefusedWithALine() throws IOException {
        Path ok = file("Dockerfile", "FROM alpine:3.20\n");
        StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        String previous = "a";
        for (String name : List.of("b", "c", "d", "e", "f", "g", "h", "i")) {
            laughs.append(name).append(": &").append(name).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = name;
        }
        assertThat(run("lint", "-c", file("laughs.yaml", laughs.toString()).toString(), ok.toString()).code())
                .isEqualTo(2);
        assertThat(run("lint", "-c", file("tag.yaml", "ignore: !!javax.script.ScriptEngineManager [x]\n").toString(),
                ok.toString()).code()).isEqualTo(2);
    }

    @Test
    void aThousandPaxGlobalHeadersInARowStopTheLayerAndTheNextLayerIsAnalysed() {
        byte[] rec = "26 comment=xxxxxxxxxxxxxx\n".getBytes(StandardCharsets.US_ASCII);
        byte[] one = TestArchives.concat(rawHeader("pax_global_header", 'g', rec.length), Arrays.copyOf(rec, 512));
        List<byte[]> parts = new ArrayList<>(Collections.nCopies(1_001, one));
        parts.add(new TestLayer().file("etc/unreached", 3).tar());
        byte[] globals = TestArchives.concat(parts.toArray(byte[][]::new));
        byte[] second = new TestLayer().file("etc/second", 5).tar();
        Path image = TestArchives.dockerSave(dir.resolve("globals.tar"), "x:1", List.of(globals, second));
        Run run = run("image", "--no-fail", "--format", "json", image.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("LayerTooLarge").contains("more than 1000 extension headers")
                .contains("etc/second").doesNotContain("etc/unreached");
    }

    @Test
    void aLayerListedTwoHundredTimesIsReadOnce() {
        byte[] layer = new TestLayer().file("etc/same", 7).tar();
        Members m = new Members().put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}");
        byte[] manifest = TestArchives.ociImage(m, Collections.nCopies(200, layer),
                "application/vnd.oci.image.layer.v1.tar", "");
        m.put("index.json", "{\"schemaVersion\":2,\"manifests\":[" + TestArchives.descriptor(
                "application/vnd.oci.image.manifest.v1+json", manifest, "") + "]}");
        Run run = run("image", "--no-fail", "--no-color", m.writeTar(dir.resolve("same.tar")).toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("200 layers");
    }

    /** A ustar header block written by hand (PAX global headers, which tar writers do not write on their own). */
    private static byte[] rawHeader(String name, char type, long size) {
        byte[] h = new byte[512];
        put(h, 0, name);
        put(h, 100, String.format("%07o\0", 0644));
        put(h, 108, "0000000\0");
        put(h, 116, "0000000\0");
        put(h, 124, String.format("%011o\0", size));
        put(h, 136, "00000000000\0");
        h[156] = (byte) type;
        put(h, 257, "ustar\0" + "00");
        put(h, 148, "        ");
        long sum = 0;
        for (byte b : h) {
            sum += b & 0xFF;
        }
        put(h, 148, String.format("%06o\0 ", sum));
        return h;
    }

    private static void put(byte[] h, int at, String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(b, 0, h, at, b.length);
    }
}
