package dev.dlint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.config.ConfigException;
import dev.dlint.config.Configuration;
import dev.dlint.engine.Engine;
import dev.dlint.engine.FileResult;
import dev.dlint.rule.Finding;
import dev.dlint.syntax.BuildArgs;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every finding dlint reports on the real-world corpus (../shared/corpus/dockerfiles), by rule, file, line and column,
 * equals the snapshot in testdata/corpus/findings.tsv. A change that adds or removes findings fails here with the
 * difference; after judging it, update the snapshot deliberately with {@code bench/update-corpus-snapshot.sh}.
 */
class CorpusFindingsSnapshotTest {

    static final String UPDATE_PROPERTY = "dlint.updateSnapshot";
    private static final String HEADER = "rule\tfile\tline\tcolumn";

    @Test
    void findingsOnTheCorpusMatchTheSnapshot() throws IOException, ConfigException {
        Path corpus = SharedFiles.require("corpus/dockerfiles");
        List<String> actual = findings(corpus);
        Path snapshot = SharedFiles.projectRoot().resolve("testdata/corpus/findings.tsv");
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            List<String> lines = new ArrayList<>();
            lines.add(HEADER);
            lines.addAll(actual);
            Files.write(snapshot, lines, StandardCharsets.UTF_8);
            System.out.println("wrote " + actual.size() + " findings to " + snapshot);
            return;
        }
        List<String> expected = new ArrayList<>(Files.readAllLines(snapshot, StandardCharsets.UTF_8));
        assertThat(expected.remove(0)).isEqualTo(HEADER);
        TreeSet<String> added = new TreeSet<>(actual);
        added.removeAll(expected);
        TreeSet<String> removed = new TreeSet<>(expected);
        removed.removeAll(actual);
        assertThat(added.isEmpty() && removed.isEmpty())
                .as("findings on the corpus changed; judge them, then run bench/update-corpus-snapshot.sh\n"
                        + "added:\n  " + String.join("\n  ", added) + "\nremoved:\n  " + String.join("\n  ", removed))
                .isTrue();
        assertThat(actual).as("order of findings").isEqualTo(expected);
    }

    /** {@code rule \t file \t line \t column} of every reported finding, in file order. */
    private static List<String> findings(Path corpus) throws IOException, ConfigException {
        Engine engine = new Engine(BuiltinRules.catalog(), BuildArgs.parse(List.of()));
        List<String> lines = new ArrayList<>();
        for (String name : manifest(corpus)) {
            FileResult result = engine.lint(name, Files.readAllBytes(corpus.resolve(name)), Configuration.defaults());
            assertThat(result.readError()).as(name).isEmpty();
            for (Finding f : result.reported()) {
                lines.add(f.rule() + "\t" + name + "\t" + f.range().startLine() + "\t" + f.range().startColumn());
            }
        }
        return lines;
    }

    /** The corpus files in MANIFEST.tsv order. */
    static List<String> manifest(Path corpus) throws IOException {
        List<String> names = new ArrayList<>();
        List<String> rows = Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            if (!row.isBlank()) {
                names.add(row.split("\t", 2)[0]);
            }
        }
        return names;
    }
}
