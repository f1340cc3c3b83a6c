package dev.dlint.cli;

import dev.dlint.cache.CacheJson;
import dev.dlint.cache.CachePlan;
import dev.dlint.cache.CachePredictor;
import dev.dlint.cache.CacheText;
import dev.dlint.cache.ChangeSet;
import dev.dlint.cache.GitChanges;
import dev.dlint.cache.HistoryAnalysis;
import dev.dlint.context.BuildContext;
import dev.dlint.context.DockerIgnore;
import dev.dlint.context.DockerIgnoreException;
import dev.dlint.context.Limits;
import dev.dlint.facts.CommandUse;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.Diagnostic;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rules.knowledge.DependencyInstall;
import dev.dlint.syntax.Dockerfiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dlint cache}: which steps a change rebuilds, as BuildKit's cache decides, or how often each step rebuilt
 * over the last commits ({@code --history}).
 */
@Command(name = "cache", description = "Predict which build steps a change rebuilds (BuildKit's cache rules), or count"
        + " rebuilds per step over the last commits.",
        mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false)
final class CacheCommand extends Subcommand {

    enum Format { TTY, JSON }

    @Parameters(paramLabel = "DOCKERFILE", arity = "1", description = "The Dockerfile of the build.")
    String dockerfile;

    @Option(names = "--changed", paramLabel = "PATH",
            description = "A file (or directory) that changed, relative to the build context. Repeatable.")
    List<String> changed = new ArrayList<>();

    @Option(names = "--changed-arg", paramLabel = "NAME",
            description = "A build argument whose value changes. Repeatable.")
    List<String> changedArgs = new ArrayList<>();

    @Option(names = "--since", paramLabel = "GIT_REV",
            description = "Take the changed files from git: git diff --name-only GIT_REV, plus untracked files.")
    String since;

    @Option(names = "--history", paramLabel = "N",
            description = "Count, per step, how many of the last N commits would have rebuilt it, and what reordering"
                    + " would save.")
    Integer history;

    @Option(names = "--context", paramLabel = "DIR",
            description = "The build context (default: the Dockerfile's directory).")
    Path contextDir;

