package dev.dlint.facts;

import dev.dlint.context.BuildContext;
import dev.dlint.context.DockerIgnore;
import dev.dlint.context.DockerIgnoreException;
import dev.dlint.context.Limits;
import dev.dlint.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the build context of each linted Dockerfile is, as {@code dlint lint --context} sets it: beside each
 * Dockerfile (the default, what {@code docker build .} next to it does; standard input then has none), one directory
 * for every input (including standard input), or none at all. Each context is walked at most once per instance,
 * within {@link Limits}, however many Dockerfiles use it: the cache is keyed by the directory's real path and the
 * ignore file's path and text. One instance serves one run; it is not meant for concurrent use.
 */
public final class BuildContexts {

    private enum Mode { NONE, BESIDE_DOCKERFILE, DIRECTORY }

    private static final long MAX_IGNORE_BYTES = 16L * 1024 * 1024;

    private final Mode mode;
    private final Optional<Path> directory;
    private final Limits limits;
    private final Map<String, ContextFacts.Walk> walks = new ConcurrentHashMap<>();

    private BuildContexts(Mode mode, Optional<Path> directory, Limits limits) {
        this.mode = mode;
        this.directory = directory;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** No build context: every rule that needs one stays silent. */
    public static BuildContexts none() {
        return new BuildContexts(Mode.NONE, Optional.empty(), Limits.defaults());
    }

    /** Each Dockerfile's own directory is its context; standard input has none. */
    public static BuildContexts besideDockerfile() {
        return new BuildContexts(Mode.BESIDE_DOCKERFILE, Optional.empty(), Limits.defaults());
    }

    /** {@code dir} is the context of every input, standard input included ({@code docker build -f - DIR}). */
    public static BuildContexts directory(Path dir) {
        return new BuildContexts(Mode.DIRECTORY, Optional.of(dir), Limits.defaults());
    }

    /** The same choice with other walk limits (and a cache of its own). */
    public BuildContexts withLimits(Limits newLimits) {
        return new BuildContexts(mode, directory, newLimits);
    }

    public Limits limits() {
        return limits;
    }

    /** The explicit context directory, when one was given. */
    public Optional<Path> explicitDirectory() {
        return directory;
    }

    /**
     * The context of the Dockerfile at {@code path} (as the engine was given it): empty when there is none (no
     * context chosen, or the file is not on disk and no directory was given).
     */
    public Optional<ContextFacts> forDockerfile(String path) {
        Path dockerfile;
        try {
            dockerfile = Path.of(path);
        } catch (InvalidPathException e) {
            return forStandardInput();
        }
        switch (mode) {
            case DIRECTORY:
                return Optional.of(context(directory.get(), Files.isRegularFile(dockerfile) ? dockerfile : null));
            case BESIDE_DOCKERFILE:
                if (!Files.isRegularFile(dockerfile)) {
                    return Optional.empty();
                }
                Path parent = dockerfile.getParent();
                return Optional.of(context(parent == null ? Path.of(".") : parent, dockerfile));
            default:
                return Optional.empty();
        }
    }

    /** The context of a Dockerfile read from standard input: only an explicit directory. */
    public Optional<ContextFacts> forStandardInput() {
        return mode == Mode.DIRECTORY ? Optional.of(context(directory.get(), null)) : Optional.empty();
    }

    private ContextFacts context(Path dir, Path dockerfile) {
        String shown = display(dir);
        Optional<Path> located = DockerIgnore.locate(dir, dockerfile);
        Optional<IgnoreFile> ignoreFile = Optional.empty();
        Optional<String> problem = Optional.empty();
        String ignoreKey = "";
        if (located.isPresent()) {
            Path file = located.get();
            String name = dockerfile != null && file.getFileName().toString().equals(dockerfile.getFileName()
                    + DockerIgnore.FILE_NAME) ? display(dockerfile) + DockerIgnore.FILE_NAME
                    : (shown.equals(".") ? "" : shown + "/") + DockerIgnore.FILE_NAME;
            try {
                if (Files.size(file) >= MAX_IGNORE_BYTES) {
                    throw new DockerIgnoreException(name, 0, "larger than 16 MiB");
                }
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.UTF_8);
                ignoreFile = Optional.of(new IgnoreFile(name, SourceText.decode(bytes), DockerIgnore.parse(text,
                        file.getFileName().toString())));
                ignoreKey = realPath(file) + "\u0000" + text;
            } catch (IOException e) {
                problem = Optional.of(name + ": cannot be read: " + reason(e));
            } catch (DockerIgnoreException e) {
                problem = Optional.of(e.getMessage() + " (BuildKit fails the build before sending the context)");
            }
        }
        DockerIgnore ignore = ignoreFile.map(IgnoreFile::ignore).orElse(DockerIgnore.none());
        String key = realPath(dir) + "\u0000" + ignoreKey;
        return new ContextFacts(shown, ignoreFile, problem, () -> walks.computeIfAbsent(key, k -> walk(dir, ignore)));
    }

    private ContextFacts.Walk walk(Path dir, DockerIgnore ignore) {
        try {
            return new ContextFacts.Walk(Optional.of(BuildContext.walk(dir, ignore, limits)), Optional.empty());
        } catch (IOException e) {
            return new ContextFacts.Walk(Optional.<BuildContext>empty(),
                    Optional.of("the context " + display(dir) + " cannot be walked: " + reason(e)));
        }
    }

    private static String realPath(Path path) {
        try {
            return path.toRealPath().toString();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize().toString();
        }
    }

    /** A path as reports name it: normalized, {@code /}-separated, {@code .} for the working directory. */
    static String display(Path path) {
        String s = path.normalize().toString().replace('\\', '/');
        return s.isEmpty() ? "." : s;
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
