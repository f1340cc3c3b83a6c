package dev.dlint.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * buildah in a private storage root for tests: {@code buildah build --layers --isolation chroot} and its per-step
 * cache decisions read from the build's output. The overlay driver is tried first (faster), vfs when overlay cannot
 * mount here.
 */
final class Buildah implements AutoCloseable {

    /** The output of one command. */
    record Result(int exitCode, String output) {
    }

    /**
     * One step of a build as buildah printed it.
     *
     * @param stage the 1-based stage number ({@code [2/3]}), 1 for a one-stage build
     * @param step the 1-based step in the stage (1 is the FROM)
     * @param usedCache whether buildah printed {@code --> Using cache}
     * @param imageId the image id after the step (its first 11 hex digits, as buildah 1.28 prints it), when printed
     */
    record Step(int stage, int step, String text, boolean usedCache, Optional<String> imageId) {
    }

    private static final Pattern STEP = Pattern.compile("^(?:\\[(\\d+)/\\d+\\] )?STEP (\\d+)/\\d+: (.*)$");
    private static final Pattern ID = Pattern.compile("^--> ([0-9a-f]{11,64})$");

    private final Path storage;
    private final String driver;

    private Buildah(Path storage, String driver) {
        this.storage = storage;
        this.driver = driver;
    }

    /** Why buildah cannot run here, or empty when it can. */
    static Optional<String> unavailable() throws IOException, InterruptedException {
        if (run(List.of("sh", "-c", "command -v buildah"), null).exitCode() != 0) {
            return Optional.of("buildah is not installed (apt-get install -y buildah to run these checks)");
        }
        if (!run(List.of("id", "-u"), null).output().strip().equals("0")) {
            return Optional.of("buildah build --isolation chroot needs root here");
        }
        if (!Files.isRegularFile(Path.of("/bin/busybox"))) {
            return Optional.of("/bin/busybox is missing (apt-get install -y busybox-static)");
        }
        return Optional.empty();
    }

    /** A storage root with a base image {@code name}: FROM scratch plus Debian's static busybox. */
    static Buildah withBase(String name) throws IOException, InterruptedException {
        Path base = Files.createTempDirectory("dlint-cache-base-");
        try {
            Files.copy(Path.of("/bin/busybox"), base.resolve("busybox"));
            Files.writeString(base.resolve("Dockerfile"), "FROM scratch\nCOPY busybox /bin/busybox\n"
                    + "RUN [\"/bin/busybox\", \"--install\", \"-s\", \"/bin\"]\n", StandardCharsets.UTF_8);
            String failure = "";
            for (String driver : List.of("overlay", "vfs")) {
                Buildah buildah = new Buildah(Files.createTempDirectory("dlint-cache-buildah-"), driver);
                Result built = buildah.build(base, List.of("-t", name));
                if (built.exitCode() == 0) {
                    return buildah;
                }
                failure = built.output();
                buildah.close();
            }
            throw new IOException("cannot build the busybox base image: " + failure);
        } finally {
            delete(base);
        }
    }

    String driver() {
        return driver;
    }

    /** {@code buildah build --layers --isolation chroot} of {@code dir} with more arguments. */
    Result build(Path dir, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("build", "--isolation", "chroot", "--layers", "--pull-never"));
        command.addAll(args);
        command.add(dir.toString());
        return buildah(command);
    }

    /** The steps a build printed, in order. */
    static List<Step> steps(String output) {
        List<Step> steps = new ArrayList<>();
        int stage = 0;
        int step = 0;
        String text = "";
        boolean cached = false;
        String id = null;
        for (String line : output.split("\n")) {
            Matcher m = STEP.matcher(line);
            if (m.matches()) {
                if (step > 0) {
                    steps.add(new Step(stage, step, text, cached, Optional.ofNullable(id)));
                }
                stage = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
                step = Integer.parseInt(m.group(2));
                text = m.group(3);
                cached = false;
                id = null;
                continue;
            }
            if (line.startsWith("--> Using cache ")) {
                cached = true;
            }
            Matcher i = ID.matcher(line.strip());
            if (i.matches()) {
                id = i.group(1).substring(0, 11);
            }
        }
        if (step > 0) {
            steps.add(new Step(stage, step, text, cached, Optional.ofNullable(id)));
        }
        return steps;
    }

    /** The id each stage's last step produced, by stage number. */
    static Map<Integer, String> stageImages(List<Step> steps) {
        Map<Integer, String> images = new HashMap<>();
        for (Step step : steps) {
            step.imageId().ifPresent(id -> images.put(step.stage(), id));
        }
        return images;
    }

    private Result buildah(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("buildah", "--root", storage.resolve("root").toString(),
                "--runroot", storage.resolve("run").toString(), "--storage-driver", driver));
        command.addAll(args);
        return run(command, storage);
    }

    @Override
    public void close() throws IOException {
        try {
            buildah(List.of("rmi", "-a", "-f"));
            Path overlay = storage.resolve("root").resolve("overlay");
            if (run(List.of("mountpoint", "-q", overlay.toString()), null).exitCode() == 0) {
                run(List.of("umount", overlay.toString()), null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        delete(storage);
    }

    static Result run(List<String> command, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (dir != null) {
            pb.directory(dir.toFile());
        }
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Result(127, String.valueOf(e.getMessage()));
        }
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(124, "timed out: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
