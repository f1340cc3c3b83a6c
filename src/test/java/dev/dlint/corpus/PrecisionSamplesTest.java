package dev.dlint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The judged samples in testdata/precision/&lt;Rule&gt;.tsv (file, line, verdict, reason) are findings the rule still
 * reports on the corpus (by the findings snapshot), so the precision numbers in the rules' documents describe what
 * dlint does today. A sample left behind by a change in a rule fails here: judge the new findings again. Rules that
 * are off by default are not in the snapshot; their samples (taken with the rule enabled) are checked for form only.
 */
class PrecisionSamplesTest {

    private static final Set<String> VERDICTS = Set.of("TP", "FP", "debatable");

    @Test
    void judgedSamplesAreCurrentFindings() throws IOException {
        Path root = SharedFiles.projectRoot();
        Set<String> snapshot = new HashSet<>();
        for (String row : Files.readAllLines(root.resolve("testdata/corpus/findings.tsv"), StandardCharsets.UTF_8)) {
            String[] f = row.split("\t");
            snapshot.add(f[0] + "\t" + f[1] + "\t" + f[2]);
        }
        List<Path> samples;
        try (Stream<Path> files = Files.list(root.resolve("testdata/precision"))) {
            samples = files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
        }
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            String rule = sample.getFileName().toString().replace(".tsv", "");
            RuleMetadata meta = BuiltinRules.catalog().named(rule).orElseThrow(() -> new AssertionError(sample
                    + " names no rule"));
            List<String> rows = Files.readAllLines(sample, StandardCharsets.UTF_8);
            assertThat(rows.get(0)).as(sample + " header").isEqualTo("file\tline\tverdict\treason");
            assertThat(rows.size() - 1).as(sample + " holds at most 30 samples").isBetween(1, 30);
            for (String row : rows.subList(1, rows.size())) {
                String[] f = row.split("\t");
                assertThat(f).as(sample + ": " + row).hasSize(4);
                assertThat(VERDICTS).as(sample + ": verdict of " + row).contains(f[2]);
                assertThat(f[3]).as(sample + ": reason of " + row).isNotBlank();
                if (meta.enabledByDefault()) {
                    assertThat(snapshot).as(sample + ": " + f[0] + ":" + f[1] + " is a current finding of " + rule)
                            .contains(rule + "\t" + f[0] + "\t" + f[1]);
                }
            }
        }
    }
}
