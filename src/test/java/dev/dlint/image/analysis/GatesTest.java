package dev.dlint.image.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GatesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "20MB|20000000", "20Mb|20000000", "20 mb|20000000", "20MiB|20971520", "1.5k|1500", "42|42", "42b|42",
        "1KiB|1024", "1 kb|1000", "2G|2000000000", "1gib|1073741824", "1,000|1000", "1.5|1", "0.5KB|500",
        "1e|1000000000000000000", "3 TB|3000000000000", "5pi|5629499534213120",
    })
    void byteSizesLikeGoHumanize(String text, long expected) {
        assertThat(ByteSizes.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " 20MB", "MB", "20 xb", "1e3", "1.2.3", "-5", "20MB extra", "99999999eb"})
    void invalidByteSizes(String text) {
        assertThatThrownBy(() -> ByteSizes.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"0.9,0.9", "1e-1,0.1", ".5,0.5", "1.,1.0", "+0.25,0.25", "0x1p-2,0.25"})
    void goFloatSyntax(String text, double expected) {
        assertThat(GoFloat.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {" 0.9", "0.9 ", "0.9d", "1_0", "", "0x1", "abc"})
    void goFloatRejects(String text) {
        assertThatThrownBy(() -> GoFloat.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void goFloatFormatsLikePercentV() {
        assertThat(GoFloat.format(0.1)).isEqualTo("0.1");
        assertThat(GoFloat.format(1.0)).isEqualTo("1");
        assertThat(GoFloat.format(1e-7)).isEqualTo("1e-07");
    }

    private static DiveMetrics dive(double efficiency, long wasted, double userWasted) {
        return new DiveMetrics(efficiency, 1000, 500, wasted, userWasted, List.of(), 0);
    }

    private static final ExactWaste EXACT = new ExactWaste(5000, 10000, List.of(), List.of());

    @Test
    void strictComparisonsAndDisableTokens() {
        CiRules rules = new CiRules("0.9", " Disabled ", "OFF", "false");
        List<GateResult> r = CiGateEvaluator.evaluate(rules, dive(0.9, 0, 0), EXACT);
        assertThat(r).extracting(GateResult::status).containsExactly(GateStatus.SKIP, GateStatus.SKIP, GateStatus.PASS);
        // 0.9 > 0.89 fails
        assertThat(CiGateEvaluator.evaluate(rules, dive(0.89, 0, 0), EXACT).get(2).message())
                .isEqualTo("image efficiency is too low (efficiency=0.89 < threshold=0.9)");
        CiRules bytes = new CiRules("", "20MB", "", "4999");
        List<GateResult> b = CiGateEvaluator.evaluate(bytes, dive(1, 20_000_000, 0), EXACT);
        assertThat(b).extracting(GateResult::name, GateResult::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("highestUserWastedPercent", GateStatus.SKIP),
                org.assertj.core.groups.Tuple.tuple("highestWastedBytes", GateStatus.PASS),
                org.assertj.core.groups.Tuple.tuple("lowestEfficiency", GateStatus.SKIP),
                org.assertj.core.groups.Tuple.tuple("maxWastedBytes", GateStatus.FAIL));
        assertThat(CiGateEvaluator.evaluate(bytes, dive(1, 20_000_001, 0), EXACT).get(1).message())
                .isEqualTo("too many bytes wasted (wasted-bytes=20000001 > threshold=20000000)");
    }

    @Test
    void nanNeverFailsInfinityAlwaysFails() {
        CiRules rules = new CiRules("disabled", "disabled", "1", "disabled");
        assertThat(CiGateEvaluator.evaluate(rules, dive(1, 0, Double.NaN), EXACT).get(0).status())
                .isEqualTo(GateStatus.PASS);
        assertThat(CiGateEvaluator.evaluate(rules, dive(1, 0, Double.POSITIVE_INFINITY), EXACT).get(0).status())
                .isEqualTo(GateStatus.FAIL);
        // a NaN threshold passes the range check and then never fails, as in dive
        assertThat(CiGateEvaluator.evaluate(new CiRules("NaN", "", "", ""), dive(0, 0, 0), EXACT).get(2).status())
                .isEqualTo(GateStatus.PASS);
    }

    @Test
    void invalidValuesAreConfigurationErrors() {
        assertThatThrownBy(() -> new CiRules("1.5", "", "", "").validate()).isInstanceOf(GateConfigException.class)
                .hasMessageContaining("outside allowed range (0-1)");
        assertThatThrownBy(() -> new CiRules("x", "", "", "").validate()).isInstanceOf(GateConfigException.class)
                .hasMessageContaining("invalid lowestEfficiency config value");
        assertThatThrownBy(() -> new CiRules("", "20 parsecs", "", "").validate())
                .isInstanceOf(GateConfigException.class);
    }

    @Test
    void diveCiFileReplacesFlagsEnvAndDlintYaml() throws Exception {
        Path diveCi = Files.writeString(tmp.resolve(".dive-ci"), """
                plugins:
                  - plugin1
                rules:
                  lowestEfficiency: 0.95
                  highest-wasted-bytes: 1MB
                  highestUserWastedPercent: off
                """);
        Path dlint = Files.writeString(tmp.resolve(".dlint.yaml"), """
                image:
                  rules:
                    highest-wasted-bytes: 5MB
                    max-wasted-bytes: 10MiB
                """);
        CiRules r = CiRulesResolver.resolve(Optional.of(diveCi), Map.of("lowestEfficiency", "0.5",
                "highestWastedBytes", "7MB"), Map.of("DIVE_RULES_HIGHEST_WASTED_BYTES", "9MB"), Optional.of(dlint));
        // kebab key in .dive-ci ignored, flags/env/.dlint.yaml ignored for dive rules; max-wasted-bytes still read
        // YAML 1.1 reads `off` as the boolean false, which dive (viper) turns into the disable token "false"
        assertThat(r).isEqualTo(new CiRules("0.95", "disabled", "false", "10MiB"));
    }

    @Test
    void withoutDiveCiFlagsBeatEnvBeatDlintYamlBeatDefaults() throws Exception {
        Path dlint = Files.writeString(tmp.resolve(".dlint.yaml"), """
                image:
                  rules:
                    lowest-efficiency: 0.8
                    highest-wasted-bytes: 5MB
                    highest-user-wasted-percent: 0.3
                """);
        CiRules r = CiRulesResolver.resolve(Optional.of(tmp.resolve(".dive-ci")), Map.of("lowestEfficiency", "0.7"),
                Map.of("DIVE_RULES_HIGHEST_WASTED_BYTES", "9MB"), Optional.of(dlint));
        assertThat(r).isEqualTo(new CiRules("0.7", "9MB", "0.3", "disabled"));
        assertThat(CiRulesResolver.resolve(Optional.empty(), Map.of(), Map.of(), Optional.empty()))
                .isEqualTo(CiRules.DEFAULTS);
    }

    @Test
    void malformedYamlIsAConfigurationError() throws Exception {
        Path bad = Files.writeString(tmp.resolve(".dive-ci"), "rules: [unclosed\n");
        assertThatThrownBy(() -> CiRulesResolver.resolve(Optional.of(bad), Map.of(), Map.of(), Optional.empty()))
                .isInstanceOf(GateConfigException.class);
        Path wrong = Files.writeString(tmp.resolve("x.yaml"), "rules: 5\n");
        assertThatThrownBy(() -> CiRulesResolver.readDiveCi(wrong)).isInstanceOf(GateConfigException.class)
                .hasMessageContaining("'rules' should be a mapping");
    }
}
