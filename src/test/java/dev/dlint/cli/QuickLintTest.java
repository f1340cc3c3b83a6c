package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The lint command lines {@link QuickLint} sets without picocli come out exactly as picocli sets them. */
class QuickLintTest {

    /** Options {@link QuickLint} leaves to picocli on purpose. */
    private static final Set<String> DECLINED = Set.of("--repo-root", "-h", "--help", "-v", "--version");

    @Test
    void everyLintOptionIsEitherSetOrDeclined() {
        CommandLine cli = picocli(new LintCommand());
        List<String> names = new ArrayList<>();
        for (OptionSpec option : cli.getCommandSpec().options()) {
            names.addAll(Arrays.asList(option.names()));
        }
        assertThat(names).allMatch(n -> QuickLint.optionNames().contains(n) || DECLINED.contains(n));
        assertThat(QuickLint.optionNames()).allMatch(names::contains);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Dockerfile",
        "--no-fail bench/sample.Dockerfile",
        "-f json -o /dev/null a b c",
        "--format=sarif --output=out.sarif --format tty -o - Dockerfile",
        "-f GitLab -f gitlab_codeclimate -f CHECKSTYLE x",
        "--color=ALWAYS --no-color -",
        "--color never - --stdin-filename=api/Dockerfile",
        "-c cfg.yaml -t warning --ignore DL3008 --ignore=UnpinnedPackage --severity DL3008=error --enable X x",
        "--config=cfg.yaml --failure-threshold=none x",
        "--trusted-registry docker.io --trusted-registry=*.corp.example x",
        "--build-arg A=1 --build-arg=B= --build-arg=C=-x --target final --context . x",
        "--sarif-category dlint/api/ --sarif-all-rules --include-suppressed --sarif-timestamps x",
        "--sarif-include-suppressed x y --no-fail z",
        "-V --disable-ignore-pragma --strict-labels --file-path-in-report=api/Dockerfile x",
        "--verbose --error DL3007 --warning=DL3008,DL3009 --info X --style Y --require-label org.opencontainers:text x",
        "-o - -f json",
        "''",
    })
    void setsWhatPicocliSets(String line) {
        List<String> args = args(line);
        Optional<LintCommand> quick = QuickLint.parse(args);
        assertThat(quick).as(line).isPresent();
        LintCommand byPicocli = new LintCommand();
        picocli(byPicocli).parseArgs(args.toArray(String[]::new));
        assertThat(fields(quick.get())).as(line).isEqualTo(fields(byPicocli));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--help", "-h x", "--version", "--repo-root . x", "-- x", "@args.txt", "-fjson x", "--no-fail=true x",
        "--no-fail --no-fail x", "--target a --target b x", "-c a --config b x", "--include-suppressed "
            + "--sarif-include-suppressed x", "--format bogus x", "--color=sometimes x", "x -o", "-o --no-fail x",
        "--bogus x", "-x", "--ignore -t x", "-v", "-V --verbose x", "--file-path-in-report a --file-path-in-report b x",
    })
    void declinesWhatItDoesNotSetLikePicocli(String line) {
        assertThat(QuickLint.parse(args(line))).as(line).isEmpty();
    }

    @Test
    void aUsageErrorFoundWhileValidatingIsLeftToPicocliWhichReportsItOnce() {
        String[] line = {"--ignore", "NoSuchRule", "--ignore", "DL3008,DL9999", "x"};
        StringWriter err = new StringWriter();
        LintCommand command = QuickLint.parse(Arrays.asList(line)).orElseThrow();
        assertThat(QuickLint.run(command, new PrintWriter(new StringWriter()), new PrintWriter(err))).isEmpty();
        assertThat(err.toString()).as("nothing is printed before picocli validates again").isEmpty();
        StringWriter picocliErr = new StringWriter();
        int code = Main.run(line, new PrintWriter(new StringWriter()), new PrintWriter(picocliErr, true), Map.of());
        assertThat(code).isEqualTo(ExitCode.USAGE.code());
        assertThat(picocliErr.toString()).contains("Run 'dlint lint --help' for usage.");
    }

    @Test
    void notesFromValidationArePrintedOnceWhenTheQuickPathRuns() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("quick", ".Dockerfile");
        try {
            java.nio.file.Files.writeString(file, "FROM debian:12\n");
            StringWriter err = new StringWriter();
            Main.run(new String[] {"--no-fail", "--ignore", "DL9999", file.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(err, true), Map.of());
            StringWriter picocliErr = new StringWriter();
            Main.run(new String[] {"--no-fail", "--ignore", "DL9999", "--repo-root", ".", file.toString()},
                    new PrintWriter(new StringWriter()), new PrintWriter(picocliErr, true), Map.of());
            assertThat(err.toString()).isEqualTo(picocliErr.toString());
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    private static List<String> args(String line) {
        List<String> args = new ArrayList<>();
        for (String word : line.split(" ")) {
            args.add(word.equals("''") ? "" : word);
        }
        return args;
    }

    private static CommandLine picocli(LintCommand command) {
        StringWriter sink = new StringWriter();
        return Main.configure(new CommandLine(command), "dlint lint", new PrintWriter(sink), new PrintWriter(sink));
    }

    private static Map<String, Object> fields(LintCommand c) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("paths", c.paths);
        f.put("formats", c.output.formats);
        f.put("outputs", c.output.outputs);
        f.put("color", c.output.color);
        f.put("noColor", c.output.noColor);
        f.put("noFail", c.noFail);
        f.put("config", c.config);
        f.put("threshold", c.ruleOptions.failureThreshold);
        f.put("ignore", c.ruleOptions.ignore);
        f.put("severity", c.ruleOptions.severity);
        f.put("enable", c.ruleOptions.enable);
        f.put("trusted", c.trustedRegistries);
        f.put("buildArgs", c.buildArgs);
        f.put("target", c.target);
        f.put("context", c.context);
        f.put("stdinFilename", c.stdinFilename);
        f.put("sarifCategory", c.reportOptions.sarifCategory);
        f.put("sarifAllRules", c.reportOptions.sarifAllRules);
        f.put("includeSuppressed", c.reportOptions.includeSuppressed);
        f.put("sarifTimestamps", c.reportOptions.sarifTimestamps);
        f.put("verbose", c.verbose);
        f.put("filePathInReport", c.filePathInReport);
        f.put("error", c.ruleOptions.error);
        f.put("warning", c.ruleOptions.warning);
        f.put("info", c.ruleOptions.info);
        f.put("style", c.ruleOptions.style);
        f.put("requireLabel", c.ruleOptions.requireLabel);
        f.put("disableIgnorePragma", c.ruleOptions.disableIgnorePragma);
        f.put("strictLabels", c.ruleOptions.strictLabels);
        return f;
    }
}
