package dev.dlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.rule.Finding;
import dev.dlint.rule.Fix;
import dev.dlint.testing.RuleRunner;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which findings carry a safe fix, an unsafe one, or none: the cases the fixture pairs cannot show on their own
 * (a finding whose fix is refused has no {@code .fixed} twin).
 */
class FixSafetyTest {

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "AddInsteadOfCopy            | FROM alpine:3.20\\nADD run.sh /usr/local/bin/                  | safe",
        "AddInsteadOfCopy            | FROM alpine:3.20\\nADD conf/ /etc/app/                          | safe",
        "AddInsteadOfCopy            | FROM alpine:3.20\\nADD entrypoint /entrypoint                   | unsafe",
        "AddInsteadOfCopy            | FROM alpine:3.20\\nADD * /srv/                                  | unsafe",
        "CopyDestinationNotDirectory | FROM alpine:3.20\\nWORKDIR /app\\nCOPY a b .                   | safe",
        "CopyDestinationNotDirectory | FROM alpine:3.20\\nCOPY a b /opt/app                            | unsafe",
        "EnvReferencesSameEnv        | FROM alpine:3.20\\nENV A=1 B=$A                                 | unsafe",
        "EnvReferencesSameEnv        | FROM alpine:3.20\\nENV A=1 \\\\\\n# b\\n    B=$A                 | none",
        "NonNumericUser              | FROM alpine:3.20\\nRUN adduser -D -u 1000 app\\nUSER app         | unsafe",
        "NonNumericUser              | FROM debian:12\\nRUN useradd --system app\\nUSER app             | none",
        "NonNumericUser              | FROM debian:12\\nRUN useradd -u 1000 app\\nUSER app:staff        | none",
        "NonNumericUser              | FROM debian:12\\nRUN useradd -u 1000 app\\nUSER \"app\"            | none",
    })
    void findingCarriesTheExpectedFix(String rule, String dockerfile, String expected) {
        List<Finding> findings = RuleRunner.lint(dockerfile.replace("\\n", "\n").replace("\\\\", "\\")).reported()
                .stream().filter(f -> f.rule().equals(rule)).toList();
        assertThat(findings).as(dockerfile).hasSize(1);
        Optional<Fix> fix = findings.get(0).fix();
        String actual = fix.map(f -> f.safe() ? "safe" : "unsafe").orElse("none");
        assertThat(actual).as(findings.get(0).message()).isEqualTo(expected);
    }
}
