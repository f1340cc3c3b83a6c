package dev.dlint.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dlint.testing.SharedFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code dlint} launcher under dash and busybox sh, with BSD-style {@code stat} and {@code readlink} first on
 * PATH (they refuse GNU's {@code -c} and {@code -f} as macOS's do, and log every call). Each test copies the launcher
 * into a scratch checkout (pom.xml, src/, grammar/, target/dlint.jar) so that rebuilds can be watched: {@code mvn} is
 * a stand-in that logs its arguments and writes the jar. A stand-in JDK ({@code JAVA_HOME} with a {@code release}
 * file and a {@code bin/java} that logs its arguments) shows which JVM flags each workload gets and how the
 * class-data-sharing archive is recorded, used and replaced; the real JDK runs dlint itself through a jar whose
 * manifest points at the test class path. busybox sh runs its own applets before PATH (its readlink, find and stat
 * are not GNU's either), so the stand-ins' log is checked under dash.
 */
class LauncherTest {

    @TempDir
    Path tmp;

    private Path checkout;
    private Path fakeBin;
    private Path mavenBin;
    private Path log;

    @BeforeEach
    void scratchCheckout() throws IOException {
        checkout = Files.createDirectories(tmp.resolve("checkout"));
        Files.copy(SharedFiles.projectRoot().resolve("dlint"), checkout.resolve("dlint"));
        executable(checkout.resolve("dlint"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(checkout.resolve("src/main/java"));
        Files.writeString(checkout.resolve("src/main/java/A.java"), "class A {}\n");
        Files.createDirectories(checkout.resolve("src/test/java"));
        Files.writeString(checkout.resolve("src/test/java/ATest.java"), "class ATest {}\n");
        Files.createDirectories(checkout.resolve("grammar"));
        Files.writeString(checkout.resolve("grammar/G.g4"), "grammar G;\n");
        log = tmp.resolve("calls.log");
        Files.writeString(log, "");
        fakeBin = Files.createDirectories(tmp.resolve("bsd-bin"));
        script(fakeBin.resolve("stat"), """
                #!/bin/sh
                echo "stat $*" >> '%s'
                case ${1:-} in -c|--*) echo "stat: illegal option -- ${1#-}" >&2
                  echo "usage: stat [-FLnq] [-f format | -l | -r | -s | -x] [-t timefmt] [file ...]" >&2; exit 1 ;; esac
                exec /usr/bin/stat "$@"
                """.formatted(log));
        script(fakeBin.resolve("readlink"), """
                #!/bin/sh
                echo "readlink $*" >> '%s'
                case ${1:-} in -*) echo "readlink: illegal option -- ${1#-}" >&2; echo "usage: readlink [-n] [file ...]" >&2; exit 1 ;; esac
                exec /usr/bin/readlink "$1"
                """.formatted(log));
        mavenBin = Files.createDirectories(tmp.resolve("maven-bin"));
        script(mavenBin.resolve("mvn"), """
                #!/bin/sh
                echo "mvn $*" >> '%s'
                [ -n "${MVN_FAIL:-}" ] && { echo "[ERROR] COMPILATION ERROR: A.java:[1,1] broken"; exit 1; }
                echo "Downloading from central: https://repo.maven.apache.org/maven2/picocli.pom"
                mkdir -p target && echo jar > target/dlint.jar
                """.formatted(log));
        Files.createDirectories(checkout.resolve("target"));
        Files.writeString(checkout.resolve("target/dlint.jar"), "jar\n");
        age(checkout.resolve("pom.xml"), checkout.resolve("src/main/java/A.java"), checkout.resolve("grammar/G.g4"),
                checkout.resolve("src/test/java/ATest.java"));
    }

    record Run(int code, String out, String err) {
    }

    /** A JAVA_HOME whose java logs its arguments, creates the archive a recording run names, and exits with $JAVA_EXIT. */
    private Path fakeJdk(String version) throws IOException {
        Path home = Files.createDirectories(tmp.resolve("jdk-" + version));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_RUNTIME_VERSION=\"" + version
                + "\"\nJAVA_VERSION=\"" + version + "\"\n");
        Files.createDirectories(home.resolve("bin"));
        script(home.resolve("bin/java"), """
                #!/bin/sh
                echo "java $*" >> '%s'
                for a in "$@"; do
                  case $a in -XX:ArchiveClassesAtExit=*|-XX:AOTCacheOutput=*) echo archive > "${a#*=}" ;; esac
                done
                exit "${JAVA_EXIT:-0}"
                """.formatted(log));
        return home;
    }

    private Run run(String shell, Map<String, String> env, String... args) throws Exception {
        return runScript(shell, checkout.resolve("dlint"), env, args);
    }

    /** Runs {@code script -qec COMMAND /dev/null}: the command on a pseudo-terminal, its output on stdout. */
    private Run onTerminal(Map<String, String> env, String command) throws Exception {
        return runScript("script", checkout.resolve("dlint"), env, "-qec", command, "/dev/null");
    }

    private Run runScript(String shell, Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(shell.equals("busybox") ? List.of("busybox", "sh") : List.of(shell));
        if (!shell.equals("script")) {
            command.add(launcher.toString());
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile());
        builder.environment().clear();
        builder.environment().put("HOME", tmp.resolve("home").toString());
        builder.environment().put("PATH", fakeBin + File.pathSeparator + mavenBin + File.pathSeparator + "/usr/bin:/bin");
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private List<String> calls(String program) throws IOException {
        return Files.readAllLines(log).stream().filter(l -> l.startsWith(program + " ")).toList();
    }

    private List<String> javaRuns() throws IOException {
        return calls("java").stream().filter(l -> !l.contains(" __train")).toList();
    }

    private static void assumeShell(String shell) {
        try {
            Process p = new ProcessBuilder(shell, shell.equals("busybox") ? "true" : "-c", shell.equals("busybox") ? ""
                    : "true").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, shell + " is not installed");
        } catch (IOException | InterruptedException e) {
            assumeTrue(false, shell + " is not installed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dash", "busybox"})
    void runsDlintThroughASymlinkWithBsdStyleTools(String shell) throws Exception {
        assumeShell(shell);
        writeClassPathJar(checkout.resolve("target/dlint.jar"));
        Path bin = Files.createDirectories(tmp.resolve("home/.local/bin"));
        Files.createSymbolicLink(bin.resolve("dlint"), checkout.resolve("dlint"));
        Path dockerfile = Files.writeString(tmp.resolve("Dockerfile"), "FROM node\n");
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"));
        Run version = runScript(shell, bin.resolve("dlint"), env, "--version");
        assertThat(version.code()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("dlint ");
        Run lint = runScript(shell, bin.resolve("dlint"), env, "--no-color", dockerfile.toString());
        assertThat(lint.code()).as(lint.err()).isEqualTo(1);
        assertThat(lint.out()).contains("UnpinnedBaseImage");
        assertThat(calls("mvn")).isEmpty();
        if (shell.equals("dash")) {
            assertThat(calls("readlink")).isNotEmpty().allMatch(l -> !l.startsWith("readlink -"));
        }
        assertThat(calls("stat")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dash", "busybox"})
    void choosesJvmFlagsAndHeapPerWorkload(String shell) throws Exception {
        assumeShell(shell);
        Map<String, String> env = Map.of("JAVA_HOME", fakeJdk("17.0.99+1").toString(), "DLINT_NO_CDS", "1");
        assertThat(run(shell, env, "Dockerfile").code()).isZero();
        assertThat(run(shell, env, "image", "app.tar").code()).isZero();
        assertThat(run(shell, env, "cache", "--history", "HEAD~5..", "Dockerfile").code()).isZero();
        assertThat(run(shell, env, "cache", "Dockerfile").code()).isZero();
        String[] many = Stream.concat(Stream.of("lint"), Stream.iterate(1, i -> i + 1).limit(51).map(i -> "f" + i))
                .toArray(String[]::new);
        assertThat(run(shell, env, many).code()).isZero();
        assertThat(run(shell, Map.of("JAVA_HOME", env.get("JAVA_HOME"), "DLINT_NO_CDS", "1",
                "DLINT_JAVA_OPTS", "-Xmx2g -Dwith.star=*"), "Dockerfile").code()).isZero();
        List<String> runs = javaRuns();
        assertThat(runs).hasSize(6);
        String jar = checkout.resolve("target/dlint.jar").toString();
        assertThat(runs.get(0)).isEqualTo("java -XX:+UseSerialGC -XX:-UsePerfData -XX:TieredStopAtLevel=1 -Xmx512m"
                + " -jar " + jar + " Dockerfile");
        assertThat(runs.get(1)).isEqualTo("java -XX:+UseSerialGC -XX:-UsePerfData -Xmx768m -jar " + jar
                + " image app.tar");
        assertThat(runs.get(2)).doesNotContain("TieredStopAtLevel").contains("-Xmx768m");
        assertThat(runs.get(3)).contains("-XX:TieredStopAtLevel=1", "-Xmx512m");
        assertThat(runs.get(4)).doesNotContain("TieredStopAtLevel").contains("-Xmx768m").endsWith(" f51");
        assertThat(runs.get(5)).endsWith("-Xmx512m -Xmx2g -Dwith.star=* -jar " + jar + " Dockerfile");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dash", "busybox"})
    void recordsOneClassDataSharingArchivePerJarAndJdkAndReplacesStaleOnes(String shell) throws Exception {
        assumeShell(shell);
        Map<String, String> jdk17 = Map.of("JAVA_HOME", fakeJdk("17.0.99+1").toString());
        Path target = checkout.resolve("target");
        Path archive = target.resolve("dlint-cds-jdk17.0.99+1.jsa");
        assertThat(run(shell, jdk17, "Dockerfile").code()).isZero();
        assertThat(archive).exists();
        assertThat(calls("java")).hasSize(2);
        assertThat(calls("java").get(0)).contains("-XX:ArchiveClassesAtExit=" + archive, " __train");
        assertThat(calls("java").get(1)).contains("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off");

        assertThat(run(shell, jdk17, "Dockerfile").code()).isZero();
        assertThat(calls("java")).hasSize(3); // no new recording: the archive is current

        age(archive);
        assertThat(run(shell, jdk17, "Dockerfile").code()).isZero(); // the jar is newer: record again
        assertThat(calls("java")).hasSize(5);
        assertThat(archive).exists();

        Map<String, String> jdk25 = Map.of("JAVA_HOME", fakeJdk("25.0.1+8").toString());
        assertThat(run(shell, jdk25, "Dockerfile").code()).isZero();
        Path aot = target.resolve("dlint-cds-jdk25.0.1+8.aot");
        assertThat(calls("java").get(5)).contains("-XX:AOTCacheOutput=" + aot);
        assertThat(calls("java").get(6)).contains("-XX:AOTCache=" + aot);
        try (Stream<Path> files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("dlint.jar", "dlint-cds-jdk25.0.1+8.aot");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dash", "busybox"})
    void rebuildsWhenASourceIsNewerThanTheJar(String shell) throws Exception {
        assumeShell(shell);
        Map<String, String> env = Map.of("JAVA_HOME", fakeJdk("17.0.99+1").toString(), "DLINT_NO_CDS", "1");
        assertThat(run(shell, env, "--version").code()).isZero();
        assertThat(calls("mvn")).isEmpty();

        Files.writeString(checkout.resolve("src/test/java/ATest.java"), "class ATest { }\n");
        assertThat(run(shell, env, "--version").code()).isZero();
        assertThat(calls("mvn")).as("test sources are not in the jar").isEmpty();

        for (String source : List.of("src/main/java/A.java", "grammar/G.g4", "pom.xml")) {
            age(checkout.resolve("target/dlint.jar"));
            Files.writeString(checkout.resolve(source), "changed\n");
            Run r = run(shell, env, "--version");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("sources changed since").contains("rebuilding");
            assertThat(r.err()).as("Maven's output is only shown when the build fails").doesNotContain("Downloading");
        }
        assertThat(calls("mvn")).containsExactly("mvn -B -q -DskipTests package", "mvn -B -q -DskipTests package",
                "mvn -B -q -DskipTests package");
        assertThat(run(shell, env, "--version").code()).isZero();
        assertThat(calls("mvn")).hasSize(3);

        Files.delete(checkout.resolve("target/dlint.jar"));
        Run first = run(shell, env, "--version");
        assertThat(first.code()).isZero();
        assertThat(first.err()).contains("first run").contains("fetches dlint's dependencies");
        assertThat(checkout.resolve("target/dlint.jar")).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dash", "busybox"})
    void onATerminalTheFirstBuildShowsMavensProgress(String shell) throws Exception {
        assumeShell(shell);
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "util-linux script (a pseudo-terminal) is missing");
        Files.delete(checkout.resolve("target/dlint.jar"));
        String launcher = (shell.equals("busybox") ? "busybox sh " : "dash ") + checkout.resolve("dlint") + " --version";
        // script(1) runs the launcher on a pseudo-terminal, as a user's shell would.
        Run r = onTerminal(Map.of("JAVA_HOME", fakeJdk("17.0.99+1").toString(), "DLINT_NO_CDS", "1"), launcher);
        assertThat(r.code()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("first run").contains("fetches dlint's dependencies")
                .contains("Downloading from central");
        assertThat(calls("mvn")).containsExactly("mvn -DskipTests package");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dash", "busybox"})
    void failuresOfItsOwnExitThreeNeverOne(String shell) throws Exception {
        assumeShell(shell);
        Map<String, String> env = new HashMap<>(Map.of("JAVA_HOME", fakeJdk("17.0.99+1").toString(), "DLINT_NO_CDS", "1"));

        Files.delete(checkout.resolve("target/dlint.jar"));
        env.put("MVN_FAIL", "1");
        Run buildFails = run(shell, env, "Dockerfile");
        assertThat(buildFails.code()).isEqualTo(3);
        assertThat(buildFails.err()).contains("COMPILATION ERROR").contains("dlint: build failed");
        env.remove("MVN_FAIL");

        Run noMaven = runWithToolsOnly(shell, env);
        assertThat(noMaven.code()).isEqualTo(3);
        assertThat(noMaven.err()).contains("Maven (mvn) is not on PATH");

        Files.writeString(checkout.resolve("target/dlint.jar"), "jar\n");
        Run badHome = run(shell, Map.of("JAVA_HOME", tmp.resolve("no-jdk").toString()), "Dockerfile");
        assertThat(badHome.code()).isEqualTo(3);
        assertThat(badHome.err()).contains("JAVA_HOME is " + tmp.resolve("no-jdk") + ", which has no bin/java");

        Run noJava = runWithToolsOnly(shell, Map.of());
        assertThat(noJava.code()).isEqualTo(3);
        assertThat(noJava.err()).contains("java not found");

        env.put("JAVA_EXIT", "134");
        assertThat(run(shell, env, "Dockerfile").code()).as("a JVM crash is passed on, not made 1").isEqualTo(134);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dash", "busybox"})
    void installLinksTheLauncherOntoPath(String shell) throws Exception {
        assumeShell(shell);
        Files.copy(SharedFiles.projectRoot().resolve("install.sh"), checkout.resolve("install.sh"));
        executable(checkout.resolve("install.sh"));
        Path bin = tmp.resolve("prefix/bin");
        Map<String, String> env = Map.of("JAVA_HOME", fakeJdk("17.0.99+1").toString(), "DLINT_NO_CDS", "1",
                "PREFIX", tmp.resolve("prefix").toString());
        Run install = runScript(shell, checkout.resolve("install.sh"), env);
        assertThat(install.code()).as(install.err()).isZero();
        assertThat(install.out()).contains("linked " + bin.resolve("dlint") + " -> " + checkout.resolve("dlint"));
        assertThat(install.err()).contains(bin + " is not on PATH");
        assertThat(Files.readSymbolicLink(bin.resolve("dlint"))).isEqualTo(checkout.resolve("dlint"));

        Run viaLink = runScript(shell, bin.resolve("dlint"), env, "Dockerfile");
        assertThat(viaLink.code()).as(viaLink.err()).isZero();
        assertThat(javaRuns().get(javaRuns().size() - 1)).endsWith("-jar " + checkout.resolve("target/dlint.jar")
                + " Dockerfile");

        Run again = runScript(shell, checkout.resolve("install.sh"), env);
        assertThat(again.code()).as("installing twice replaces the link").isZero();
        Files.delete(bin.resolve("dlint"));
        Files.writeString(bin.resolve("dlint"), "someone else's dlint\n");
        Run refused = runScript(shell, checkout.resolve("install.sh"), env);
        assertThat(refused.code()).isEqualTo(3);
        assertThat(refused.err()).contains("exists and is not a link");
    }

    /** A PATH with the tools the launcher uses but neither java nor mvn: the stand-ins and a directory of wrappers. */
    private Run runWithToolsOnly(String shell, Map<String, String> env) throws Exception {
        Path tools = Files.createDirectories(tmp.resolve("tools"));
        for (String tool : List.of("find", "mkdir", "rm", "touch", "cksum", "pwd")) {
            Path real = Path.of("/usr/bin", tool);
            if (!Files.exists(real)) {
                real = Path.of("/bin", tool);
            }
            if (Files.exists(real) && !Files.exists(tools.resolve(tool))) {
                script(tools.resolve(tool), "#!/bin/sh\nexec " + real + " \"$@\"\n");
            }
        }
        List<String> command = new ArrayList<>(shell.equals("busybox") ? List.of("/usr/bin/busybox", "sh")
                : List.of("/usr/bin/dash"));
        command.add(checkout.resolve("dlint").toString());
        command.add("Dockerfile");
        ProcessBuilder builder = new ProcessBuilder(command).directory(tmp.toFile());
        builder.environment().clear();
        builder.environment().put("HOME", tmp.resolve("home").toString());
        builder.environment().put("PATH", fakeBin + File.pathSeparator + tools);
        builder.environment().putAll(env);
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), err);
    }

    /** A jar whose manifest runs dlint's Main from the test class path, as target/dlint.jar runs it from its classes. */
    private static void writeClassPathJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, "dev.dlint.cli.Main");
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                classPath.append(classPath.length() == 0 ? "" : " ").append(Path.of(entry).toUri());
            }
        }
        main.put(Attributes.Name.CLASS_PATH, classPath.toString());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
    }

    private static void script(Path path, String text) throws IOException {
        Files.writeString(path, text);
        executable(path);
    }

    private static void executable(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Sets the files' modification time an hour back, so whatever is written next is newer. */
    private static void age(Path... paths) throws IOException {
        for (Path path : paths) {
            Files.setLastModifiedTime(path, FileTime.from(Instant.now().minusSeconds(3600)));
        }
    }
}
