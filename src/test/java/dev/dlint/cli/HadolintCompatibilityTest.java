package dev.dlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dlint in the place of hadolint: hadolint's options, configuration keys and environment variables, each with
 * hadolint's meaning, through the real command line (docs/hadolint.md is the table these tests keep true).
 */
class HadolintCompatibilityTest {

    /** DL3006 (no tag), DL3007 (latest), DL3008 (apt package unpinned), DL3015 (recommends): warning, warning, warning, info. */
    private static final String DOCKERFILE = "FROM debian\nFROM alpine:latest\n"
            + "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n";

    @TempDir
    Path repo;

    private Path dockerfile;

    record Run(int code, String out, String err) {

        /** The codes of a hadolint-json report, each with its level. */
        Map<String, String> levels() throws IOException {
            Map<String, String> levels = new LinkedHashMap<>();
            for (JsonNode finding : new ObjectMapper().readTree(out)) {
                levels.put(finding.get("code").asText(), finding.get("level").asText());
            }
            return levels;
        }
    }

    @BeforeEach
    void repository() throws IOException {
        Files.createDirectories(repo.resolve(".git"));
        dockerfile = write("Dockerfile", DOCKERFILE);
    }

    private Path write(String name, String text) throws IOException {
        Path file = repo.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private Run run(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> env = new HashMap<>(environment);
        env.putIfAbsent("HOME", repo.resolve("home").toString()); // no user-level configuration unless a test writes one
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
        return new Run(code, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return run(Map.of(), args);
    }

    private String path() {
        return dockerfile.toString();
    }

    // The "Done when" line: hadolint --ignore DL3008 --error DL3007 -t warning -f json Dockerfile

    @Test
    void theHadolintCiLineWorksOnTheCommandLine() throws IOException {
        Run r = run("--ignore", "DL3008", "--error", "DL3007", "-t", "warning", "-f", "hadolint-json", path());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.levels()).containsExactly(Map.entry("DL3006", "warning"), Map.entry("DL3007", "error"),
                Map.entry("DL3015", "info"));
        JsonNode first = new ObjectMapper().readTree(r.out()).get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("code", "column", "file", "level", "line", "message");
        assertThat(first.get("file").asText()).isEqualTo(path());
        assertThat(first.get("line").asInt()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        // below the threshold: exit 0, yet everything is still printed (hadolint's threshold does not filter)
        Path pinned = write("pinned/Dockerfile", "FROM alpine:3.20\nRUN apt-get update && apt-get install -y curl"
                + " && rm -rf /var/lib/apt/lists/*\n");
        Run clean = run("--ignore", "DL3008", "--error", "DL3007", "-t", "warning", "-f", "hadolint-json",
                pinned.toString());
        assertThat(clean.code()).isZero();
        assertThat(clean.levels()).containsOnlyKeys("DL3015");
    }

    @Test
    void theHadolintCiLineWorksThroughHadolintYaml() throws IOException {
        write(".hadolint.yaml", "ignored:\n  - DL3008\noverride:\n  error:\n    - DL3007\nfailure-threshold: warning\n"
                + "format: hadolint-json\n");
        Run r = run(path());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.levels()).containsExactly(Map.entry("DL3006", "warning"), Map.entry("DL3007", "error"),
                Map.entry("DL3015", "info"));
    }

    @Test
    void theHadolintCiLineWorksThroughTheEnvironment() throws IOException {
        Map<String, String> env = Map.of("HADOLINT_IGNORE", "DL3008", "HADOLINT_OVERRIDE_ERROR", "DL3007",
                "HADOLINT_FAILURE_THRESHOLD", "warning", "HADOLINT_FORMAT", "hadolint-json");
        Run r = run(env, path());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.levels()).containsExactly(Map.entry("DL3006", "warning"), Map.entry("DL3007", "error"),
                Map.entry("DL3015", "info"));
        assertThat(run(Map.of("HADOLINT_FAILURE_THRESHOLD", "error", "HADOLINT_IGNORE", "DL3008"), path()).code())
                .as("no finding at error").isZero();
    }

    // Options

