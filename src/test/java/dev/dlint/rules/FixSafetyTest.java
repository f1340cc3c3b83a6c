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
        "PackageCacheInLayer         | FROM debian:12\\nRUN apt-get update && apt-get install -y x    | safe",
        "PackageCacheInLayer         | FROM debian:12\\nRUN apt-get update\\nRUN apt-get install -y x | unsafe",
        "PackageCacheInLayer         | FROM debian:12\\nONBUILD RUN apt-get update                  | unsafe",
        "PackageCacheInLayer         | FROM alpine:3.20\\nRUN apk add curl=8.9.1-r0                 | safe",
        "PackageCacheInLayer         | FROM python:3.12\\nRUN pip install flask==3.0.0              | safe",
        "PackageCacheInLayer         | FROM fedora:40\\nRUN dnf install -y git-2.45.2              | safe",
        "PackageCacheInLayer         | FROM node:20\\nRUN yarn install                              | unsafe",
        "PackageCacheInLayer         | FROM maven:3\\nRUN mvn dependency:go-offline                 | unsafe",
        "PackageCacheInLayer         | FROM ruby:3.3\\nRUN gem install rake:13.0                    | none",
        "MissingAssumeYes            | FROM debian:12\\nRUN apt-get install curl=7.88.1-10          | safe",
        "MissingAssumeYes            | FROM opensuse/leap:15.6\\nRUN zypper in curl=8.6.0          | safe",
        "MissingNoInstallRecommends  | FROM debian:12\\nRUN apt-get install -y curl=7.88.1-10       | unsafe",
        "AptInsteadOfAptGet          | FROM debian:12\\nRUN apt install -y curl=7.88.1-10           | unsafe",
        "AptInsteadOfAptGet          | FROM debian:12\\nRUN apt upgrade -y                          | none",
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
