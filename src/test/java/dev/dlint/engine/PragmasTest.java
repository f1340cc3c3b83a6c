package dev.dlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.rule.Finding;
import dev.dlint.rule.Severity;
import dev.dlint.rule.Suppression;
import dev.dlint.testing.RuleRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inline suppressions: dlint's, hadolint's and BuildKit's, resolved through rule aliases. */
class PragmasTest {

    private static List<Finding> unpinned(String text) {
        return RuleRunner.lint(text).findings().stream().filter(f -> f.rule().equals("UnpinnedBaseImage")).toList();
    }

    private static List<Integer> reportedLines(String text) {
        return unpinned(text).stream().filter(f -> !f.isSuppressed()).map(f -> f.range().startLine()).toList();
    }

    @Test
    void dlintIgnoreCoversTheInstructionBelowItsCommentBlockAndKeepsTheReason() {
        String text = "# dlint ignore=UnpinnedBaseImage -- nightly wants the newest\n# another comment\nFROM node\nFROM debian\n";
        assertThat(reportedLines(text)).containsExactly(4);
        Finding suppressed = unpinned(text).stream().filter(Finding::isSuppressed).findFirst().orElseThrow();
        assertThat(suppressed.suppression().get()).isEqualTo(new Suppression(true, "nightly wants the newest"));
    }

    @Test
    void dlintGlobalAndStageIgnore() {
        assertThat(reportedLines("FROM node\n# dlint global ignore=UnpinnedBaseImage\nFROM debian\n")).isEmpty();
        String stage = "FROM alpine:3.20 AS a\n# dlint stage ignore=UnpinnedBaseImage\nFROM node AS b\n"
                + "COPY --from=nginx /x /y\nFROM debian\n";
        assertThat(reportedLines(stage)).containsExactly(5);
    }

    @Test
    void hadolintIgnoreAppliesToTheNextLineOnlyThroughAliases() {
        assertThat(reportedLines("# hadolint ignore=DL3006\nFROM node\n")).isEmpty();
        assertThat(reportedLines("# hadolint ignore=DL3006\n\nFROM node\n")).containsExactly(3);
        assertThat(reportedLines("# hadolint ignore=DL3006 # we want latest\nFROM node\n")).isEmpty();
        assertThat(reportedLines("# hadolint ignore=DL3006,not-a-code!\nFROM node\n")).containsExactly(2);
        assertThat(reportedLines("# hadolint global ignore=DL3007\nFROM node:latest\nFROM debian:latest\n")).isEmpty();
        assertThat(reportedLines("FROM node\n# hadolint stage ignore=DL3006\nFROM debian AS b\nCOPY --from=nginx /a /b\n"))
                .containsExactly(1);
    }

    @Test
    void aHadolintCodeSilencesOnlyTheCaseItNames() {
        // UnpinnedBaseImage is DL3006 without a tag and DL3007 for latest: each code covers its own case
        assertThat(reportedLines("# hadolint global ignore=DL3007\nFROM node:latest\nFROM debian\n")).containsExactly(3);
        assertThat(reportedLines("# hadolint global ignore=DL3006\nFROM node:latest\nFROM debian\n")).containsExactly(2);
        assertThat(reportedLines("# dlint global ignore=DL3006,DL3007\nFROM node:latest\nFROM debian\n")).isEmpty();
        assertThat(reportedLines("# dlint global ignore=UnpinnedBaseImage\nFROM node:latest\nFROM debian\n")).isEmpty();
        assertThat(reportedLines("# hadolint ignore=DL3006\nFROM node:latest\n")).containsExactly(2);
    }

    @Test
    void buildKitCheckDirectiveAndPerInstructionComment() {
        assertThat(reportedLines("# check=skip=UnpinnedBaseImage\nFROM node\n")).isEmpty();
        assertThat(reportedLines("# check=skip=all // legacy file\nFROM node\n")).isEmpty();
        assertThat(reportedLines("FROM alpine:3.20\n# check=skip=UnpinnedBaseImage\n\nFROM node\nFROM debian\n"))
                .containsExactly(5);
        // a bare # resets the comments collected for the next instruction
        assertThat(reportedLines("FROM alpine:3.20\n# check=skip=UnpinnedBaseImage\n#\nFROM node\n")).containsExactly(4);
    }