    @Test
    void severityOptionsRegradeOnlyTheCaseTheirCodeNames() throws IOException {
        Run r = run("--style", "DL3006", "--info", "DL3007", "--warning", "DL3015", "--error", "DL3008", "-f",
                "hadolint-json", path());
        assertThat(r.levels()).containsExactly(Map.entry("DL3006", "style"), Map.entry("DL3007", "info"),
                Map.entry("DL3015", "warning"), Map.entry("DL3008", "error"));
        Run both = run("--info", "DL3007", "--error", "DL3007", "-f", "hadolint-json", path());
        assertThat(both.levels()).as("in several lists, the most severe wins").containsEntry("DL3007", "error");
        Run byName = run("--error", "UnpinnedBaseImage", "-f", "hadolint-json", path());
        assertThat(byName.levels()).containsEntry("DL3006", "error").containsEntry("DL3007", "error");
        Run aliasOverName = run("--severity", "UnpinnedBaseImage=style", "--error", "DL3007", "-f", "hadolint-json",
                path());
        assertThat(aliasOverName.levels()).containsEntry("DL3006", "style").containsEntry("DL3007", "error");
    }

    @Test
    void ignoreTakesCommasAndAnAliasDropsOnlyItsCase() throws IOException {
        Run latestAllowed = run("--ignore", "DL3007", "-f", "hadolint-json", path());
        assertThat(latestAllowed.levels()).containsOnlyKeys("DL3006", "DL3008", "DL3015");
        Run commas = run("--ignore", "DL3006,DL3007", "--ignore", "DL3015", "-f", "hadolint-json", path());
        assertThat(commas.levels()).containsOnlyKeys("DL3008");
        assertThat(run("--ignore", "UnpinnedBaseImage, UnpinnedPackage", "-f", "hadolint-json", path()).levels())
                .containsOnlyKeys("DL3015");
    }

    @Test
    void everyHadolintAndBuildKitNameIsAcceptedAndOnlyNobodysNameFails() {
        Run buildKit = run("--ignore", "JSONArgsRecommended,InvalidBaseImagePlatform,SC2086,DL3057", path());
        assertThat(buildKit.code()).isEqualTo(1);
        assertThat(buildKit.err()).contains("BuildKit check InvalidBaseImagePlatform is accepted and skipped")
                .doesNotContain("unknown rule");
        Run retired = run("--ignore", "DL3005", "--ignore", "DL3005,DL3049", "--error", "DL3017", path());
        assertThat(retired.code()).isEqualTo(1);
        assertThat(retired.err().split("DL3005 is accepted and skipped", -1)).as("one note per code").hasSize(2);
        assertThat(retired.err()).contains("hadolint check DL3005 is accepted and skipped: dlint does not check it"
                + " because hadolint retired it").contains("DL3017 is accepted and skipped")
                .doesNotContain("DL3049 is accepted");
        Run unknownCode = run("--ignore", "DL4002", path());
        assertThat(unknownCode.code()).isEqualTo(2);
        assertThat(unknownCode.err()).contains("unknown rule 'DL4002'").doesNotContain("did you mean");
        Run typo = run("--ignore", "UnpinedBaseImage", path());
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("unknown rule 'UnpinedBaseImage' (did you mean UnpinnedBaseImage?)");
        assertThat(run("--ignore", "JSONArgsRecomended", path()).err())
                .contains("did you mean JSONArgsRecommended?");
        assertThat(run("--error", "DL9999", path()).code()).isEqualTo(2);
    }

    @Test
    void explainTakesEveryKindOfName() {
        assertThat(run("explain", "DL3007").out()).startsWith("# UnpinnedBaseImage\n");
        assertThat(run("explain", "JSONArgsRecommended").out()).startsWith("# JSONArgsRecommended\n");
        assertThat(run("explain", "DL3052").out()).startsWith("# LabelSchema\n");
        Run sc = run("explain", "SC2086");
        assertThat(sc.code()).isZero();
        assertThat(sc.out()).startsWith("SC2086 is ShellCheck's check").contains("https://www.shellcheck.net/wiki/SC2086")
                .contains("# ShellCheck\n");
        Run retired = run("explain", "DL3031");
        assertThat(retired.code()).isZero();
        assertThat(retired.out()).contains("hadolint check DL3031 is accepted and skipped");
        Run nobody = run("explain", "DL4002");
        assertThat(nobody.code()).isEqualTo(2);
        assertThat(nobody.err()).contains("unknown rule 'DL4002'").doesNotContain("did you mean");
    }

