package dev.dlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.report.RuleIndex;
import dev.dlint.rule.RuleKind;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One rule = one class + one document + one fixture folder, with the same name, and nothing orphaned. Documents
 * follow the fixed template and open with the rule's summary.
 */
class RuleCatalogTest {

    private static final List<String> TEMPLATE = List.of("## What it flags", "## Why it matters", "## Examples",
            "### Bad", "### Good", "## How to fix", "## Aliases");

    private final Path root = SharedFiles.projectRoot();

    @Test
    void everyRuleHasADocumentAndFixturesAndNothingIsOrphaned() throws IOException {
        Set<String> rules = BuiltinRules.catalog().rules().stream().map(RuleMetadata::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> docs = names(root.resolve("rules"), ".md");
        docs.remove("README");
        Set<String> fixtures = directories(root.resolve("testdata/rules"));
        assertThat(docs).as("rules/*.md").isEqualTo(rules);
        assertThat(fixtures).as("testdata/rules/*").isEqualTo(rules);
        for (String rule : rules) {
            try (Stream<Path> files = Files.list(root.resolve("testdata/rules").resolve(rule))) {
                assertThat(files.count()).as("fixtures of " + rule).isPositive();
            }
        }
    }

    @Test
    void fixableRulesHaveBeforeAfterFixtures() throws IOException {
        for (RuleMetadata rule : BuiltinRules.catalog().rules(RuleKind.DOCKERFILE)) {
            Path dir = root.resolve("testdata/rules").resolve(rule.name());
            long pairs;
            try (Stream<Path> files = Files.list(dir)) {
                pairs = files.filter(f -> f.toString().endsWith(".fixed")).count();
            }
            if (rule.fixable()) {
                assertThat(pairs).as(rule.name() + " is Fixable: it needs <fixture>.fixed pairs").isPositive();
            } else {
                assertThat(pairs).as(rule.name() + " has .fixed fixtures but is not Fixable").isZero();
            }
        }
    }

    @Test
    void documentsFollowTheTemplateAndStartWithTheSummary() throws IOException {
        for (RuleMetadata rule : BuiltinRules.catalog().rules()) {
            String doc = Files.readString(root.resolve("rules").resolve(rule.name() + ".md"), StandardCharsets.UTF_8);
            List<String> lines = doc.lines().toList();
            assertThat(lines.get(0)).as(rule.name()).isEqualTo("# " + rule.name());
            assertThat(lines.get(1).isBlank() ? lines.get(2) : lines.get(1)).as(rule.name() + " summary line")
                    .isEqualTo(rule.summary() + ".");
            int at = -1;
            for (String heading : TEMPLATE) {
                int next = lines.indexOf(heading);
                assertThat(next).as(rule.name() + " has " + heading + " after the previous section").isGreaterThan(at);
                at = next;
            }
            for (String alias : rule.aliases()) {
                assertThat(doc.substring(doc.indexOf("## Aliases"))).as(rule.name() + " lists alias " + alias).contains(alias);
            }
        }
    }

    /**
     * rules/README.md and the README's rule tables are generated from the catalogue; {@code
     * bench/update-rule-index.sh} (this test with -Ddlint.updateDocs=true) rewrites them.
     */
    @Test
    void ruleIndexAndReadmeTablesAreCurrent() throws IOException {
        List<RuleMetadata> rules = BuiltinRules.catalog().rules();
        Path index = root.resolve("rules/README.md");
        Path readme = root.resolve("README.md");
        String readmeText = Files.readString(readme, StandardCharsets.UTF_8);
        int start = readmeText.indexOf(RuleIndex.START_MARKER);
        int end = readmeText.indexOf(RuleIndex.END_MARKER);
        assertThat(start).as("README.md has " + RuleIndex.START_MARKER).isNotNegative();
        assertThat(end).as("README.md has " + RuleIndex.END_MARKER).isGreaterThan(start);
        String tables = readmeText.substring(start + RuleIndex.START_MARKER.length(), end);
        String expectedTables = "\n" + RuleIndex.readmeTables(rules);
        if (Boolean.getBoolean("dlint.updateDocs")) {
            Files.writeString(index, RuleIndex.document(rules), StandardCharsets.UTF_8);
            Files.writeString(readme, readmeText.substring(0, start + RuleIndex.START_MARKER.length()) + expectedTables
                    + readmeText.substring(end), StandardCharsets.UTF_8);
            return;
        }
        String hint = ": run bench/update-rule-index.sh";
        assertThat(Files.readString(index, StandardCharsets.UTF_8)).as("rules/README.md" + hint)
                .isEqualTo(RuleIndex.document(rules));
        assertThat(tables).as("README.md rule tables" + hint).isEqualTo(expectedTables);
    }

    private static Set<String> names(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> directories(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