    @Test
    void configurationSeverityApplies() {
        List<Finding> findings = RuleRunner.lint("FROM node\n").findings();
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    private static List<String> reported(String text, String... buildArgs) {
        return RuleRunner.lint(text, List.of(buildArgs), List.of(), List.of()).reported().stream()
                .map(f -> f.rule() + "@" + f.range().startLine() + ":" + f.severity().label()).toList();
    }

    @Test
    void errorTrueMakesBuildKitViolationsErrorsThatSayTheBuildFails() {
        String text = "#check=error=true\nFROM node as base\ncopy Dockerfile .\n";
        assertThat(reported(text)).containsExactlyInAnyOrder("FromAsCasing@2:error", "UnpinnedBaseImage@2:warning",
                "ConsistentInstructionCasing@3:error", "CopyToRelativePath@3:warning");
        Finding casing = RuleRunner.lint(text).reported().stream().filter(f -> f.rule().equals("FromAsCasing"))
                .findFirst().orElseThrow();
        assertThat(casing.message()).endsWith("With # check=error=true, BuildKit fails the build on this.");
    }

    @Test
    void errorTrueWithSkipsAsInBuildKitsOwnTests() {
        assertThat(reported("#check=skip=ConsistentInstructionCasing;error=true\nFROM scratch as base\ncopy Dockerfile .\n"))
                .containsExactly("FromAsCasing@2:error");
        assertThat(reported("#check=skip=all;error=true\nFROM scratch as base\ncopy Dockerfile .\n")).isEmpty();
        assertThat(reported("#check=skip=ConsistentInstructionCasing,FromAsCasing;error=true\nFROM scratch as base\n"
                + "copy Dockerfile .\n")).isEmpty();
    }

    @Test
    void theBuildArgumentReplacesTheDirectiveWholesale() {
        String text = "#check=skip=all\nFROM scratch as base\ncopy Dockerfile .\n";
        assertThat(reported(text, "BUILDKIT_DOCKERFILE_CHECK=skip=ConsistentInstructionCasing;error=true"))
                .containsExactly("FromAsCasing@2:error");
        assertThat(reported("#check=error=true\nFROM scratch as base\ncopy Dockerfile .\n",
                "BUILDKIT_DOCKERFILE_CHECK=skip=all")).isEmpty();
    }

    @Test
    void casesOnlyHadolintOrDlintReportDoNotFailTheBuild() {
        String text = "#check=error=true\nFROM scratch\nHEALTHCHECK CMD /check.sh\nENV PGPASSWORD=x\n";
        assertThat(reported(text)).containsExactlyInAnyOrder("JSONArgsRecommended@3:warning",
                "SecretsUsedInArgOrEnv@4:warning");
    }

    @Test
    void aCheckValueBuildKitRejectsHasNoOptions() {
        assertThat(reported("#check=skip=FromAsCasing;colour=blue\nFROM scratch as base\n"))
                .containsExactly("FromAsCasing@2:style");
        assertThat(reported("#check=error=maybe\nFROM scratch as base\n")).containsExactly("FromAsCasing@2:style");
    }

    private static final String UNDESCRIBED = "# not a description\nFROM scratch AS base\n";

    @Test
    void experimentalChecksRunOnlyWhenTurnedOn() {
        assertThat(reported(UNDESCRIBED)).isEmpty();
        assertThat(reported("# check=experimental=InvalidDefinitionDescription\n" + UNDESCRIBED))
                .containsExactly("InvalidDefinitionDescription@2:info");
        assertThat(reported("# check=experimental=all\n" + UNDESCRIBED)).containsExactly("InvalidDefinitionDescription@2:info");
        assertThat(reported("# check=experimental=CopyIgnoredFile\n" + UNDESCRIBED)).isEmpty();
        List<String> enabled = RuleRunner.lint(UNDESCRIBED, List.of(), List.of("InvalidDefinitionDescription"), List.of())
                .reported().stream().map(Finding::rule).toList();
        assertThat(enabled).containsExactly("InvalidDefinitionDescription");
    }

    @Test
    void skipNeverTurnsAnExperimentalCheckOff() {
        assertThat(reported("# check=skip=all;experimental=InvalidDefinitionDescription\n" + UNDESCRIBED))
                .containsExactly("InvalidDefinitionDescription@2:info");
        assertThat(reported("# check=skip=InvalidDefinitionDescription;experimental=all\n" + UNDESCRIBED))
                .containsExactly("InvalidDefinitionDescription@2:info");
    }

    @Test
    void aCheckCommentTurnsAnExperimentalCheckOnForItsInstructionOnly() {
        String text = "FROM scratch AS base\n# not a description either\nARG A=1\n# nor this\n"
                + "# check=experimental=InvalidDefinitionDescription\nARG B=2\n";
        assertThat(reported(text)).containsExactly("InvalidDefinitionDescription@4:info");
        // error=true in a comment is ignored: only the file's directive fails the build
        String local = "FROM scratch\n# check=skip=FromAsCasing;error=true\nFROM scratch as b\ncopy x /x\n";
        assertThat(reported(local)).containsExactly("ConsistentInstructionCasing@4:style");
    }

    @Test
    void namesDlintDoesNotImplementAreAcceptedInSkipLists() {
        assertThat(reported("#check=skip=InvalidBaseImagePlatform,FromAsCasing\nFROM scratch as base\n")).isEmpty();
    }
}