    @Option(names = "--target", paramLabel = "STAGE",
            description = "The stage the build produces, as with docker build --target (default: the last stage).")
    String target;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: tty).")
    Format format = Format.TTY;

    @Override
    void validate() {
        if (history != null) {
            if (history < 1) {
                throw usageError("--history needs a number of commits of at least 1");
            }
            if (!changed.isEmpty() || !changedArgs.isEmpty() || since != null) {
                throw usageError("--history counts the commits' own changes: it cannot be combined with --changed,"
                        + " --changed-arg or --since");
            }
        }
        for (String name : changedArgs) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw usageError("--changed-arg takes the name of a build argument, not '" + name + "'");
            }
        }
    }

    @Override
    ExitCode execute() {
        Path file;
        byte[] bytes;
        try {
            file = Path.of(dockerfile);
            bytes = Files.readAllBytes(file);
        } catch (IOException | InvalidPathException e) {
            err().println("dlint: " + dockerfile + ": cannot read: " + reason(e));
            return ExitCode.UNREADABLE_INPUT;
        }
        Dockerfile parsed = Dockerfiles.parse(dockerfile, bytes);
        boolean parserFailed = false;
        for (Diagnostic d : parsed.diagnostics()) {
            if (d.error()) {
                parserFailed |= d.parserLevel();
                err().println(dockerfile + ":" + d.range().startLine() + ":" + d.range().startColumn() + ": "
                        + (d.parserLevel() ? "error: " : "error (the build would fail here): ") + d.message());
            }
        }
        if (parserFailed || parsed.stages().isEmpty()) {
            if (parsed.stages().isEmpty() && !parserFailed) {
                err().println("dlint: " + dockerfile + ": no FROM: nothing is built");
            }
            return ExitCode.UNREADABLE_INPUT;
        }
        DockerfileFacts facts;
        try {
            facts = DockerfileFacts.of(parsed, Optional.ofNullable(target));
        } catch (IllegalArgumentException e) {
            throw usageError("--target: " + e.getMessage() + " in " + dockerfile);
        }
        Path context = contextDir != null ? contextDir : Optional.ofNullable(file.toAbsolutePath().getParent())
                .orElse(Path.of("."));
        if (!Files.isDirectory(context)) {
            err().println("dlint: " + context + ": the build context is not a directory");
            return ExitCode.UNREADABLE_INPUT;
        }
        try {
            return history != null ? history(facts, file, context) : predict(facts, context);
        } catch (GitChanges.GitException e) {
            err().println("dlint: git: " + e.getMessage());
            return ExitCode.UNREADABLE_INPUT;
        } catch (DockerIgnoreException e) {
            err().println("dlint: " + e.getMessage() + " (the build fails on it)");
            return ExitCode.UNREADABLE_INPUT;
        } catch (IOException e) {
            err().println("dlint: " + context + ": cannot read the build context: " + reason(e));
            return ExitCode.UNREADABLE_INPUT;
        }
    }

    private ExitCode predict(DockerfileFacts facts, Path context)
            throws IOException, DockerIgnoreException, GitChanges.GitException {
        Set<String> files = new TreeSet<>();
        for (String path : changed) {
            contextRelative(context, path).ifPresentOrElse(files::add, () -> err().println("dlint: --changed " + path
                    + ": not in the build context " + context + "; ignored"));
        }
        if (since != null) {
            files.addAll(GitChanges.of(context).since(since));
        }
        ChangeSet changes = ChangeSet.of(files, changedArgs);
        CachePredictor predictor = CachePredictor.of(facts, walk(context, Path.of(dockerfile), changes.files()));
        CachePlan plan = predictor.predict(changes);
        if (format == Format.JSON) {
            CacheJson.write(plan, dockerfile, out());
        } else {
            CacheText.write(plan, dockerfile, out());
        }
        return ExitCode.CLEAN;
    }

    private ExitCode history(DockerfileFacts facts, Path file, Path context)
            throws IOException, DockerIgnoreException, GitChanges.GitException {
        List<HistoryAnalysis.Commit> commits = GitChanges.of(context).history(history, file);
        Set<String> all = new TreeSet<>();
        for (HistoryAnalysis.Commit commit : commits) {
            all.addAll(commit.changes().files());
        }
        CachePredictor predictor = CachePredictor.of(facts, walk(context, file, all));
        HistoryAnalysis analysis = HistoryAnalysis.of(predictor, commits, neededFiles(facts));
        if (format == Format.JSON) {
            CacheJson.write(analysis, dockerfile, out());
        } else {
            CacheText.write(analysis, dockerfile, out());
        }
        return ExitCode.CLEAN;
    }

    /** The context as the build sends it; changed paths no longer on disk are counted as the older tree had them. */
    private static BuildContext walk(Path context, Path dockerfile, Set<String> changedFiles)
            throws IOException, DockerIgnoreException {
        Optional<Path> ignoreFile = DockerIgnore.locate(context, dockerfile);
        DockerIgnore ignore = ignoreFile.isPresent() ? DockerIgnore.read(ignoreFile.get()) : DockerIgnore.none();
        return BuildContext.walkWithRemoved(context, ignore, Limits.defaults(), changedFiles);
    }

    /** The files each dependency install reads (CacheBustingCopy's manifests); none for system package installs. */
    private static Map<Instruction, Set<String>> neededFiles(DockerfileFacts facts) {
        Map<Instruction, Set<String>> needed = new IdentityHashMap<>();
        for (Stage stage : facts.dockerfile().stages()) {
            for (RunInstruction run : stage.instructions(RunInstruction.class)) {
                Set<String> manifests = new LinkedHashSet<>();
                boolean installs = false;
                for (CommandUse use : facts.commands(run)) {
                    Optional<DependencyInstall> install = DependencyInstall.of(use);
                    if (install.isPresent()) {
                        installs = true;
                        manifests.addAll(install.get().manifests());
                    }
                }
                if (installs) {
                    needed.put(run, Set.copyOf(manifests));
                }
            }
        }
        return needed;
    }

    /** A --changed path relative to the context: as given when relative, or an absolute path inside it. */
    private static Optional<String> contextRelative(Path context, String path) {
        try {
            Path given = Path.of(path);
            if (!given.isAbsolute()) {
                Path normal = given.normalize();
                return normal.startsWith("..") ? Optional.empty() : Optional.of(normal.toString().replace('\\', '/'));
            }
            Path root = context.toAbsolutePath().normalize();
            Path absolute = given.normalize();
            if (!absolute.startsWith(root)) {
                Path real = context.toRealPath();
                if (!absolute.startsWith(real)) {
                    return Optional.empty();
                }
                root = real;
            }
            return Optional.of(root.relativize(absolute).toString().replace('\\', '/'));
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
