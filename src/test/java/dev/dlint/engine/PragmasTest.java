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
}
