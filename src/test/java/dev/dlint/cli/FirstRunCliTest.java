package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first run of a new user: help, typos of commands, output files, config mistakes, parse and image hints. */
class FirstRunCliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path file(String name, String text) throws IOException {
        Path path = dir.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return path;
    }

    @Test
    void helpWithoutAndWithACommand() {
        Run root = run("help");
        assertThat(root.code()).isZero();
        assertThat(root.out()).startsWith("Usage: dlint").contains("lint", "image", "rules", "explain")
                .contains("'dlint help COMMAND'").doesNotContain("__train");
        Run lint = run("help", "lint");
        assertThat(lint.code()).isZero();
        assertThat(lint.out()).startsWith("Usage: dlint lint").contains("--failure-threshold")
                .contains("Findings at or above the failure threshold.");
        assertThat(run("help", "image").out()).startsWith("Usage: dlint image").contains("a failed CI gate");
        Run unknown = run("help", "rule");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no command 'rule' (did you mean 'rules'?)");
    }

    @Test
    void exitCodesAreListedOnlyWhereTheyApply() {
        for (String command : new String[] {"rules", "explain", "parse", "cache", "context"}) {
            assertThat(run(command, "--help").out()).as(command).contains("Exit codes:")
                    .doesNotContain("Findings at or above the failure threshold.");
        }
        assertThat(run("rules", "--help").out()).doesNotContain("\n  1 ").doesNotContain("\n  3 ");
        assertThat(run("parse", "--help").out()).contains("an error the build would fail on");
        assertThat(run("lint", "--help").out()).contains("Findings at or above the failure threshold.");
    }

    @Test
    void aMistypedCommandThatIsNoFileGetsADidYouMean() {
        Run rule = run("rule");
        assertThat(rule.code()).isEqualTo(2);
        assertThat(rule.err()).startsWith("dlint: 'rule' is neither a dlint command nor a file (did you mean"
                + " 'dlint rules'?)");
        assertThat(run("lnt", "x").err()).contains("did you mean 'dlint lint'?");
        Run missingFile = run(dir.resolve("rule").toString());
        assertThat(missingFile.code()).as("a path is still a path").isEqualTo(3);
        assertThat(missingFile.err()).contains("no such file or directory");
        assertThat(run("Dockerfile.prod").err()).contains("no such file or directory");
    }

    @Test
    void outputFileExtensionChoosesOrChecksTheFormat() throws IOException {
        Path dockerfile = file("Dockerfile", "FROM node\n");
        Path json = dir.resolve("x.json");
        Run inferred = run("-o", json.toString(), dockerfile.toString());
        assertThat(inferred.code()).isEqualTo(1);
        assertThat(new ObjectMapper().readTree(json.toFile()).get("findings").get(0).get("rule").asText())
                .isEqualTo("UnpinnedBaseImage");
        Path sarif = dir.resolve("x.sarif");
        run("-o", sarif.toString(), dockerfile.toString());
        assertThat(new ObjectMapper().readTree(sarif.toFile()).get("version").asText()).isEqualTo("2.1.0");

        Run mismatch = run("-f", "tty", "-o", dir.resolve("y.json").toString(), dockerfile.toString());
        assertThat(mismatch.code()).isEqualTo(2);
        assertThat(mismatch.err()).contains("--output " + dir.resolve("y.json") + " is a JSON file name, but --format"
                + " tty writes text");
        assertThat(dir.resolve("y.json")).doesNotExist();
        assertThat(run("-f", "json", "-o", dir.resolve("z.sarif").toString(), dockerfile.toString()).code()).isEqualTo(2);
        assertThat(run("-o", dir.resolve("r.xml").toString(), dockerfile.toString()).err())
                .contains("--format junit or --format checkstyle");
        assertThat(run("-f", "sarif", "-o", dir.resolve("s.sarif.json").toString(), dockerfile.toString()).code())
                .isEqualTo(1);
        assertThat(run("-f", "junit", "-o", dir.resolve("j.xml").toString(), dockerfile.toString()).code()).isEqualTo(1);
        assertThat(run("-o", dir.resolve("plain").toString(), dockerfile.toString()).code()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("plain"))).contains("UnpinnedBaseImage").doesNotContain("\u001b[");
    }

    @Test
    void oneFormatPerStream() throws IOException {
        Path dockerfile = file("Dockerfile", "FROM node\n");
        Run two = run("-f", "tty", "-f", "json", dockerfile.toString());
        assertThat(two.code()).isEqualTo(2);
        assertThat(two.err()).contains("more than one format to standard output (tty, json)");
        assertThat(two.out()).isEmpty();
        Run explicit = run("-f", "json", "-o", "-", "-f", "sarif", "-o", "-", dockerfile.toString());
        assertThat(explicit.code()).isEqualTo(2);
        Run paired = run("-f", "github", "-o", "-", "-f", "sarif", "-o", dir.resolve("r.sarif").toString(),
                dockerfile.toString());
        assertThat(paired.code()).isEqualTo(1);
        assertThat(paired.out()).startsWith("::warning");
    }

    @Test
    void configMistakesNameTheirCause() throws IOException {
        Path dockerfile = file("Dockerfile", "FROM node\n");
        Run missing = run("--config", dir.resolve("nope.yaml").toString(), dockerfile.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).startsWith("dlint: --config " + dir.resolve("nope.yaml") + ": no such file\n")
                .doesNotContain("invalid configuration");
        assertThat(run("fix", "--config", "nope.yaml", dockerfile.toString()).err()).contains("--config nope.yaml: no such file");
        assertThat(run("--config", dir.toString(), dockerfile.toString()).err()).contains(": not a regular file");

        Path tab = file("tab.yaml", "ignore:\n\t- DL3008\n");
        Run tabbed = run("--config", tab.toString(), dockerfile.toString());
        assertThat(tabbed.code()).isEqualTo(2);
        assertThat(tabbed.err()).contains(tab + ":2: invalid YAML: a tab character, which YAML does not allow for"
                + " indentation (indent with spaces)");
        Path unclosed = file("unclosed.yaml", "ignore: [DL3008\n");
        assertThat(run("--config", unclosed.toString(), dockerfile.toString()).err())
                .doesNotContain("while parsing").contains("invalid YAML: expected ',' or ']'");
    }

    @Test
    void parseExitsNonZeroWhenTheBuildWouldFail() throws IOException {
        Path bad = file("Dockerfile", "FROM alpine:3.20\nCOPY --bogus=1 a b\n");
        Run r = run("parse", bad.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("error (the build would fail here): unknown flag: --bogus");
        assertThat(r.out()).contains("(copy");
        Path good = file("ok/Dockerfile", "FROM alpine:3.20\nCOPY a b\n");
        assertThat(run("parse", good.toString()).code()).isZero();
        Run missing = run("parse", dir.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).isEqualTo("dlint: " + dir.resolve("nope") + ": no such file or directory\n");
    }

    @Test
    void anImageNameIsNotAFileAndTheMessageSaysHowToSaveIt() {
        Run r = run("image", "nginx:1.25");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("nginx:1.25").contains("docker save").contains("skopeo copy");
    }

    @Test
    void rulesMarksTheRulesThatAreOffByDefault() throws IOException {
        Run r = run("rules");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("RULE ").contains(" DEFAULT ");
        var rules = new ObjectMapper().readTree(run("rules", "-f", "json").out());
        int off = 0;
        for (var rule : rules) {
            String name = rule.get("name").asText();
            String line = r.out().lines().filter(l -> l.startsWith(name + " ")).findFirst().orElseThrow();
            boolean enabled = rule.get("enabledByDefault").asBoolean();
            off += enabled ? 0 : 1;
            assertThat(line.split(" +")[1]).as(name).isEqualTo(enabled ? "on" : "off");
            assertThat(line).contains(" " + rule.get("severity").asText() + " ");
        }
        assertThat(off).isPositive();
        assertThat(r.out()).contains(rules.size() + " rules; " + off + " off by default");
    }
}
