package dev.dlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.rule.BuildKitChecks;
import dev.dlint.rule.Finding;
import dev.dlint.rule.KnownForeignChecks;
import dev.dlint.rule.Severity;
import dev.dlint.syntax.Dockerfiles;
import dev.dlint.testing.Fixture;
import dev.dlint.testing.RuleRunner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit's own examples for its build checks, written down from what its documentation pages
 * (docs.docker.com/reference/build-checks/, the ❌ and ✅ blocks) and its lint tests
 * ({@code frontend/dockerfile/dockerfile_lint_test.go}) show, give the same checks at the same lines in dlint.
 *
 * <p>A lint-test case lists every warning BuildKit reports for its Dockerfile, and dlint must report exactly those
 * among the findings BuildKit would report too ({@link BuildKitChecks#reportedByBuildKit}). A documentation case
 * concerns one check: the ❌ block gives it at the listed lines, the ✅ block does not. BuildKit locates a warning by
 * its instruction, dlint by the narrowest range (a name, a flag, a comment above): a dlint finding matches a BuildKit
 * line when the instruction it belongs to spans that line. The few places where dlint deliberately differs are
 * cases of their own below, each saying why.
 */
class BuildKitExamplesTest {

    /** One Dockerfile and what BuildKit reports for it ({@code Rule@line}). */
    private record Case(String name, String dockerfile, List<String> buildArgs, String onlyRule, List<String> expected) {
    }

    private static Case lintTest(String name, String dockerfile, String... expected) {
        return new Case(name, dockerfile, List.of(), null, List.of(expected));
    }

    private static Case lintTest(String name, String dockerfile, List<String> buildArgs, String... expected) {
        return new Case(name, dockerfile, buildArgs, null, List.of(expected));
    }

    private static Case doc(String rule, String dockerfile, int... lines) {
        List<String> expected = new ArrayList<>();
        for (int line : lines) {
            expected.add(rule + "@" + line);
        }
        return new Case(rule + " docs", dockerfile, List.of(), rule, expected);
    }

    @TestFactory
    Stream<DynamicTest> buildKitExamples() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(lintTests());
        cases.addAll(documentation());
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            tests.add(DynamicTest.dynamicTest(c.name() + " #" + (i + 1), () -> check(c)));
        }
        return tests.stream();
    }

    private static List<Case> lintTests() {
        return List.of(
                lintTest("testRuleCheckOption skip=all", "#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n"),
                lintTest("testRuleCheckOption skip=all;error=true",
                        "#check=skip=all;error=true\nFROM scratch as base\ncopy Dockerfile .\n"),
                lintTest("testRuleCheckOption skip two",
                        "#check=skip=ConsistentInstructionCasing,FromAsCasing\nFROM scratch as base\ncopy Dockerfile .\n"),
                lintTest("testRuleCheckOption skip two;error=true", "#check=skip=ConsistentInstructionCasing,FromAsCasing;"
                        + "error=true\nFROM scratch as base\ncopy Dockerfile .\n"),
                lintTest("testRuleCheckOption skip one",
                        "#check=skip=ConsistentInstructionCasing\nFROM scratch as base\ncopy Dockerfile .\n", "FromAsCasing@2"),
                lintTest("testRuleCheckOption skip one;error=true", "#check=skip=ConsistentInstructionCasing;error=true\n"
                        + "FROM scratch as base\ncopy Dockerfile .\n", "FromAsCasing@2"),
                lintTest("testRuleCheckOption build argument replaces the directive",
                        "#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n",
                        List.of("BUILDKIT_DOCKERFILE_CHECK=skip=ConsistentInstructionCasing;error=true"), "FromAsCasing@2"),
                lintTest("testRuleCheckOption build argument skip=all", "#check=error=true\nFROM scratch as base\n"
                        + "copy Dockerfile .\n", List.of("BUILDKIT_DOCKERFILE_CHECK=skip=all")),
                lintTest("testStageName", "\n# warning: stage name should be lowercase\n#\nFROM scratch AS BadStageName\n\n"
                        + "# warning: 'as' should match 'FROM' cmd casing.\n#\nFROM scratch as base2\n\nFROM scratch AS base3\n",
                        "StageNameCasing@4", "FromAsCasing@8"),
                lintTest("testStageName lower-case FROM", "\n# warning: 'AS' should match 'from' cmd casing.\n#\n"
                        + "from scratch AS base\n\nfrom scratch as base2\n", "FromAsCasing@4"),
                lintTest("testNoEmptyContinuation", "\nFROM scratch\n# warning: empty continuation line\nCOPY Dockerfile \\\n\n"
                        + ".\nCOPY Dockerfile \\\n.\n", "NoEmptyContinuation@6"),
                lintTest("testConsistentInstructionCasing From", "\n# warning: 'FROM' should be either lowercased or"
                        + " uppercased\n#\nFrom scratch as base\nFROM scratch AS base2\n", "ConsistentInstructionCasing@4"),
                lintTest("testConsistentInstructionCasing copy", "\nFROM scratch\n# warning: 'copy' should match command"
                        + " majority's casing (uppercase)\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n",
                        "ConsistentInstructionCasing@4"),
                lintTest("testConsistentInstructionCasing frOM", "\n# warning: 'frOM' should be either lowercased or"
                        + " uppercased\n#\nfrOM scratch as base\nfrom scratch as base2\n", "ConsistentInstructionCasing@4"),
                lintTest("testConsistentInstructionCasing COPY", "\nfrom scratch\n# warning: 'COPY' should match command"
                        + " majority's casing (lowercase)\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n",
                        "ConsistentInstructionCasing@4"),
                lintTest("testConsistentInstructionCasing from", "\n# warning: 'from' should match command majority's"
                        + " casing (uppercase)\n#\nfrom scratch\nCOPY Dockerfile /foo\nCOPY Dockerfile /bar\n"
                        + "COPY Dockerfile /baz\n", "ConsistentInstructionCasing@4"),
                lintTest("testConsistentInstructionCasing FROM", "\n# warning: 'FROM' should match command majority's"
                        + " casing (lowercase)\n#\nFROM scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n"
                        + "copy Dockerfile /baz\n", "ConsistentInstructionCasing@4"),
                lintTest("testConsistentInstructionCasing all lower", "\nfrom scratch\ncopy Dockerfile /foo\n"
                        + "copy Dockerfile /bar\n"),
                lintTest("testConsistentInstructionCasing all upper", "\nFROM scratch\nCOPY Dockerfile /foo\n"
                        + "COPY Dockerfile /bar\n"),
                lintTest("testConsistentInstructionCasing heredoc", "\nFROM alpine\nRUN <<'EOT'\nenv\nEOT\n"),
                lintTest("testDuplicateStageName", "\nFROM scratch AS b\nFROM scratch AS b\n", "DuplicateStageName@3"),
                lintTest("testDuplicateStageName unique", "\nFROM scratch AS b1\nFROM scratch AS b2\n"),
                lintTest("testReservedStageName", "\nFROM scratch AS scratch\nFROM scratch AS context\n",
                        "ReservedStageName@2", "ReservedStageName@3"),
                lintTest("testReservedStageName as a base", "\nFROM scratch\nFROM scratch AS a\n"),
                lintTest("testJSONArgsRecommended CMD", "\nFROM scratch\nCMD mycommand\n", "JSONArgsRecommended@3"),
                lintTest("testJSONArgsRecommended ENTRYPOINT", "\nFROM scratch\nENTRYPOINT mycommand\n",
                        "JSONArgsRecommended@3"),
                lintTest("testJSONArgsRecommended SHELL CMD", "\nFROM scratch\nSHELL [\"/usr/bin/customshell\"]\n"
                        + "CMD mycommand\n"),
                lintTest("testJSONArgsRecommended SHELL ENTRYPOINT", "\nFROM scratch\nSHELL [\"/usr/bin/customshell\"]\n"
                        + "ENTRYPOINT mycommand\n"),
                lintTest("testJSONArgsRecommended inherited SHELL CMD", "\nFROM scratch AS base\n"
                        + "SHELL [\"/usr/bin/customshell\"]\n\nFROM base\nCMD mycommand\n"),
                lintTest("testJSONArgsRecommended inherited SHELL ENTRYPOINT", "\nFROM scratch AS base\n"
                        + "SHELL [\"/usr/bin/customshell\"]\n\nFROM base\nENTRYPOINT mycommand\n"),
                lintTest("testMaintainerDeprecated", "\nFROM scratch\nMAINTAINER me@example.org\n",
                        "MaintainerDeprecated@3"),
                lintTest("testMaintainerDeprecated label", "\nFROM scratch\n"
                        + "LABEL org.opencontainers.image.authors=\"me@example.org\"\n"),
                lintTest("testWarningsBeforeError", "\nFROM scratch AS BadStageName\nMAINTAINER me@example.org\nBADCMD\n",
                        "StageNameCasing@2", "MaintainerDeprecated@3"),
                lintTest("testUndeclaredArg global", "\nARG base=scratch\nFROM $base\nCOPY Dockerfile .\n"),
                lintTest("testUndeclaredArg redeclared predefined", "\nARG BUILDPLATFORM=linux/amd64\n"
                        + "FROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n"),
                lintTest("testUndeclaredArg predefined", "\nFROM --platform=$BUILDPLATFORM scratch\nCOPY Dockerfile .\n"),
                lintTest("testUndeclaredArg declared without value", "\nARG DEBUG\nFROM scratch${DEBUG}\nCOPY Dockerfile .\n"),
                lintTest("testUndeclaredArg default", "\nARG DEBUG\nFROM scra${DEBUG:-tch}\nCOPY Dockerfile .\n"),
                lintTest("testUndeclaredArg empty", "\nARG DEBUG=\"\"\nFROM scratch${DEBUG-@bogus}\nCOPY Dockerfile .\n"),
                lintTest("testUndeclaredArg misspelt", "\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n",
                        "UndefinedArgInFrom@2"),
                lintTest("testUndeclaredArg MYARCH", "\nARG MY_OS=linux\nARG MY_ARCH=amd64\n"
                        + "FROM --platform=linux/${MYARCH} busybox\nCOPY Dockerfile .\n\t", "UndefinedArgInFrom@4"),
                lintTest("testUndeclaredArg version", "\nARG tag=latest\nFROM busybox:${tag}${version} AS b\n"
                        + "COPY Dockerfile .\n", "UndefinedArgInFrom@3"),
                lintTest("testWorkdirRelativePath", "\nFROM scratch\nWORKDIR app/\n", "WorkdirRelativePath@3"),
                lintTest("testWorkdirRelativePath inherited", "\nFROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\n"
                        + "WORKDIR subdir/\n"),
                lintTest("testUnmatchedVars declared", "\nFROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n"),
                lintTest("testUnmatchedVars inherited", "\nFROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\n"
                        + "COPY $foo .\n"),
                lintTest("testUnmatchedVars RUN", "\nFROM alpine\nRUN echo $PATH\n"),
                lintTest("testUnmatchedVars before its ARG", "\nFROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n",
                        "UndefinedVar@3"),
                lintTest("testUnmatchedVars did you mean", "\nFROM alpine\nARG DIR_BINARIES=binaries/\n"
                        + "ARG DIR_ASSETS=assets/\nARG DIR_CONFIG=config/\nCOPY $DIR_ASSET .\n\t", "UndefinedVar@6"),
                lintTest("testUnmatchedVars PAHT", "\nFROM alpine\nENV PATH=$PAHT:/tmp/bin\n\t\t", "UndefinedVar@3"),
                lintTest("testAllTargetUnmarshal", "\nFROM scratch AS first\nCOPY $foo .\n\nFROM scratch AS second\n"
                        + "COPY $bar .\n", "UndefinedVar@3", "UndefinedVar@6"),
                lintTest("testMultipleInstructionsDisallowed", "\nFROM scratch\nENTRYPOINT [\"/myapp\"]\n"
                        + "ENTRYPOINT [\"/myotherapp\"]\nCMD [\"/myapp\"]\nCMD [\"/myotherapp\"]\n"
                        + "HEALTHCHECK CMD [\"/myapp\"]\nHEALTHCHECK CMD [\"/myotherapp\"]\n",
                        "MultipleInstructionsDisallowed@3", "MultipleInstructionsDisallowed@5",
                        "MultipleInstructionsDisallowed@7"),
                lintTest("testMultipleInstructionsDisallowed broken up", "\nFROM scratch\nENTRYPOINT [\"/myapp\"]\n"
                        + "CMD [\"/myapp\"]\nHEALTHCHECK CMD [\"/myapp\"]\nCOPY <<EOF /a.txt\nHello, World!\nEOF\n"
                        + "ENTRYPOINT [\"/myotherapp\"]\nCMD [\"/myotherapp\"]\nHEALTHCHECK CMD [\"/myotherapp\"]\n",
                        "MultipleInstructionsDisallowed@3", "MultipleInstructionsDisallowed@4",
                        "MultipleInstructionsDisallowed@5"),
                lintTest("testMultipleInstructionsDisallowed stages", "\nFROM scratch AS a\nENTRYPOINT [\"/myapp\"]\n"
                        + "CMD [\"/myapp\"]\nHEALTHCHECK CMD [\"/myapp\"]\n\nFROM a AS b\nENTRYPOINT [\"/myotherapp\"]\n"
                        + "CMD [\"/myotherapp\"]\nHEALTHCHECK CMD [\"/myotherapp\"]\n"),
                lintTest("testLegacyKeyValueFormat", "\nFROM scratch\nENV testkey value\nLABEL key value\n",
                        "LegacyKeyValueFormat@3", "LegacyKeyValueFormat@4"),
                lintTest("testLegacyKeyValueFormat new form", "\nFROM scratch\nENV testkey=value\nLABEL key=value\n"),
                // BuildKit's test checks only the messages of these (its lines 3 and 4 are not compared); they are
                // the ENV and LABEL of the unreachable stage b
                lintTest("testLegacyKeyValueFormat unreachable stage", "\nFROM scratch AS a\n\nFROM a AS b\n"
                        + "ENV testkey value\nLABEL key value\n\nFROM a AS c\n",
                        "LegacyKeyValueFormat@5", "LegacyKeyValueFormat@6"),
                lintTest("testRedundantTargetPlatform", "\nFROM --platform=$TARGETPLATFORM scratch\n",
                        "RedundantTargetPlatform@2"),
                lintTest("testRedundantTargetPlatform braces", "\nFROM --platform=${TARGETPLATFORM} scratch\n",
                        "RedundantTargetPlatform@2"),
                lintTest("testSecretsUsedInArgOrEnv", "\nFROM scratch\nARG SECRET_PASSPHRASE\nENV SUPER_Secret=foo\n"
                        + "ENV password=bar secret=baz\nARG super_duper_secret_token=foo auth=bar\n"
                        + "ENV apikey=bar sunflower=foo\nENV git_key=\nENV PUBLIC_KEY=\nARG public_token\n",
                        "SecretsUsedInArgOrEnv@3", "SecretsUsedInArgOrEnv@4", "SecretsUsedInArgOrEnv@5",
                        "SecretsUsedInArgOrEnv@5", "SecretsUsedInArgOrEnv@6", "SecretsUsedInArgOrEnv@6",
                        "SecretsUsedInArgOrEnv@7", "SecretsUsedInArgOrEnv@8"),
                lintTest("testInvalidDefaultArgInFrom VERSION", "\nARG VERSION\nFROM busybox:$VERSION\n",
                        List.of("VERSION=latest"), "InvalidDefaultArgInFrom@3"),
                lintTest("testInvalidDefaultArgInFrom IMAGE", "\nARG IMAGE\nFROM $IMAGE\n",
                        List.of("IMAGE=busybox:latest"), "InvalidDefaultArgInFrom@3"),
                lintTest("testInvalidDefaultArgInFrom SFX", "\nARG SFX=\"box:\"\nFROM busy${SFX}\n",
                        List.of("SFX=box:latest"), "InvalidDefaultArgInFrom@3"),
                lintTest("testInvalidDefaultArgInFrom default", "\nARG VERSION=\"latest\"\nFROM busybox:${VERSION}\n",
                        List.of("VERSION=latest")),
                lintTest("testInvalidDefaultArgInFrom empty default", "\nARG BUSYBOX_VARIANT=\"\"\n"
                        + "FROM busybox:stable${BUSYBOX_VARIANT}\n", List.of("BUSYBOX_VARIANT=-musl")),
                lintTest("testInvalidDefaultArgInFrom no default", "\n\tARG BUSYBOX_VARIANT\n"
                        + "\tFROM busybox:stable${BUSYBOX_VARIANT}\n\t", List.of("BUSYBOX_VARIANT=-musl")),
                lintTest("testFromPlatformFlagConstDisallowed", "\nFROM --platform=linux/amd64 scratch\n",
                        "FromPlatformFlagConstDisallowed@2"),
                lintTest("testFromPlatformFlagConstDisallowed stage name", "\nFROM --platform=linux/amd64 scratch AS"
                        + " my_amd64_stage\n"),
                lintTest("testFromPlatformFlagConstDisallowed stage named linux", "\nFROM --platform=linux/amd64 scratch"
                        + " AS linux\n"),
                lintTest("testDefinitionDescription described", "# check=experimental=InvalidDefinitionDescription\n"
                        + "# foo this is the foo\nARG foo=bar\n\n# base this is the base image\nFROM scratch AS base\n\n"
                        + "# version this is the version number\nARG version=latest\n\n# baz this is the baz\n"
                        + "ARG foo=baz bar=qux baz=quux\n#\nARG bit=bat\n\n# comment for something other than ARG or FROM\n"
                        + "COPY Dockerfile .\n"),
                lintTest("testDefinitionDescription undescribed", "# check=experimental=InvalidDefinitionDescription\n"
                        + "# bar this is the bar\nARG foo=bar\n# BasE this is the BasE image\nFROM scratch AS base\n"
                        + "# definitely a bad comment\nARG version=latest\n# definitely a bad comment\n"
                        + "ARG foo=baz bar=qux baz=quux\n", "InvalidDefinitionDescription@3",
                        "InvalidDefinitionDescription@5", "InvalidDefinitionDescription@7",
                        "InvalidDefinitionDescription@9"));
    }

    private static List<Case> documentation() {
        return List.of(
                doc("StageNameCasing", "FROM alpine AS BuilderBase\n", 1),
                doc("StageNameCasing", "FROM alpine AS builder-base\n"),
                doc("FromAsCasing", "FROM debian:latest as builder\n", 1),
                doc("FromAsCasing", "FROM debian:latest AS deb-builder\n"),
                doc("FromAsCasing", "from debian:latest as deb-builder\n"),
                doc("ConsistentInstructionCasing", "From alpine\nRun echo hello > /greeting.txt\n"
                        + "EntRYpOiNT [\"cat\", \"/greeting.txt\"]\n", 1, 2, 3),
                doc("ConsistentInstructionCasing", "FROM alpine\nRUN echo hello > /greeting.txt\n"
                        + "ENTRYPOINT [\"cat\", \"/greeting.txt\"]\n"),
                doc("ConsistentInstructionCasing", "from alpine\nrun echo hello > /greeting.txt\n"
                        + "entrypoint [\"cat\", \"/greeting.txt\"]\n"),
                doc("JSONArgsRecommended", "FROM alpine\nENTRYPOINT my-program start\n"
                        + "# entrypoint becomes: /bin/sh -c my-program start\n", 2),
                doc("JSONArgsRecommended", "FROM alpine\nENTRYPOINT [\"my-program\", \"start\"]\n"
                        + "# entrypoint becomes: my-program start\n"),
                doc("JSONArgsRecommended", "FROM alpine\nRUN apk add bash\nCOPY --chmod=755 <<EOT /entrypoint.sh\n"
                        + "#!/usr/bin/env bash\nset -e\nmy-background-process &\nmy-program start\nEOT\n"
                        + "ENTRYPOINT [\"/entrypoint.sh\"]\n"),
                doc("JSONArgsRecommended", "FROM alpine\nRUN apk add bash\nSHELL [\"/bin/bash\", \"-c\"]\n"
                        + "ENTRYPOINT echo \"hello world\"\n"),
                doc("MultipleInstructionsDisallowed", "FROM alpine\nCMD echo \"Hello, Norway!\"\n"
                        + "CMD echo \"Hello, Sweden!\"\n# Only \"Hello, Sweden!\" will be printed\n", 2),
                doc("MultipleInstructionsDisallowed", "FROM alpine\nCMD echo \"Hello, Norway!\"; echo \"Hello, Sweden!\"\n"),
                doc("MultipleInstructionsDisallowed", "FROM python:alpine\nRUN apk add curl\n"
                        + "HEALTHCHECK --interval=1s --timeout=3s \\\n  CMD curl -f http://localhost:8080 || exit 1\n"
                        + "CMD python -m http.server 8080\n"),
                doc("LegacyKeyValueFormat", "FROM alpine\nARG foo bar\n"),
                doc("LegacyKeyValueFormat", "FROM alpine\nARG foo=bar\n"),
                doc("LegacyKeyValueFormat", "ENV DEPS \\\n    curl \\\n    git \\\n    make\n", 1),
                doc("LegacyKeyValueFormat", "ENV DEPS=\"\\\n    curl \\\n    git \\\n    make\"\n"),
                doc("WorkdirRelativePath", "FROM nginx AS web\nWORKDIR usr/share/nginx/html\nCOPY public .\n", 2),
                doc("WorkdirRelativePath", "FROM nginx AS web\nWORKDIR /usr/share/nginx/html\nCOPY public .\n"),
                doc("UndefinedVar", "FROM alpine\nENV PATH=$PAHT:/app/bin\n", 2),
                doc("UndefinedVar", "FROM alpine AS base\nCOPY $foo .\n"),
                doc("UndefinedVar", "FROM alpine AS base\nARG foo\nCOPY $foo .\n"),
                doc("UndefinedVar", "FROM python AS base\nARG VERSION=$PYTHON_VERSION\n"),
                doc("UndefinedArgInFrom", "FROM node:22${VARIANT} AS jsbuilder\n", 1),
                doc("UndefinedArgInFrom", "ARG VARIANT=\"-alpine3.20\"\nFROM node:22${VARIANT} AS jsbuilder\n"),
                doc("InvalidDefaultArgInFrom", "ARG TAG\nFROM busybox:${TAG}\n", 2),
                doc("InvalidDefaultArgInFrom", "ARG TAG=latest\nFROM busybox:${TAG}\n"),
                doc("InvalidDefaultArgInFrom", "ARG VARIANT\nFROM busybox:stable${VARIANT}\n"),
                doc("InvalidDefaultArgInFrom", "ARG TAG\nFROM alpine:${TAG:-3.14}\n"),
                doc("FromPlatformFlagConstDisallowed", "FROM --platform=linux/amd64 alpine AS base\n"
                        + "RUN apk add --no-cache git\n", 1),
                doc("FromPlatformFlagConstDisallowed", "FROM alpine AS base\nRUN apk add --no-cache git\n"),
                doc("FromPlatformFlagConstDisallowed", "FROM --platform=${BUILDPLATFORM} alpine AS base\n"
                        + "RUN apk add --no-cache git\n"),
                doc("FromPlatformFlagConstDisallowed", "FROM --platform=linux/amd64 alpine AS build_amd64\n\n"
                        + "FROM --platform=linux/arm64 alpine AS build_arm64\n\nFROM build_${TARGETARCH} AS build\n"),
                doc("SecretsUsedInArgOrEnv", "FROM scratch\nARG AWS_SECRET_ACCESS_KEY\n", 2),
                doc("SecretsUsedInArgOrEnv", "ARG AWS_ACCESS_KEY_ID\nARG AWS_SECRET_ACCESS_KEY\n"
                        + "FROM amazon/aws-cli\nARG AWS_ACCESS_KEY_ID\nARG AWS_SECRET_ACCESS_KEY\n"
                        + "RUN aws s3 cp s3://my-bucket/file .\n", 4, 5),
                doc("SecretsUsedInArgOrEnv", "FROM amazon/aws-cli\n"
                        + "RUN --mount=type=secret,id=aws_key_id,env=AWS_ACCESS_KEY_ID \\\n"
                        + "    --mount=type=secret,id=aws_secret_key,env=AWS_SECRET_ACCESS_KEY \\\n"
                        + "    aws s3 cp s3://my-bucket/file .\n"),
                doc("ExposeProtoCasing", "FROM alpine\nEXPOSE 80/TcP\n", 2),
                doc("ExposeProtoCasing", "FROM alpine\nEXPOSE 80/tcp\n"),
                doc("ExposeInvalidFormat", "FROM alpine\nEXPOSE 127.0.0.1:80:80\n", 2),
                doc("ExposeInvalidFormat", "FROM alpine\nEXPOSE 80:80\n", 2),
                doc("ExposeInvalidFormat", "FROM alpine\nEXPOSE 80\n"),
                doc("InvalidDefinitionDescription", "# check=experimental=InvalidDefinitionDescription\n"
                        + "# a non-descriptive comment\nFROM scratch AS base\n\n# another non-descriptive comment\n"
                        + "ARG VERSION=1\n", 3, 6),
                doc("InvalidDefinitionDescription", "# check=experimental=InvalidDefinitionDescription\n"
                        + "# base is a stage for compiling source\nFROM scratch AS base\n"
                        + "# VERSION This is the version number.\nARG VERSION=1\n"),
                // The docs separate comments with an empty line; BuildKit's parser keeps comments across blank lines
                // (parser.go resets them only at a bare #), so this still reports, in BuildKit and in dlint
                doc("InvalidDefinitionDescription", "# check=experimental=InvalidDefinitionDescription\n"
                        + "# a non-descriptive comment\n\nFROM scratch AS base\n\n# another non-descriptive comment\n\n"
                        + "ARG VERSION=1\n", 4, 8),
                doc("DuplicateStageName", "FROM scratch AS b\nFROM scratch AS b\n", 2),
                doc("ReservedStageName", "FROM scratch AS scratch\n", 1),
                doc("MaintainerDeprecated", "FROM alpine\nMAINTAINER moby@example.com\n", 2),
                doc("MaintainerDeprecated", "FROM alpine\nLABEL org.opencontainers.image.authors=\"moby@example.com\"\n"),
                doc("RedundantTargetPlatform", "FROM --platform=$TARGETPLATFORM alpine AS builder\n"
                        + "RUN apk add --no-cache git\n", 1),
                doc("RedundantTargetPlatform", "FROM alpine AS builder\nRUN apk add --no-cache git\n"),
                doc("NoEmptyContinuation", "FROM alpine\nEXPOSE \\\n\n80\n", 4),
                doc("NoEmptyContinuation", "FROM alpine\nEXPOSE \\\n# Port\n80\n"));
    }

    /** All 22 checks are rules of the same name, or names dlint knows and explains why it cannot check. */
    @Test
    void everyBuildKitCheckIsARuleOrAKnownForeignCheck() {
        assertThat(BuildKitChecks.NAMES).hasSize(22);
        for (String check : BuildKitChecks.NAMES) {
            boolean rule = BuiltinRules.catalog().named(check).isPresent();
            boolean foreign = KnownForeignChecks.find(check).isPresent();
            assertThat(rule ^ foreign).as(check + " is a rule or a known foreign check, not both").isTrue();
        }
        assertThat(KnownForeignChecks.all()).filteredOn(c -> c.tool().equals("BuildKit"))
                .extracting(KnownForeignChecks.Check::name).containsExactly("InvalidBaseImagePlatform");
    }

    /** Where dlint differs from BuildKit on purpose, and says so in the rule's document. */
    @Test
    void deliberateDifferences() {
        // BuildKit knows alpine's environment and reports $foo; dlint cannot see it and keeps quiet (UndefinedVar.md)
        assertThat(buildKitFindings("FROM alpine AS base\nARG VERSION=$foo\n", List.of())).isEmpty();
        // on scratch the environment is known: dlint reports it as BuildKit does
        assertThat(buildKitFindings("FROM scratch AS base\nARG VERSION=$foo\n", List.of())).containsExactly("UndefinedVar@2");
    }

    /** testCopyIgnoredFiles, with its .dockerignore next to the Dockerfile (CopyIgnoredFile is on by default since 1.21). */
    @Test
    void copyIgnoredFiles() {
        String ignoreDockerfile = "# dlint-test: dockerignore Dockerfile\n";
        assertThat(ignoredFindings(ignoreDockerfile + "FROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n"))
                .containsExactly("CopyIgnoredFile@3", "CopyIgnoredFile@4");
        // BuildKit's test expects the warnings here from when the check was experimental; it no longer is, so skip=all
        // skips it (directives come first, before the test header)
        assertThat(ignoredFindings("# check=skip=all;experimental=CopyIgnoredFile\n" + ignoreDockerfile + "FROM scratch\n"
                + "COPY Dockerfile .\nADD Dockerfile /windy\n")).isEmpty();
        assertThat(ignoredFindings("# dlint-test: dockerignore foobar\nFROM scratch AS base\nCOPY Dockerfile /foobar\n"
                + "ADD Dockerfile /windy\n\nFROM base\nCOPY --from=base /foobar /Dockerfile\n")).isEmpty();
    }

    private static List<String> ignoredFindings(String text) {
        return RuleRunner.lint(text, Fixture.parse("Dockerfile", text)).reported().stream()
                .filter(f -> f.rule().equals("CopyIgnoredFile")).map(f -> f.rule() + "@" + f.range().startLine()).toList();
    }

    @Test
    void errorTrueMakesTheFindingAnError() {
        List<Finding> findings = RuleRunner.lint("#check=skip=ConsistentInstructionCasing;error=true\n"
                + "FROM scratch as base\ncopy Dockerfile .\n").reported();
        assertThat(findings).extracting(Finding::rule, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FromAsCasing", Severity.ERROR));
    }

    private static void check(Case c) {
        List<String> actual = buildKitFindings(c.dockerfile(), c.buildArgs());
        if (c.onlyRule() != null) {
            actual = actual.stream().filter(a -> a.startsWith(c.onlyRule() + "@")).toList();
        }
        assertThat(actual).as(c.name() + "\n" + c.dockerfile()).containsExactlyInAnyOrderElementsOf(c.expected());
    }

    /**
     * dlint's findings that BuildKit would report too, as {@code Rule@line} with the BuildKit line: the first line of
     * the instruction a finding belongs to, or the line BuildKit names for NoEmptyContinuation (the instruction's
     * last one), when dlint's narrower range lies in that instruction.
     */
    private static List<String> buildKitFindings(String text, List<String> buildArgs) {
        Dockerfile dockerfile = Dockerfiles.parse("Dockerfile", text.getBytes(StandardCharsets.UTF_8));
        List<String> found = new ArrayList<>();
        for (Finding f : RuleRunner.lint(text, buildArgs, List.of(), List.of()).reported()) {
            if (!BuildKitChecks.reportedByBuildKit(f)) {
                continue;
            }
            Instruction owner = owner(dockerfile, f.range().startLine());
            int line = owner == null ? f.range().startLine() : f.rule().equals("NoEmptyContinuation")
                    ? owner.range().endLine() : owner.range().startLine();
            found.add(f.rule() + "@" + line);
        }
        return found;
    }

    /** The instruction whose lines, or the comments right above it, hold {@code line}. */
    private static Instruction owner(Dockerfile dockerfile, int line) {
        for (Instruction instruction : dockerfile.instructions()) {
            int first = instruction.header().comments().stream().mapToInt(c -> c.range().startLine()).min()
                    .orElse(instruction.range().startLine());
            if (Math.min(first, instruction.range().startLine()) <= line && line <= instruction.range().endLine()) {
                return instruction;
            }
        }
        return null;
    }
}
