package dev.dlint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.image.analysis.CiRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gate sources with dive's precedence: .dive-ci, else option, environment, .dlint.yaml, defaults. */
class ImageGateSettingsTest {

    @TempDir
    Path temp;

    private Configuration dlintYaml(String text) throws Exception {
        Path file = temp.resolve(".dlint.yaml");
        Files.writeString(file, text);
        return new ConfigLoader(BuiltinRules.catalog()).load(file);
    }

    @Test
    void defaultsWithoutAnySource() throws Exception {
        CiRules rules = ImageGateSettings.resolve(Optional.of(temp.resolve(".dive-ci")), Map.of(), Map.of(),
                Configuration.defaults());
        assertThat(rules).isEqualTo(CiRules.DEFAULTS);
    }

    @Test
    void optionBeatsEnvironmentBeatsDlintYaml() throws Exception {
        Configuration yaml = dlintYaml("image:\n  rules:\n    lowest-efficiency: 0.5\n    highest-wasted-bytes: 1MB\n"
                + "    highest-user-wasted-percent: 0.3\n    max-wasted-bytes: 2MB\n");
        Map<String, String> env = Map.of("DIVE_RULES_LOWEST_EFFICIENCY", "0.6", "DIVE_RULES_HIGHEST_WASTED_BYTES", "3MB");
        CiRules rules = ImageGateSettings.resolve(Optional.empty(), Map.of("lowestEfficiency", "0.7"), env, yaml);
        assertThat(rules).isEqualTo(new CiRules("0.7", "3MB", "0.3", "2MB"));
    }

    @Test
    void anExistingDiveCiReplacesOptionsEnvironmentAndYamlForDivesGatesOnly() throws Exception {
        Path diveCi = temp.resolve(".dive-ci");
        Files.writeString(diveCi, "rules:\n  lowestEfficiency: 0.8\n");
        Configuration yaml = dlintYaml("image:\n  rules:\n    highest-user-wasted-percent: 0.3\n    max-wasted-bytes: 2MB\n");
        CiRules rules = ImageGateSettings.resolve(Optional.of(diveCi), Map.of("lowestEfficiency", "0.7"),
                Map.of("DIVE_RULES_HIGHEST_WASTED_BYTES", "3MB"), yaml);
        assertThat(rules).isEqualTo(new CiRules("0.8", "disabled", "0.1", "2MB"));
    }

    @Test
    void anInvalidEnvironmentValueIsReportedOnlyWhenUsed() throws Exception {
        Map<String, String> env = Map.of("DIVE_RULES_LOWEST_EFFICIENCY", "high");
        assertThatThrownBy(() -> ImageGateSettings.resolve(Optional.empty(), Map.of(), env, Configuration.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("environment variable DIVE_RULES_LOWEST_EFFICIENCY: invalid lowestEfficiency config value 'high'");
        assertThat(ImageGateSettings.resolve(Optional.empty(), Map.of("lowestEfficiency", "0.9"), env,
                Configuration.defaults()).lowestEfficiency()).isEqualTo("0.9");
    }

    @Test
    void valuesAreCheckedLikeDive() {
        ImageGateSettings.check("lowestEfficiency", "Disabled");
        ImageGateSettings.check("highestWastedBytes", "20 MiB");
        ImageGateSettings.check("highestUserWastedPercent", "");
        assertThatThrownBy(() -> ImageGateSettings.check("highestUserWastedPercent", "-0.1"))
                .hasMessageContaining("outside allowed range (0-1)");
        assertThatThrownBy(() -> ImageGateSettings.check("maxWastedBytes", "ten"))
                .hasMessageContaining("invalid maxWastedBytes config value 'ten'");
    }
}
