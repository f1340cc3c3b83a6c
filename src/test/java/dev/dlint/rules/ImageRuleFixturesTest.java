package dev.dlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.config.CommandLineSettings;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.ImageInput;
import dev.dlint.engine.ImageLinter;
import dev.dlint.image.ImageSelection;
import dev.dlint.image.analysis.ImageAnalyzer;
import dev.dlint.rule.Finding;
import dev.dlint.rule.RuleKind;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every image-rule fixture: {@code testdata/rules/<Rule>/<case>.expected} describes what the rule must report on
 * {@code <case>.tar} (or the archive named by an {@code archive:} line). Lines:
 * <pre>
 * # comment
 * archive: ../../images/demo-oci-gzip.tar      the image, relative to the folder (default: &lt;case&gt;.tar)
 * option threshold=1kB                          a rule option, as YAML under rules: {Rule: {…}} in .dlint.yaml
 * gate lowest-efficiency=0.95                   a CI gate, as YAML under image: rules: in .dlint.yaml
 * expect: LOGICAL LOCATION | MESSAGE PART       one finding: exact logical location, a substring of the message
 * never: TEXT                                   no finding of any rule may contain TEXT (secret values)
 * </pre>
 * The rule must report exactly the expected findings (in any order); a file without {@code expect:} lines means
 * the rule stays silent. Archives are made by {@code testdata/images/make-rule-fixtures.py}. Each case runs through
 * the engine's {@link ImageLinter} as {@code dlint image --ignore-errors} would (dive's default gates unless the case
 * sets them, no {@code .dive-ci}, an empty environment), so an incomplete archive is analysed and reported.
 */
class ImageRuleFixturesTest {

    private static final Path ROOT = SharedFiles.projectRoot().resolve("testdata/rules");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicNode> fixtures() throws IOException {
        List<DynamicNode> containers = new ArrayList<>();
        for (RuleMetadata rule : BuiltinRules.catalog().rules(RuleKind.IMAGE)) {
            Path dir = ROOT.resolve(rule.name());
            List<DynamicNode> tests = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".expected")).sorted().toList()) {
                    tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(rule.name(), file)));
                }
            }
            containers.add(DynamicContainer.dynamicContainer(rule.name(), tests));
        }
        return containers.stream();
    }

    /** Each image rule has fixtures, and every archive in a fixture folder has its expectations. */
    @Test
    void everyImageRuleHasFixturesAndEveryArchiveIsChecked() throws IOException {
        for (RuleMetadata rule : BuiltinRules.catalog().rules(RuleKind.IMAGE)) {
            Path dir = ROOT.resolve(rule.name());
            assertThat(dir).as("fixture folder of " + rule.name()).isDirectory();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    assertThat(name).as(file.toString()).matches(".+\\.(tar|expected)");
                    if (name.endsWith(".tar")) {
                        assertThat(dir.resolve(name.replaceFirst("\\.tar$", ".expected"))).as("expectations of " + file)
                                .exists();
                    }
                }
            }
        }
    }

    private record Expectation(String location, String messagePart) {
    }

    private void check(String rule, Path expectedFile) throws Exception {
        Path dir = expectedFile.getParent();
        String caseName = expectedFile.getFileName().toString().replaceFirst("\\.expected$", "");
        Path archive = dir.resolve(caseName + ".tar");
        StringBuilder options = new StringBuilder();
        StringBuilder gates = new StringBuilder();
        List<Expectation> expected = new ArrayList<>();
        List<String> never = new ArrayList<>();
        for (String line : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            } else if (line.startsWith("archive: ")) {
                archive = dir.resolve(line.substring("archive: ".length()).trim());
            } else if (line.startsWith("option ")) {
                String option = line.substring("option ".length());
                int eq = option.indexOf('=');
                options.append("    ").append(option, 0, eq).append(": ").append(option.substring(eq + 1)).append('\n');
            } else if (line.startsWith("gate ")) {
                String gate = line.substring("gate ".length());
                int eq = gate.indexOf('=');
                gates.append("    ").append(gate, 0, eq).append(": ").append(gate.substring(eq + 1)).append('\n');
            } else if (line.startsWith("expect: ")) {
                String[] parts = line.substring("expect: ".length()).split(" \\| ", 2);
                expected.add(new Expectation(parts[0], parts.length > 1 ? parts[1] : ""));
            } else if (line.startsWith("never: ")) {
                never.add(line.substring("never: ".length()));
            } else {
                throw new AssertionError(expectedFile + ": cannot read line: " + line);
            }
        }
        Path config = configuration(rule, options.toString(), gates.toString());
        ImageLinter linter = new ImageLinter(BuiltinRules.catalog());
        ImageLinter.Request request = new ImageLinter.Request(ImageInput.parse(archive.toString(), Optional.empty()),
                ImageSelection.defaults(), Optional.of(config), CommandLineSettings.none(), Map.of(),
                temp.resolve("no-dive-ci"), Map.of(), true, false);
        FileResult result = linter.lint(linter.prepare(request), ImageAnalyzer.Progress.NONE).result();
        assertThat(result.readError()).isEmpty();

        List<Finding> remaining = new ArrayList<>(result.reported().stream().filter(f -> f.rule().equals(rule)).toList());
        for (Expectation e : expected) {
            Finding match = remaining.stream()
                    .filter(f -> f.logicalLocation().equals(Optional.of(e.location())))
                    .filter(f -> f.message().contains(e.messagePart()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(expectedFile.getFileName() + ": expected " + rule + " at '"
                            + e.location() + "' with \"" + e.messagePart() + "\"; findings of the rule:"
                            + describe(result.reported().stream().filter(f -> f.rule().equals(rule)).toList())));
            remaining.remove(match);
        }
        assertThat(remaining).as(expectedFile.getFileName() + ": findings without an expect line").isEmpty();
        for (Finding f : result.findings()) {
            assertThat(f.range().startLine()).isEqualTo(1);
            for (String secret : never) {
                assertThat(f.message() + " " + f.logicalLocation().orElse("")).doesNotContain(secret);
            }
        }
    }

    /** Options and gates go through a real .dlint.yaml, so they are read and checked as users write them. */
    private Path configuration(String rule, String options, String gates) throws Exception {
        Path file = temp.resolve(".dlint.yaml");
        Files.writeString(file, (options.isEmpty() ? "" : "rules:\n  " + rule + ":\n" + options)
                + (gates.isEmpty() ? "" : "image:\n  rules:\n" + gates));
        return file;
    }

    private static String describe(List<Finding> findings) {
        StringBuilder out = new StringBuilder(findings.isEmpty() ? " none" : "");
        for (Finding f : findings) {
            out.append("\n  ").append(f.logicalLocation().orElse("?")).append(" | ").append(f.message());
        }
        return out.toString();
    }
}