    @Test
    void enableByAliasTurnsOnARuleThatIsOffByDefault() throws IOException {
        Path service = write("svc/Dockerfile", "FROM alpine:3.20\nEXPOSE 8080\n");
        Run off = run("-f", "hadolint-json", service.toString());
        assertThat(off.levels()).doesNotContainKey("DL3057");
        Run on = run("--enable", "DL3057", "-f", "hadolint-json", service.toString());
        assertThat(on.levels()).containsKey("DL3057");
    }

    @Test
    void labelOptionsCheckTheLabelSchema() throws IOException {
        Path labelled = write("l/Dockerfile", "FROM alpine:3.20\nLABEL org.opencontainers.image.source=\"github.com/x\""
                + " vendor=acme\n");
        Run r = run("--require-label", "maintainer:text,org.opencontainers.image.source:url", "--strict-labels",
                "-f", "hadolint-json", labelled.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.levels()).containsExactly(Map.entry("DL3049", "info"), Map.entry("DL3052", "warning"),
                Map.entry("DL3050", "info"));
        assertThat(run("--require-label", "maintainer:text", "-f", "hadolint-json", labelled.toString()).levels())
                .as("not strict: other labels are fine").containsOnlyKeys("DL3049");
        Run badType = run("--require-label", "maintainer:colour", path());
        assertThat(badType.code()).isEqualTo(2);
        assertThat(badType.err()).contains("--require-label: 'maintainer:colour' is not LABEL:TYPE");
    }

    @Test
    void disableIgnorePragmaDisregardsHadolintAndDlintPragmas() throws IOException {
        Path pragmas = write("p/Dockerfile", "# hadolint ignore=DL3006\nFROM debian\n# dlint ignore=DL3007\n"
                + "FROM alpine:latest\n");
        assertThat(run("-f", "hadolint-json", pragmas.toString()).code()).isZero();
        Run disabled = run("--disable-ignore-pragma", "-f", "hadolint-json", pragmas.toString());
        assertThat(disabled.code()).isEqualTo(1);
        assertThat(disabled.levels()).containsOnlyKeys("DL3006", "DL3007");
    }

    @Test
    void filePathInReportRenamesTheInputInEveryFormat() throws IOException {
        Run json = run("--file-path-in-report", "app/Dockerfile", "-f", "hadolint-json", path());
        for (JsonNode finding : new ObjectMapper().readTree(json.out())) {
            assertThat(finding.get("file").asText()).isEqualTo("app/Dockerfile");
        }
        Run checkstyle = run("--file-path-in-report", "app/Dockerfile", "-f", "checkstyle", path());
        assertThat(checkstyle.out()).contains("<file name=\"app/Dockerfile\"").doesNotContain(path());
        Run stdin = run("--file-path-in-report", "web/Dockerfile", "--no-color", path());
        assertThat(stdin.out()).startsWith("web/Dockerfile:1:6: warning UnpinnedBaseImage");
    }

    @Test
    void verboseSaysWhichConfigurationIsUsedAndWhatItSets() throws IOException {
        Path config = write("ci/lint.yaml", "ignored: [DL3008]\noverride:\n  info: [DL3006]\n");
        Run r = run(Map.of("HADOLINT_TRUSTED_REGISTRIES", "docker.io"), "-V", "-c", config.toString(), path());
        assertThat(r.err()).contains("dlint: configuration: " + config + " (hadolint's schema)")
                .contains("dlint: environment: HADOLINT_TRUSTED_REGISTRIES")
                .contains("dlint: ignored: DL3008").contains("dlint: severities: DL3006=info")
                .contains("dlint: trusted registries: docker.io");
        assertThat(run("--verbose", path()).err()).contains("dlint: configuration: none found, defaults");
        assertThat(run(path()).err()).doesNotContain("configuration:");
        assertThat(run("-v").out()).startsWith("dlint ");
    }

    @Test
    void noFailAndThreshold() {
        assertThat(run("--no-fail", path()).code()).isZero();
        assertThat(run("-t", "error", path()).code()).isZero();
        assertThat(run("-t", "warning", path()).code()).isEqualTo(1);
        assertThat(run("--failure-threshold", "none", path()).code()).isEqualTo(1);
        assertThat(run("--failure-threshold", "ignore", path()).code()).isEqualTo(1);
    }

