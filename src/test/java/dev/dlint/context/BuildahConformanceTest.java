package dev.dlint.context;

import static dev.dlint.context.ContextTrees.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks a few {@code .dockerignore} cases against a real build: {@code buildah build --isolation chroot} of
 * {@code FROM scratch} + {@code COPY . /ctx/}, then the image's files are listed through {@code buildah from} and
 * {@code buildah mount}, with a private storage root in a temporary directory. Skipped, visibly, when buildah is
 * not installed or cannot mount (it needs root).
 *
 * <p>buildah has its own copier but translates patterns to the same regular expressions as moby/patternmatcher,
 * so the quirks of that translation ({@code [*]}, {@code ^foo*}, {@code [[:alpha:]]}, {@code a**b}, {@code \d},
 * {@code /!foo}) are checked here against a real build. Two things are not, because buildah (1.28) differs from
 * BuildKit there: it lacks patternmatcher's suffix shortcut (BuildKit's {@code **node_modules} also matches
 * {@code a/my_node_modules}, buildah's does not), and it decides with parent matches where fsutil passes parent
 * results down (with {@code a}, {@code !a/b}, {@code a} buildah drops {@code a/b}, BuildKit sends it).
 */
class BuildahConformanceTest {

    private static Path storage;

    @BeforeAll
    static void requireBuildah() throws Exception {
        if (run(List.of("sh", "-c", "command -v buildah"), null).exitCode != 0) {
            skip("buildah is not installed (apt-get install -y buildah to run these checks)");
        }
        if (!run(List.of("id", "-u"), null).output.strip().equals("0")) {
            skip("buildah mount needs root here");
        }
        storage = Files.createTempDirectory("dlint-buildah-");
    }

    @AfterAll
    static void removeStorage() throws IOException {
        if (storage == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(storage)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void skip(String why) {
        System.err.println("SKIPPED: BuildahConformanceTest: " + why);
        Assumptions.abort(why);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("negation", "*.md\n!README.md\n", new String[] {"README.md", "notes.md", "docs/x.md",
                        "main.go"}),
                Arguments.of("reinclude-under-excluded-dir", "docs\n!docs/keep.txt\n", new String[] {"docs/keep.txt",
                        "docs/drop.txt", "docs/sub/x", "src/a"}),
                Arguments.of("double-star", "**/node_modules\n**/*.log\n!important.log\n", new String[] {
                        "node_modules/y", "a/node_modules/x", "a/b.log", "important.log", "src/z"}),
                Arguments.of("dotfiles-and-classes", ".*\n[!a]x\n*/tmp\n/build/\n", new String[] {".env", "a/.env",
                        "!x", "bx", "sub/tmp/t", "tmp/keep", "build/out", "src/build/keep"}),
                Arguments.of("translation-quirks", "[*]\n^foo*\n[[:alpha:]]x\na**b\n\\d\n", new String[] {"]", "*",
                        "foobar", "^foobar", "bx", ":x", "axb", "a/x/b", "ab", "5", "d", "k"}),
                Arguments.of("slash-bang-is-an-exclusion", "*\n/!foo\n", new String[] {"foo", "k"}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void dockerignoreAsABuildSeesIt(String name, String ignore, String[] files) throws Exception {
        Path ctx = Files.createTempDirectory(storage, "ctx-");
        create(ctx, files);
        Files.writeString(ctx.resolve(".dockerignore"), ignore, StandardCharsets.UTF_8);
        Files.writeString(ctx.resolve("Dockerfile"), "FROM scratch\nCOPY . /ctx/\n", StandardCharsets.UTF_8);
        List<String> expected = BuildContext.walk(ctx, DockerIgnore.read(ctx.resolve(".dockerignore")),
                Limits.defaults()).select(".").paths();
        assertThat(expected).as("the case must keep some files and drop others").isNotEmpty()
                .hasSizeLessThan(files.length + 2);

        String image = "localhost/dlint-context-" + name;
        Result build = buildah(List.of("build", "--isolation", "chroot", "--layers=false", "-q", "-t", image, "-f",
                ctx.resolve("Dockerfile").toString(), ctx.toString()));
        assertThat(build.exitCode).as("buildah build: %s", build.output).isZero();
        String container = buildah(List.of("from", "-q", image)).output.strip();
        try {
            Result mount = buildah(List.of("mount", container));
            assertThat(mount.exitCode).as("buildah mount: %s", mount.output).isZero();
            Path copied = Path.of(mount.output.strip()).resolve("ctx");
            List<String> actual = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(copied)) {
                walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                        .forEach(p -> actual.add(copied.relativize(p).toString()));
            }
            actual.sort(null);
            assertThat(actual).as("files buildah copied").containsExactlyElementsOf(expected);
        } finally {
            buildah(List.of("umount", container));
            buildah(List.of("rm", container));
            buildah(List.of("rmi", "-f", image));
        }
    }

    @Test
    void aPatternDlintRejectsFailsTheBuild() throws Exception {
        Path ctx = Files.createTempDirectory(storage, "ctx-");
        create(ctx, "k");
        Files.writeString(ctx.resolve(".dockerignore"), "[z-a]\n", StandardCharsets.UTF_8);
        Files.writeString(ctx.resolve("Dockerfile"), "FROM scratch\nCOPY . /ctx/\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> DockerIgnore.read(ctx.resolve(".dockerignore")))
                .isInstanceOf(DockerIgnoreException.class);
        Result build = buildah(List.of("build", "--isolation", "chroot", "--layers=false", "-q", "-t",
                "localhost/dlint-context-bad", "-f", ctx.resolve("Dockerfile").toString(), ctx.toString()));
        assertThat(build.exitCode).isNotZero();
        // buildah's copier subprocess rejects the pattern; under load the parent sometimes sees only the subprocess
        // dying (a broken pipe to it) instead of its message. Either way the build fails at the COPY.
        assertThat(build.output).containsAnyOf("syntax error in pattern", "error encoding request for copier subprocess");
        assertThat(build.output).contains("COPY . /ctx/");
    }

    private record Result(int exitCode, String output) {
    }

    private static Result buildah(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("buildah", "--root", storage.resolve("root").toString(),
                "--runroot", storage.resolve("run").toString(), "--storage-driver", "vfs"));
        command.addAll(args);
        return run(command, storage);
    }

    private static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Result(127, e.getMessage());
        }
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(124, "timed out: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
