package dev.dlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.rule.KnownForeignChecks;
import dev.dlint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader(BuiltinRules.catalog());

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsEveryDlintKeyWithAliasesKeptAsTheCasesTheyName() throws Exception {
        Path file = write(".dlint.yaml", String.join("\n",
                "ignore: [DL3006, CacheBustingCopy]",
                "severity:",
                "  SplitInstallCleanup: error",
                "failure-threshold: warning",
                "trusted-registries: [docker.io, \"*.corp.example\"]",
                "enable: [MutableBaseImageTag]",
                "rules:",
                "  CacheBustingArg: {extra-names: [DEPLOY_ID]}",
                "overrides:",
                "  - files: [\"legacy/**\"]",
                "    ignore: [ChownAfterCopy]",
                "    severity: {UnpinnedBaseImage: info}",
                ""));
        Configuration config = loader.load(file);
        assertThat(config.ignored()).containsExactlyInAnyOrder("DL3006", "CacheBustingCopy");
        assertThat(config.severities()).containsEntry("SplitInstallCleanup", Severity.ERROR);
        assertThat(config.failureThreshold()).isEqualTo(Severity.WARNING);
        assertThat(config.trustedRegistries()).containsExactly("docker.io", "*.corp.example");
        assertThat(config.runs("MutableBaseImageTag", false)).isTrue();
        assertThat(config.options("CacheBustingArg")).containsKey("extra-names");
        Configuration legacy = config.forFile(dir.resolve("legacy/app/Dockerfile"));
        assertThat(legacy.ignored()).contains("ChownAfterCopy");
        assertThat(legacy.severities()).containsEntry("UnpinnedBaseImage", Severity.INFO);
        assertThat(config.forFile(dir.resolve("app/Dockerfile")).ignored()).doesNotContain("ChownAfterCopy");
    }

    @Test
    void unknownKeyNamesFileLineAndSuggestion() throws Exception {
        Path file = write(".dlint.yaml", "failure-threshold: error\nignroe: [SyntaxError]\n");
        assertThatThrownBy(() -> loader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessage(file + ":2: unknown key 'ignroe' (did you mean 'ignore'?)");
    }

    @Test
    void unknownRuleAndBadSeverityAreErrors() throws Exception {
        Path rule = write("a/.dlint.yaml", "ignore:\n  - UnpinnedBase\n");
        assertThatThrownBy(() -> loader.load(rule)).hasMessage(rule + ":2: ignore: unknown rule 'UnpinnedBase' "
                + "(did you mean UnpinnedBaseImage?)");
        Path level = write("b/.dlint.yaml", "severity:\n  SyntaxError: fatal\n");
        assertThatThrownBy(() -> loader.load(level)).hasMessage(level + ":2: severity.SyntaxError: unknown severity "
                + "'fatal' (use error, warning, info or style)");
        Path type = write("c/.dlint.yaml", "ignore: {a: b}\n");
        assertThatThrownBy(() -> loader.load(type)).hasMessageContaining(":1: ignore must be a value, not a mapping");
    }

    @Test
    void checksDlintKnowsButDoesNotImplementAreAcceptedAndDoNothing() throws Exception {
        Path file = write("d/.dlint.yaml", "ignore: [InvalidBaseImagePlatform, FromAsCasing]\n");
        Configuration config = loader.load(file);
        assertThat(config.ignored()).containsExactlyInAnyOrder("InvalidBaseImagePlatform", "FromAsCasing");
        assertThat(loader.ruleName("invalidbaseimageplatform")).isEqualTo("InvalidBaseImagePlatform");
        assertThat(BuiltinRules.catalog().find("InvalidBaseImagePlatform")).isEmpty();
        assertThat(KnownForeignChecks.find("InvalidBaseImagePlatform").orElseThrow().note())
                .contains("accepted and skipped");
    }

    @Test
    void invalidYamlReportsItsLine() throws Exception {
        Path file = write(".dlint.yaml", "ignore:\n  - SyntaxError\nseverity: [\n");
        assertThatThrownBy(() -> loader.load(file)).hasMessageStartingWith(file + ":").hasMessageContaining("invalid YAML");
        Path list = write("l/.dlint.yaml", "- a\n- b\n");
        assertThatThrownBy(() -> loader.load(list)).hasMessage(list + ":1: the configuration must be a mapping of keys to values, not a list");
    }

    @Test
    void readsHadolintConfiguration() throws Exception {
        Path file = write(".hadolint.yaml", String.join("\n",
                "ignored: [DL3006, DL3008]",
                "override:",
                "  error: [DL1000]",
                "  info: [DL3007]",
                "failure-threshold: style",
                "trustedRegistries: [my.registry:5000]",
                "strict-labels: true",
                ""));
        Configuration config = loader.load(file);
        assertThat(config.ignored()).containsExactlyInAnyOrder("DL3006", "DL3008"); // each names its case only
        assertThat(config.severities()).containsEntry("DL1000", Severity.ERROR).containsEntry("DL3007", Severity.INFO);
        assertThat(config.dialect()).isEqualTo(ConfigDialect.HADOLINT);
        assertThat(config.failureThreshold()).isEqualTo(Severity.STYLE);
        assertThat(config.trustedRegistries()).containsExactly("my.registry:5000");
        Path dlintKeys = write("h/.hadolint.yaml", "ignore: [DL3006]\n");
        assertThat(loader.load(dlintKeys).dialect()).as("the keys decide, not the name").isEqualTo(ConfigDialect.DLINT);
        Path bad = write("h2/.hadolint.yaml", "ignord: [DL3006]\n");
        assertThatThrownBy(() -> loader.load(bad)).hasMessageContaining(":1: unknown key 'ignord' (did you mean 'ignored'?)");
    }

    @Test
    void discoveryWalksUpToTheRepositoryRootAndPrefersDlint() throws Exception {
        Files.createDirectories(dir.resolve("repo/.git"));
        write("repo/.hadolint.yaml", "ignored: []\n");
        Path nested = Files.createDirectories(dir.resolve("repo/services/api"));
        assertThat(loader.discover(nested)).contains(dir.resolve("repo/.hadolint.yaml"));
        write("repo/services/.dlint.yaml", "ignore: []\n");
        assertThat(loader.discover(nested)).contains(dir.resolve("repo/services/.dlint.yaml"));
        write(".dlint.yaml", "ignore: []\n"); // above the repository root: never read
        Files.delete(dir.resolve("repo/services/.dlint.yaml"));
        Files.delete(dir.resolve("repo/.hadolint.yaml"));
        assertThat(loader.discover(nested)).isEqualTo(Optional.empty());
    }

    @Test
    void commandLineSettingsGoOnTop() throws Exception {
        Configuration config = loader.load(write(".dlint.yaml", "ignore: [SyntaxError]\nfailure-threshold: error\n"));
        Configuration merged = config.with(new CommandLineSettings(Optional.of(Severity.STYLE),
                java.util.List.of("ChownAfterCopy"), java.util.Map.of("SyntaxError", Severity.INFO), java.util.List.of(),
                java.util.List.of()));
        assertThat(merged.ignored()).containsExactlyInAnyOrder("SyntaxError", "ChownAfterCopy");
        assertThat(merged.failureThreshold()).isEqualTo(Severity.STYLE);
        assertThat(merged.severities()).containsEntry("SyntaxError", Severity.INFO);
    }
}