    @Test
    void codacyIsOneResultPerLineAndNeverFailsOnFindings() throws IOException {
        Run r = run("-f", "codacy", path());
        assertThat(r.code()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).extracting(n -> n.get("patternId").asText()).containsExactly("DL3006", "DL3007", "DL3015",
                "DL3008");
        assertThat(lines.get(0).get("filename").asText()).isEqualTo(path());
        assertThat(lines.get(0).get("line").asInt()).isEqualTo(1);
        assertThat(lines.get(0).get("message").asText()).contains("has no tag");
        Run unreadable = run("-f", "codacy", repo.resolve("missing/Dockerfile").toString());
        assertThat(unreadable.code()).as("an unreadable input still fails").isEqualTo(3);
    }

    @Test
    void junitNamesEachCaseAndParses() throws Exception {
        Run r = run("-f", "junit", path());
        assertThat(r.code()).isEqualTo(1);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(r.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(r.out()).contains("<testcase").contains("name=\"UnpinnedBaseImage at 1:6\"");
    }

    @Test
    void jsonCodeIsTheHadolintCodeAndRuleTheDlintName() throws IOException {
        JsonNode report = new ObjectMapper().readTree(run("-f", "json", path()).out());
        JsonNode first = report.get("findings").get(0);
        assertThat(first.get("code").asText()).isEqualTo("DL3006");
        assertThat(first.get("rule").asText()).isEqualTo("UnpinnedBaseImage");
        Path own = write("own/Dockerfile", "FROM alpine:3.20\nRUN curl -k https://example.com/x\n");
        JsonNode ownReport = new ObjectMapper().readTree(run("-f", "json", own.toString()).out());
        assertThat(ownReport.get("findings")).extracting(f -> f.get("code").asText()).contains("TlsVerificationDisabled");
    }

    // .hadolint.yaml keys

    @Test
    void everyHadolintKey() throws IOException {
        Path config = write("conf/hl.yaml", String.join("\n",
                "ignored: [DL3015]",
                "override:",
                "  error: [DL3006]",
                "  warning: [DL3015]",
                "  info: [DL3007]",
                "  style: [DL3008]",
                "failure-threshold: error",
                "trustedRegistries: [registry.corp.example]",
                "label-schema:",
                "  maintainer: text",
                "  org.opencontainers.image.url: url",
                "strict-labels: false",
                "disable-ignore-pragma: true",
                "no-fail: false",
                "no-color: true",
                "verbose: true",
                "format: hadolint-json",
                ""));
        Run r = run("-c", config.toString(), path());
        assertThat(r.code()).as("DL3006 overridden to error, threshold error").isEqualTo(1);
        assertThat(r.levels()).containsEntry("DL3006", "error").containsEntry("DL3007", "info")
                .containsEntry("DL3008", "style").containsEntry("DL3026", "error").containsEntry("DL3049", "info")
                .doesNotContainKey("DL3015");
        assertThat(r.err()).contains("dlint: configuration: " + config);
        JsonNode untrusted = null;
        for (JsonNode finding : new ObjectMapper().readTree(r.out())) {
            if (finding.get("code").asText().equals("DL3026")) {
                untrusted = finding;
            }
        }
        assertThat(untrusted.get("message").asText()).as("the message names the file the user has")
                .contains("add the registry to trustedRegistries in " + config).doesNotContain(".dlint.yaml");
    }

    @Test
    void noFailFormatsNoColorAndStrictLabelsKeys() throws IOException {
        Path noFail = write("a/hadolint.yaml", "no-fail: true\nformats: [hadolint-json, codacy]\nstrict-labels: true\n");
        Path sarif = repo.resolve("out.codacy");
        Run r = run("-c", noFail.toString(), "-o", "-", "-o", sarif.toString(), path());
        assertThat(r.code()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).isArray()).isTrue();
        assertThat(Files.readString(sarif)).contains("\"patternId\":\"DL3006\"");
        Path strict = write("d/.hadolint.yaml", "label-schema:\n  maintainer:\nstrict-labels: true\n");
        Path labelled = write("d/Dockerfile", "FROM alpine:3.20\nLABEL maintainer=me vendor=acme\n");
        assertThat(run("-c", strict.toString(), "-f", "hadolint-json", labelled.toString()).levels())
                .containsOnlyKeys("DL3050");
        Path badType = write("e/.hadolint.yaml", "label-schema:\n  maintainer: colour\n");
        assertThat(run("-c", badType.toString(), path()).err()).contains(badType + ":2: label-schema.maintainer:"
                + " unknown type 'colour'");
        Path noColor = write("b/.hadolint.yaml", "no-color: true\n");
        assertThat(run("-c", noColor.toString(), "--color", "always", path()).out()).doesNotContain("\u001b[");
        assertThat(run("--color", "always", path()).out()).contains("\u001b[");
        Path badFormat = write("c/.hadolint.yaml", "format: yaml\n");
        Run bad = run("-c", badFormat.toString(), path());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains(badFormat + ": format: unknown format 'yaml'");
    }

