package dev.dlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.engine.FileResult;
import dev.dlint.rule.Finding;
import dev.dlint.testing.Fixture;
import dev.dlint.testing.RuleRunner;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The 23 "gold rules" Henkel et al. (ICSE 2020) mined from the official images (catalogue §4), each with the dlint
 * rule that enforces it and a pair of fixtures in that rule's folder: {@code binnacle-<paper name>.Dockerfile} breaks
 * the gold rule and draws a finding of the dlint rule; {@code binnacle-<paper name>-kept.Dockerfile} keeps it and
 * draws no finding from any rule.
 */
class BinnacleGoldRulesTest {

    private static final Map<String, String> GOLD_RULES = new TreeMap<>(Map.ofEntries(
            Map.entry("apkAddUseNoCache", "PackageCacheInLayer"),
            Map.entry("aptGetInstallRmAptLists", "PackageCacheInLayer"),
            Map.entry("aptGetInstallUseNoRec", "MissingNoInstallRecommends"),
            Map.entry("aptGetInstallUseY", "MissingAssumeYes"),
            Map.entry("aptGetUpdatePrecedesInstall", "AptInstallWithoutUpdate"),
            Map.entry("configureShouldUseBuildFlag", "ConfigureWithoutBuild"),
            Map.entry("curlUseFlagF", "CurlWithoutFail"),
            Map.entry("curlUseHttpsUrl", "InsecureDownloadUrl"),
            Map.entry("gemUpdateNoDocument", "GemDocumentationInstalled"),
            Map.entry("gemUpdateSystemRmRootGem", "PackageCacheInLayer"),
            Map.entry("gpgUseBatchFlag", "GpgWithoutBatch"),
            Map.entry("gpgUseHaPools", "DeadSksKeyserver"),
            Map.entry("gpgVerifyAscRmAsc", "SignatureLeftAfterVerify"),
            Map.entry("mkdirUsrSrcThenRemove", "SourceTreeLeftInUsrSrc"),
            Map.entry("npmCacheCleanAfterInstall", "PackageCacheInLayer"),
            Map.entry("npmCacheCleanUseForce", "NpmCacheCleanWithoutForce"),
            Map.entry("pipUseNoCacheDir", "PackageCacheInLayer"),
            Map.entry("rmRecursiveAfterMktempD", "TempDirLeftBehind"),
            Map.entry("sha256sumEchoOneSpaces", "ChecksumLineSingleSpace"),
            Map.entry("tarSomethingRmTheSomething", "ArchiveLeftAfterExtract"),
            Map.entry("wgetUseHttpsUrl", "InsecureDownloadUrl"),
            Map.entry("yumInstallForceYes", "MissingAssumeYes"),
            Map.entry("yumInstallRmVarCacheYum", "PackageCacheInLayer")));

    private final Path rules = SharedFiles.projectRoot().resolve("testdata/rules");

    @Test
    void everyGoldRuleIsADlintRuleWhoseDocumentCitesThePaper() throws IOException {
        assertThat(GOLD_RULES).hasSize(23);
        for (String rule : GOLD_RULES.values()) {
            assertThat(BuiltinRules.catalog().named(rule)).as(rule).isPresent();
            String doc = Files.readString(SharedFiles.projectRoot().resolve("rules").resolve(rule + ".md"),
                    StandardCharsets.UTF_8);
            assertThat(doc).as(rule + " cites the paper").contains("## Source").contains("ICSE 2020");
        }
    }

    @TestFactory
    Stream<DynamicTest> eachGoldRuleHasABrokenAndAKeptFixture() {
        List<DynamicTest> tests = new ArrayList<>();
        GOLD_RULES.forEach((gold, rule) -> {
            Path broken = rules.resolve(rule).resolve("binnacle-" + gold + ".Dockerfile");
            Path kept = rules.resolve(rule).resolve("binnacle-" + gold + "-kept.Dockerfile");
            tests.add(DynamicTest.dynamicTest(gold + " broken: " + rule + " reports it", () -> {
                List<Finding> findings = lint(broken);
                assertThat(findings).as(broken.toString()).anyMatch(f -> f.rule().equals(rule));
            }));
            tests.add(DynamicTest.dynamicTest(gold + " kept: no rule reports anything", () -> {
                assertThat(lint(kept)).as(kept.toString()).isEmpty();
            }));
        });
        return tests.stream();
    }

    private static List<Finding> lint(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        FileResult result = RuleRunner.lint(text, Fixture.parse(file.toString(), text));
        assertThat(result.readError()).as(file.toString()).isEmpty();
        return result.reported();
    }
}
