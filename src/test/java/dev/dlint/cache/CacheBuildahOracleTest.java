package dev.dlint.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.context.BuildContext;
import dev.dlint.context.DockerIgnore;
import dev.dlint.context.Limits;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import dev.dlint.syntax.Dockerfiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * dlint's predictions against a real builder: each scenario builds an image with {@code buildah build --layers
 * --isolation chroot} (on {@code FROM scratch} plus Debian's static busybox, built once for the class), then changes
 * files and build arguments round after round, rebuilds, and compares dlint's {@code rebuilds} with buildah's
 * {@code --> Using cache} for every step ({@code FROM <stage>}: whether that stage's image changed). Stages dlint
 * calls not built must not appear in buildah's output.
 *
 * <p>Where buildah 1.28 decides differently from BuildKit (whose rules dlint follows), or dlint cannot know what
 * the builder sees, the round names the lines and why; the test then requires the two to differ exactly there, so
 * each documented difference stays real.
 * Skipped, visibly, without buildah or root. All scenarios together take about 40 s on 2 cores.
 */
class CacheBuildahOracleTest {

    private static final String BASE = "localhost/dlint-cache-base";

    private static Buildah buildah;
    private static long started;
    private static final List<String> timings = new ArrayList<>();

    /** One round: files to write (new content each time) or delete, the build arguments of this build. */
    record Round(List<String> edits, List<String> deletions, Map<String, String> args, Map<Integer, String> divergences) {
    }

    /** One scenario: a context, a Dockerfile (BASE is the busybox image), rounds of changes. */
    record Scenario(String name, Map<String, String> files, String dockerfile, Optional<String> target,
            Map<String, String> args, List<Round> rounds) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void buildBase() throws Exception {
        Optional<String> why = Buildah.unavailable();
        if (why.isPresent()) {
            System.err.println("SKIPPED: CacheBuildahOracleTest: " + why.get());
            Assumptions.abort(why.get());
        }
        started = System.nanoTime();
        buildah = Buildah.withBase(BASE);
        timings.add(String.format("base image (%s): %.1f s", buildah.driver(), (System.nanoTime() - started) / 1e9));
    }

    @AfterAll
    static void cleanUp() throws IOException {
        if (buildah != null) {
            buildah.close();
            System.err.printf("CacheBuildahOracleTest: %s; total %.1f s%n", String.join("; ", timings),
                    (System.nanoTime() - started) / 1e9);
        }
    }

    static Stream<Arguments> scenarios() {
        return Scenarios.all().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void dlintRebuildsWhatBuildahRebuilds(Scenario scenario) throws Exception {
        long t0 = System.nanoTime();
        Path ctx = Files.createTempDirectory("dlint-cache-" + scenario.name() + "-");
        try {
            for (Map.Entry<String, String> file : scenario.files().entrySet()) {
                write(ctx, file.getKey(), file.getValue());
            }
            String dockerfileText = scenario.dockerfile().replace("BASE", BASE);
            Files.writeString(ctx.resolve("Dockerfile"), dockerfileText, StandardCharsets.UTF_8);
            Map<String, String> args = new TreeMap<>(scenario.args());
            String image = "localhost/dlint-cache-" + scenario.name();
            Buildah.Result first = buildah.build(ctx, buildArgs(scenario, image, args));
            assertThat(first.exitCode()).as("first build: %s", first.output()).isZero();
            Map<Integer, String> images = Buildah.stageImages(Buildah.steps(first.output()));
            Dockerfile dockerfile = Dockerfiles.parse(ctx.resolve("Dockerfile").toString(),
                    dockerfileText.getBytes(StandardCharsets.UTF_8));
            DockerfileFacts facts = DockerfileFacts.of(dockerfile, scenario.target());
            int number = 0;
            for (Round round : scenario.rounds()) {
                number++;
                Set<String> changed = new TreeSet<>();
                for (String path : round.edits()) {
                    write(ctx, path, path + " in round " + number + " of " + scenario.name() + "\n");
                    changed.add(path);
                }
                for (String path : round.deletions()) {
                    Files.delete(ctx.resolve(path));
                    changed.add(path);
                }
                Set<String> changedArgs = new TreeSet<>();
                Map<String, String> next = new TreeMap<>(args);
                next.putAll(round.args());
                for (String name : next.keySet()) {
                    if (!next.get(name).equals(args.get(name))) {
                        changedArgs.add(name);
                    }
                }
                args = next;
                BuildContext context = BuildContext.walkWithRemoved(ctx, ignore(ctx), Limits.defaults(), changed);
                CachePlan plan = CachePredictor.of(facts, context).predict(ChangeSet.of(changed, changedArgs));

                Buildah.Result rebuilt = buildah.build(ctx, buildArgs(scenario, image, args));
                assertThat(rebuilt.exitCode()).as("rebuild: %s", rebuilt.output()).isZero();
                List<Buildah.Step> steps = Buildah.steps(rebuilt.output());
                Map<Integer, String> nextImages = Buildah.stageImages(steps);
                compare(scenario.name() + " round " + number, dockerfile, plan, steps, images, nextImages,
                        round.divergences(), rebuilt.output());
                images = nextImages;
            }
        } finally {
            Buildah.delete(ctx);
        }
        timings.add(String.format("%s %.1f s", scenario.name(), (System.nanoTime() - t0) / 1e9));
    }

    private static void compare(String what, Dockerfile dockerfile, CachePlan plan, List<Buildah.Step> steps,
            Map<Integer, String> before, Map<Integer, String> after, Map<Integer, String> divergences, String output) {
        Map<Integer, Boolean> predicted = new LinkedHashMap<>();
        Map<Integer, Boolean> observed = new LinkedHashMap<>();
        List<String> table = new ArrayList<>();
        for (StepOutcome outcome : plan.steps()) {
            if (outcome.stage().isEmpty()) {
                continue;
            }
            Stage stage = outcome.stage().get();
            int stageNumber = stage.index() + 1;
            boolean inOutput = steps.stream().anyMatch(s -> s.stage() == stageNumber);
            if (!outcome.built()) {
                assertThat(inOutput).as("%s: dlint says %s is not built; buildah built it:%n%s", what,
                        stage.displayName(), output).isFalse();
                continue;
            }
            assertThat(inOutput).as("%s: buildah did not build %s:%n%s", what, stage.displayName(), output).isTrue();
            Instruction instruction = outcome.instruction();
            int stepNumber = instruction == stage.from() ? 1 : stage.instructions().indexOf(instruction) + 2;
            Buildah.Step step = steps.stream().filter(s -> s.stage() == stageNumber && s.step() == stepNumber)
                    .findFirst().orElseThrow(() -> new AssertionError(what + ": no buildah step " + stageNumber + "/"
                            + stepNumber + " for line " + outcome.line() + "\n" + output));
            boolean buildahRebuilt;
            if (instruction == stage.from()) {
                buildahRebuilt = stage.parentStage().map(p -> !before.get(p + 1).equals(after.get(p + 1)))
                        .orElse(false);
            } else {
                buildahRebuilt = !step.usedCache();
            }
            predicted.put(outcome.line(), outcome.rebuilds());
            observed.put(outcome.line(), buildahRebuilt);
            table.add(String.format("%4d %-40s dlint %-8s buildah %-8s %s", outcome.line(), step.text().length() > 40
                    ? step.text().substring(0, 40) : step.text(), outcome.rebuilds() ? "rebuilds" : "cached",
                    buildahRebuilt ? "rebuilds" : "cached", outcome.cause().map(Cause::detail).orElse("")));
        }
        Set<Integer> differing = new TreeSet<>();
        for (Integer line : predicted.keySet()) {
            if (!predicted.get(line).equals(observed.get(line))) {
                differing.add(line);
            }
        }
        assertThat(differing).as("%s: lines where dlint and buildah differ (documented: %s)%n%s", what,
                divergences, String.join("\n", table)).isEqualTo(divergences.keySet());
        assertThat(predicted).as("%s: the round must compare steps", what).isNotEmpty();
    }

    private static List<String> buildArgs(Scenario scenario, String image, Map<String, String> args) {
        List<String> list = new ArrayList<>(List.of("-t", image));
        scenario.target().ifPresent(t -> list.addAll(List.of("--target", t)));
        args.forEach((k, v) -> list.addAll(List.of("--build-arg", k + "=" + v)));
        return list;
    }

    private static DockerIgnore ignore(Path ctx) throws IOException {
        Path file = ctx.resolve(".dockerignore");
        try {
            return Files.exists(file) ? DockerIgnore.read(file) : DockerIgnore.none();
        } catch (dev.dlint.context.DockerIgnoreException e) {
            throw new AssertionError(e);
        }
    }

    private static void write(Path root, String path, String content) throws IOException {
        Path target = root.resolve(path);
        Files.createDirectories(target.getParent());
        Files.writeString(target, content, StandardCharsets.UTF_8);
    }
}