    @Test
    void commandLineBeatsTheFileAndListsAddUp() throws IOException {
        write(".hadolint.yaml", "ignored: [DL3008]\nfailure-threshold: error\nno-fail: true\n"
                + "override:\n  error: [DL3007]\n");
        Run r = run(Map.of("HADOLINT_IGNORE", "DL3015"), "--ignore", "DL3006", "--style", "DL3007", "-t", "style",
                "-f", "hadolint-json", path());
        assertThat(r.levels()).as("env, file and command-line ignores add up").containsOnlyKeys("DL3007");
        assertThat(r.levels()).as("the command line's severity wins").containsEntry("DL3007", "style");
        assertThat(r.code()).as("no-fail from the file still holds").isZero();
        Run fileOverEnv = run(Map.of("HADOLINT_FAILURE_THRESHOLD", "style", "HADOLINT_NOFAIL", "0"), path());
        assertThat(fileOverEnv.code()).as("the file's no-fail over the environment's").isZero();
    }

    @Test
    void schemaIsChosenByContentNotByName() throws IOException {
        Path hadolintKeys = write("ci/lint.yaml", "ignored: [DL3006]\n");
        assertThat(run("-c", hadolintKeys.toString(), "-f", "hadolint-json", path()).levels())
                .doesNotContainKey("DL3006");
        Path dlintKeys = write("ci/hadolint.yaml", "ignore: [DL3006]\n");
        assertThat(run("-c", dlintKeys.toString(), "-f", "hadolint-json", path()).levels())
                .doesNotContainKey("DL3006");
        Path mixed = write("ci/mixed.yaml", "ignore: [DL3006]\nignored: [DL3007]\n");
        Run bad = run("-c", mixed.toString(), path());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains(mixed + ":2: this file mixes dlint's key 'ignore' with hadolint's key 'ignored'");
        Path typo = write("ci/typo.yaml", "ignord: [DL3006]\n");
        assertThat(run("-c", typo.toString(), path()).err()).contains("unknown key 'ignord' (did you mean 'ignore'?)");
        Path named = write("ci/hadolint-typo.yaml", "ignord: [DL3006]\n");
        assertThat(run("-c", named.toString(), path()).err()).as("with no key of either schema, the name decides")
                .contains("unknown key 'ignord' (did you mean 'ignored'?)");
        Path skipped = write("ci/skipped.yaml", "ignored: [DL3039, SC2086]\n");
        Run accepted = run("-c", skipped.toString(), path());
        assertThat(accepted.code()).isEqualTo(1);
        assertThat(accepted.err()).contains(skipped + ":1: hadolint check DL3039 is accepted and skipped");
        Path unknown = write("ci/unknown.yaml", "ignored:\n  - DL3006\n  - DL4002\n");
        Run nobody = run("-c", unknown.toString(), path());
        assertThat(nobody.code()).isEqualTo(2);
        assertThat(nobody.err()).contains(unknown + ":3: ignored: unknown rule 'DL4002'");
    }

    // HADOLINT_* variables

