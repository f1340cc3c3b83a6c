package dev.dlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.FixApplier;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Fix;
import dev.dlint.rule.RuleKind;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.syntax.Dockerfiles;
import dev.dlint.testing.Fixture;
import dev.dlint.testing.OnbuildVariant;
import dev.dlint.testing.RuleRunner;
import dev.dlint.testing.SharedFiles;
import dev.dlint.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fixture under testdata/rules/&lt;Rule&gt;/: each {@code # expect:} marker must be matched by a finding of that
 * rule at that instruction, and the rule must report nothing else in the file. A {@code .fixed} twin is what applying
 * the rule's fixes (whole, pass after pass, as {@code dlint fix} does) makes of the fixture, and a second run finds
 * nothing more to fix. For rules that also check ONBUILD triggers, each fixture runs a second time with its
 * instructions wrapped in ONBUILD, and must give the same findings there.
 */
class RuleFixturesTest {

    /** As many passes as {@code dlint fix} makes at most. */
    private static final int MAX_PASSES = 10;

    /** The suffix of the expected build ignore file after the fixes: {@code <fixture>.dockerignore.fixed}. */
    private static final String IGNORE_FIXED = ".dockerignore.fixed";

    @TestFactory
    Stream<DynamicNode> fixtures() throws IOException {
        Path root = SharedFiles.projectRoot().resolve("testdata/rules");
        List<DynamicNode> containers = new ArrayList<>();
        for (RuleMetadata rule : BuiltinRules.catalog().rules(RuleKind.DOCKERFILE)) {
            Path dir = root.resolve(rule.name());
            if (!Files.isDirectory(dir)) {
                continue; // RuleCatalogTest reports missing fixture folders
            }
            List<DynamicNode> tests = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".fixed"))
                        .sorted().toList()) {
                    String name = file.getFileName().toString();
                    tests.add(DynamicTest.dynamicTest(name, () -> check(rule, file)));
                    if (rule.onbuild()) {
                        tests.add(DynamicTest.dynamicTest(name + " in ONBUILD", () -> checkOnbuild(rule, file)));
                    }
                }
            }
            containers.add(DynamicContainer.dynamicContainer(rule.name(), tests));
        }
        return containers.stream();
    }

    private static void check(RuleMetadata rule, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Fixture fixture = Fixture.parse(file.toString(), text);
        FileResult result = lint(text, fixture);
        Dockerfile dockerfile = Dockerfiles.parse(file.toString(), text.getBytes(StandardCharsets.UTF_8));
        refuseMarkersInsideInstructions(file, fixture, dockerfile);
        assertThat(result.readError()).as(file.getFileName().toString()).isEmpty();
        matchExpectations(rule.name(), file.getFileName().toString(), fixture, dockerfile, result.reported());
        Path fixed = file.resolveSibling(file.getFileName() + ".fixed");
        Path ignoreFixed = file.resolveSibling(file.getFileName() + IGNORE_FIXED);
        if (Files.exists(fixed) || Files.exists(ignoreFixed)) {
            checkFix(rule.name(), text, fixed, ignoreFixed, fixture);
        }
    }

    /**
     * The fixture with its RUN instructions wrapped in ONBUILD gives the same findings, at the same places once the
     * inserted keyword is taken out of the columns.
     */
    private static void checkOnbuild(RuleMetadata rule, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        OnbuildVariant variant = OnbuildVariant.of(text);
        Fixture fixture = Fixture.parse(file.toString(), text);
        if (!variant.wrapped() || !fixture.onbuildVariant()) {
            return;
        }
        FileResult result = lint(variant.text(), fixture);
        assertThat(result.readError()).as(file.getFileName() + " in ONBUILD").isEmpty();
        Dockerfile dockerfile = Dockerfiles.parse(file.toString(), text.getBytes(StandardCharsets.UTF_8));
        List<Finding> findings = result.reported().stream().map(variant::unshift).toList();
        matchExpectations(rule.name(), file.getFileName() + " in ONBUILD", fixture, dockerfile, findings);
    }

    /** BuildKit skips comment lines inside a continued instruction, so a marker there would silently move. */
    private static void refuseMarkersInsideInstructions(Path file, Fixture fixture, Dockerfile dockerfile) {
        for (Fixture.Expectation expectation : fixture.expectations()) {
            for (Instruction instruction : dockerfile.instructions()) {
                int line = expectation.markerLine();
                if (instruction.range().startLine() < line && line <= instruction.range().endLine()) {
                    throw new AssertionError(file.getFileName() + ":" + line + ": marker inside a continued instruction"
                            + " (line " + instruction.range().startLine() + "); put it above the instruction and"
                            + " use @+N");
                }
            }
        }
    }

    private static void matchExpectations(String rule, String name, Fixture fixture, Dockerfile dockerfile,
                                          List<Finding> findings) {
        List<Finding> ofRule = findings.stream().filter(f -> f.rule().equals(rule)).toList();
        List<Finding> remaining = new ArrayList<>(ofRule);
        for (Fixture.Expectation expectation : fixture.expectations()) {
            if (!expectation.rule().equals(rule)) {
                continue;
            }
            Instruction target = dockerfile.instructions().stream()
                    .filter(i -> i.range().startLine() > expectation.markerLine()).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": marker at line " + expectation.markerLine()
                            + " has no instruction below it"));
            int line = target.range().startLine() + expectation.lineOffset();
            Finding match = remaining.stream()
                    .filter(f -> f.range().startLine() == line)
                    .filter(f -> expectation.column().map(c -> f.range().startColumn() == c).orElse(true))
                    .filter(f -> expectation.messagePart().map(p -> f.message().contains(p)).orElse(true))
                    .filter(f -> expectation.aliases().map(a -> a.equals(f.aliases())).orElse(true))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": expected " + rule + " at line " + line
                            + expectation.column().map(c -> ":" + c).orElse("")
                            + expectation.aliases().map(a -> " as " + String.join(",", a)).orElse("")
                            + expectation.messagePart().map(p -> " with \"" + p + "\"").orElse("")
                            + " (marker at line " + expectation.markerLine() + "); findings of the rule: "
                            + describe(ofRule)));
            remaining.remove(match);
        }
        assertThat(remaining).as(name + ": findings without an expect marker").isEmpty();
    }

    /**
     * The rule's fixes, applied whole and pass after pass until none is left, turn the fixture into its .fixed twin
     * (and its .dockerignore into the {@code .dockerignore.fixed} twin, for fixes that edit the build's ignore file);
     * the result still parses without a new syntax error, and linting it again offers no further fix. Under
     * {@code # dlint-test: fixes safe} only safe fixes are applied, so a fixture whose rule offers only an unsafe
     * fix has a {@code .fixed} twin equal to itself: the case {@code dlint fix} must leave as it is.
     */
    private static void checkFix(String rule, String text, Path fixed, Path ignoreFixed, Fixture fixture)
            throws IOException {
        String current = text;
        String ignore = RuleRunner.lines(fixture.dockerignore());
        int passes = 0;
        boolean anyFix = false;
        while (true) {
            Fixture now = fixture.withDockerignore(ignore.isEmpty() ? List.of() : List.of(ignore.split("\n")));
            List<Fix> offered = fixesOf(rule, lint(current, now));
            anyFix |= !offered.isEmpty();
            List<Fix> fixes = offered.stream().filter(f -> f.safe() || !fixture.safeFixesOnly()).toList();
            if (fixes.isEmpty()) {
                break;
            }
            assertThat(++passes).as(fixed.getFileName() + ": fixes converge within " + MAX_PASSES + " passes")
                    .isLessThanOrEqualTo(MAX_PASSES);
            for (Fix fix : fixes) {
                assertThat(fix.target().map(t -> Path.of(t).getFileName().toString()).orElse(".dockerignore"))
                        .as(fixed.getFileName() + ": a fix edits the Dockerfile or the .dockerignore")
                        .isEqualTo(".dockerignore");
            }
            current = FixApplier.apply(SourceText.of(current), fixes).text();
            Optional<String> ignoreTarget = fixes.stream().map(Fix::target).flatMap(Optional::stream).findFirst();
            if (ignoreTarget.isPresent()) {
                ignore = FixApplier.apply(SourceText.of(ignore), fixes, ignoreTarget).text();
            }
        }
        assertThat(anyFix).as(fixed.getFileName() + ": the rule offers a fix").isTrue();
        if (Files.exists(fixed)) {
            String expected = Files.readString(fixed, StandardCharsets.UTF_8);
            assertThat(current).as(fixed.getFileName().toString()).isEqualTo(expected);
        } else {
            assertThat(current).as(fixed.getFileName() + " (absent): the Dockerfile stays as it is").isEqualTo(text);
        }
        if (Files.exists(ignoreFixed)) {
            assertThat(ignore).as(ignoreFixed.getFileName().toString())
                    .isEqualTo(Files.readString(ignoreFixed, StandardCharsets.UTF_8));
        } else {
            assertThat(ignore).as(ignoreFixed.getFileName() + " (absent): the .dockerignore stays as it is")
                    .isEqualTo(RuleRunner.lines(fixture.dockerignore()));
        }
        long errorsBefore = syntaxErrors(text);
        assertThat(syntaxErrors(current)).as(fixed.getFileName() + ": no new syntax error").isLessThanOrEqualTo(errorsBefore);
    }

    private static List<Fix> fixesOf(String rule, FileResult result) {
        return result.reported().stream().filter(f -> f.rule().equals(rule)).map(Finding::fix)
                .flatMap(Optional::stream).toList();
    }

    private static long syntaxErrors(String text) {
        return Dockerfiles.parse("Dockerfile", text.getBytes(StandardCharsets.UTF_8)).diagnostics().stream()
                .filter(d -> d.error()).count();
    }

    private static FileResult lint(String text, Fixture fixture) {
        return RuleRunner.lint(text, fixture);
    }

    private static String describe(List<Finding> findings) {
        StringBuilder out = new StringBuilder(findings.isEmpty() ? "none" : "");
        for (Finding f : findings) {
            out.append("\n  ").append(f.range()).append(' ').append(f.aliases()).append(' ').append(f.message());
        }
        return out.toString();
    }
}
