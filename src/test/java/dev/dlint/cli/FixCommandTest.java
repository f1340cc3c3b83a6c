package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dlint fix} from the user's side: files rewritten or not, the diff, standard input, exit codes. */
class FixCommandTest {

    /** A cleanup in a later RUN that the safe fix moves into the RUN that made the lists. */
    private static final String SPLIT = "FROM debian:12-slim\n"
            + "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12\n"
            + "RUN rm -rf /var/lib/apt/lists/*\n"
            + "CMD [\"curl\", \"--version\"]\n";
    private static final String SPLIT_FIXED = "FROM debian:12-slim\n"
            + "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 && rm -rf /var/lib/apt/lists/*\n"
            + "CMD [\"curl\", \"--version\"]\n";
    /** An install between the update and the cleanup: only the unsafe cache-mount fix applies. */
    private static final String NEEDS_CACHE = "FROM debian:12-slim\n"
            + "RUN apt-get update\n"
            + "ENV CURL_HOME=/etc/curl\n"
            + "RUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12\n"
            + "WORKDIR /srv\n"
            + "RUN rm -rf /var/lib/apt/lists/*\n"
            + "CMD [\"curl\", \"--version\"]\n";
    /** Three adjacent single-command RUNs: the unsafe join makes them one RUN, which also ends the split cleanup. */
    private static final String ADJACENT = NEEDS_CACHE.replace("ENV CURL_HOME=/etc/curl\n", "")
            .replace("WORKDIR /srv\n", "");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
            return new Run(code, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    private Path file(String text) throws IOException {
        Path path = dir.resolve("Dockerfile");
        Files.writeString(path, text);
        return path;
    }

    @Test
    void fixesInPlaceTellsPerFileAndASecondRunChangesNothing() throws IOException {
        Path f = file(SPLIT);
        Run first = run("", "fix", "--no-color", f.toString());
        assertThat(Files.readString(f)).isEqualTo(SPLIT_FIXED);
        assertThat(first.err()).contains(f + ": 1 fix (SplitInstallCleanup)")
                .contains("dlint fix: fixed 1 finding in 1 file of 1; 0 findings remain.");
        assertThat(first.code()).isZero();
        Run second = run("", "fix", "--no-color", f.toString());
        assertThat(Files.readString(f)).isEqualTo(SPLIT_FIXED);
        assertThat(second.err()).contains("fixed 0 findings in 0 files of 1");
        assertThat(second.code()).isZero();
    }

    @Test
    void diffWritesNothingAndExitsOneWhenThereIsSomethingToFix() throws IOException {
        Path f = file(SPLIT);
        Run r = run("", "fix", "--diff", f.toString());
        assertThat(Files.readString(f)).isEqualTo(SPLIT);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("--- a/").contains("+++ b/")
                .contains("-RUN rm -rf /var/lib/apt/lists/*\n")
                .contains("+RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 && rm -rf /var/lib/apt/lists/*\n");
        Path clean = file(SPLIT_FIXED);
        Run none = run("", "fix", "--diff", clean.toString());
        assertThat(none.code()).isZero();
        assertThat(none.out()).isEmpty();
    }

    @Test
    void standardInputIsFixedToStandardOutput() {
        Run r = run(SPLIT, "fix", "-");
        assertThat(r.out()).isEqualTo(SPLIT_FIXED);
        assertThat(r.code()).isZero();
    }

    @Test
    void lineEndingsAndCommentsSurviveByteForByte() throws IOException {
        String crlf = "# syntax=docker/dockerfile:1\r\n" + SPLIT.replace("CMD", "# run it\r\nCMD").replace("\n", "\r\n")
                .replace("\r\r\n", "\r\n");
        Path f = file(crlf);
        run("", "fix", f.toString());
        String fixed = Files.readString(f);
        assertThat(fixed).isEqualTo("# syntax=docker/dockerfile:1\r\n"
                + SPLIT_FIXED.replace("CMD", "# run it\nCMD").replace("\n", "\r\n"));
    }

    @Test
    void unsafeFixesWaitForTheirFlag() throws IOException {
        Path f = file(NEEDS_CACHE);
        Run safeOnly = run("", "fix", "--no-color", f.toString());
        assertThat(Files.readString(f)).isEqualTo(NEEDS_CACHE);
        assertThat(safeOnly.err()).contains("1 with an unsafe fix: --unsafe-fixes applies it");
        run("", "fix", "--unsafe-fixes", f.toString());
        assertThat(Files.readString(f)).doesNotContain("rm -rf /var/lib/apt/lists")
                .contains("RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update\n")
                .contains("RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get install");
    }

    @Test
    void unsafeJoinOfAdjacentRunsAlsoEndsTheSplitCleanup() throws IOException {
        Path f = file(ADJACENT);
        Run safeOnly = run("", "fix", "--no-color", f.toString());
        assertThat(Files.readString(f)).isEqualTo(ADJACENT);
        // the fourth, AptInstallWithoutUpdate (the install is in another RUN than its update), has no fix of its own
        assertThat(safeOnly.err()).contains("4 findings remain (3 with an unsafe fix: --unsafe-fixes applies it)");
        Run unsafe = run("", "fix", "--no-color", "--unsafe-fixes", f.toString());
        assertThat(Files.readString(f)).isEqualTo("FROM debian:12-slim\n"
                + "RUN apt-get update \\\n"
                + " && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u12 \\\n"
                + " && rm -rf /var/lib/apt/lists/*\n"
                + "CMD [\"curl\", \"--version\"]\n");
        assertThat(unsafe.err()).contains("0 findings remain");
    }

    @Test
    void selectLimitsWhichRulesFix() throws IOException {
        Path f = file(SPLIT);
        run("", "fix", "--select", "ChownAfterCopy", f.toString());
        assertThat(Files.readString(f)).isEqualTo(SPLIT);
        run("", "fix", "--select", "SplitInstallCleanup", f.toString());
        assertThat(Files.readString(f)).isEqualTo(SPLIT_FIXED);
    }

    @Test
    void selectTakesHadolintCodesAndCommas() throws IOException {
        String maintainer = "FROM alpine:3.20\nMAINTAINER Jane <jane@example.com>\n";
        Path f = file(maintainer);
        run("", "fix", "--unsafe-fixes", "--select", "DL3006,DL3020", f.toString());
        assertThat(Files.readString(f)).as("codes of other rules fix nothing here").isEqualTo(maintainer);
        Run r = run("", "fix", "--unsafe-fixes", "--select", "DL3006,DL4000", f.toString());
        assertThat(r.err()).doesNotContain("unknown rule");
        assertThat(Files.readString(f)).doesNotContain("MAINTAINER");
    }

    @Test
    void inlineIgnorePragmasStopTheFix() throws IOException {
        String ignored = SPLIT.replace("RUN rm", "# dlint ignore=SplitInstallCleanup\nRUN rm");
        Path f = file(ignored);
        run("", "fix", f.toString());
        assertThat(Files.readString(f)).isEqualTo(ignored);
    }

    @Test
    void missingFileExitsThreeWithAMessage() {
        Run r = run("", "fix", dir.resolve("nope/Dockerfile").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("nope/Dockerfile");
    }
}