    @Test
    void everyHadolintVariable() throws IOException {
        Map<String, String> env = new HashMap<>();
        env.put("HADOLINT_OVERRIDE_ERROR", "DL3006");
        env.put("HADOLINT_OVERRIDE_WARNING", "DL3015");
        env.put("HADOLINT_OVERRIDE_INFO", "DL3007");
        env.put("HADOLINT_OVERRIDE_STYLE", "DL3008");
        env.put("HADOLINT_TRUSTED_REGISTRIES", "registry.corp.example,mirror.corp.example");
        env.put("HADOLINT_FORMAT", "hadolint-json,nonsense");
        env.put("HADOLINT_FAILURE_THRESHOLD", "error");
        env.put("HADOLINT_REQUIRE_LABELS", "maintainer:text");
        env.put("HADOLINT_STRICT_LABELS", "true");
        env.put("HADOLINT_VERBOSE", "on");
        Run r = run(env, path());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.levels()).containsEntry("DL3006", "error").containsEntry("DL3015", "warning")
                .containsEntry("DL3007", "info").containsEntry("DL3008", "style").containsEntry("DL3026", "error");
        assertThat(r.err()).contains("HADOLINT_FORMAT: unknown format 'nonsense' dropped")
                .contains("dlint: trusted registries: registry.corp.example, mirror.corp.example");
        assertThat(r.levels()).as("HADOLINT_REQUIRE_LABELS").containsEntry("DL3049", "info");
        Path labelled = write("s/Dockerfile", "FROM alpine:3.20\nLABEL maintainer=me vendor=acme\n");
        assertThat(run(Map.of("HADOLINT_REQUIRE_LABELS", "maintainer:text", "HADOLINT_STRICT_LABELS", "yes",
                "HADOLINT_FORMAT", "hadolint-json"), labelled.toString()).levels()).containsOnlyKeys("DL3050");
        assertThat(run(Map.of("HADOLINT_NOFAIL", "Yes"), path()).code()).isZero();
        assertThat(run(Map.of("HADOLINT_NOFAIL", "nope"), path()).code()).as("not truthy").isEqualTo(1);
        assertThat(run(Map.of("NO_COLOR", ""), "--color", "always", path()).out()).doesNotContain("\u001b[");
        Path pragma = write("p/Dockerfile", "# hadolint ignore=DL3006\nFROM debian\n");
        assertThat(run(Map.of("HADOLINT_DISABLE_IGNORE_PRAGMA", "1"), pragma.toString()).code()).isEqualTo(1);
        assertThat(run(Map.of("HADOLINT_DISABLE_IGNORE_PRAGMA", "0"), pragma.toString()).code()).isZero();
        Run badThreshold = run(Map.of("HADOLINT_FAILURE_THRESHOLD", "fatal"), path());
        assertThat(badThreshold.code()).isEqualTo(2);
        assertThat(badThreshold.err()).contains("HADOLINT_FAILURE_THRESHOLD: unknown severity 'fatal'");
        assertThat(run(Map.of("HADOLINT_IGNORE", "DL4002"), path()).err()).contains("HADOLINT_IGNORE: unknown rule 'DL4002'");
    }

    // hadolint's configuration places

    @Test
    void userLevelConfigurationIsFoundInHadolintsOrder() throws IOException {
        Path home = repo.resolve("home");
        Path xdg = repo.resolve("xdg");
        Map<String, String> env = Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", xdg.toString());
        List<String> order = List.of("xdg/hadolint.yaml", "xdg/hadolint.yml", "home/.hadolint/hadolint.yaml",
                "home/.hadolint/hadolint.yml", "home/.hadolint/config.yaml", "home/.hadolint/config.yml",
                "home/.hadolint.yaml", "home/.hadolint.yml");
        for (String place : order) {
            write(place, "ignored: [DL3006]\n");
        }
        for (String place : order) {
            Run r = run(env, "-V", "-f", "hadolint-json", path());
            assertThat(r.err()).as(place).contains("dlint: configuration: " + repo.resolve(place));
            assertThat(r.levels()).doesNotContainKey("DL3006");
            Files.delete(repo.resolve(place));
        }
        write("home/.config/hadolint.yaml", "ignored: [DL3007]\n");
        Run defaultXdg = run(Map.of("HOME", home.toString()), "-V", path());
        assertThat(defaultXdg.err()).contains("dlint: configuration: " + home.resolve(".config/hadolint.yaml"));
        write(".hadolint.yaml", "ignored: [DL3008]\n");
        assertThat(run(Map.of("HOME", home.toString()), "-V", path()).err()).as("the project's file first")
                .contains("dlint: configuration: " + repo.resolve(".hadolint.yaml"));
    }
}
