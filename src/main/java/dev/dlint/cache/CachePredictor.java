package dev.dlint.cache;

import dev.dlint.context.BuildContext;
import dev.dlint.context.CopyOutcome;
import dev.dlint.context.CopySelection;
import dev.dlint.context.CopySource;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.facts.ImagePaths;
import dev.dlint.facts.LayerHistory;
import dev.dlint.facts.LayerWrite;
import dev.dlint.facts.StageGraph;
import dev.dlint.facts.VariableReferences;
import dev.dlint.model.AddInstruction;
import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.FileSource;
import dev.dlint.model.FileTransfer;
import dev.dlint.model.Flag;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.KeyValue;
import dev.dlint.model.Mount;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.WorkdirInstruction;
import dev.dlint.syntax.Expansions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Predicts which steps of a build miss BuildKit's cache after a change, for the stages the build's target needs.
 *
 * <p>The rules, BuildKit's (buildah agrees on all but the cases {@code docs/cache.md} lists):
 * <ul>
 * <li>A COPY/ADD from the context rebuilds when a changed file is among what its sources select ({@code
 * .dockerignore}, wildcards, directories, {@code --exclude} and {@code --parents} decided by
 * {@link BuildContext#select}); the cache key is the selected content, so files it does not select change
 * nothing. A RUN bind mount of the context is an input of that RUN in the same way.</li>
 * <li>A build argument is an environment variable of every RUN after its {@code ARG} in the stage (and in stages
 * built FROM it) until an ENV of the same name replaces it, so each such RUN rebuilds when it changes, used or not;
 * COPY, ADD and WORKDIR rebuild only when their words expand it; steps before the declaration are untouched.</li>
 * <li>ENV, LABEL, ARG, USER and the other metadata instructions, and every step after a rebuilt one, rebuild with
 * their parent. A {@code COPY --link} is reused on a new parent, though the steps after it still rebuild.</li>
 * <li>{@code FROM <stage>} rebuilds when that stage rebuilds anything. {@code COPY --from=<stage>} and
 * {@code RUN --mount=from=<stage>} read content, so they rebuild only when a rebuilt step of that stage can change
 * the paths they read: a RUN (anywhere, unless each of its commands writes only through its redirections, which
 * then are all it changes), or a COPY/ADD whose own input changed and whose destination overlaps. Stages the target
 * does not reach are not built.</li>
 * </ul>
 * One predictor serves any number of change sets: the context selections are computed once.
 */
public final class CachePredictor {

    /** What a COPY --from or RUN --mount=from reads of another stage: absolute paths ({@code /} for everything). */
    private record StageRead(Stage source, List<String> paths, String label) {
    }

    private final Dockerfile dockerfile;
    private final StageGraph graph;
    private final BuildContext context;
    private final Map<Instruction, List<ContextRead>> contextReads = new IdentityHashMap<>();
    private final Map<Instruction, List<StageRead>> stageReads = new IdentityHashMap<>();
    private final Map<Instruction, Set<String>> expanded = new IdentityHashMap<>();
    private final Map<Instruction, List<String>> writes = new IdentityHashMap<>();
    /** The RUNs whose every file effect dlint knows: commands that write only through their redirections. */
    private final Set<Instruction> knownRuns = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Instruction, List<String>> notes = new IdentityHashMap<>();

    private CachePredictor(DockerfileFacts facts, BuildContext context) {
        this.dockerfile = facts.dockerfile();
        this.graph = facts.stages();
        this.context = context;
        for (Stage stage : dockerfile.stages()) {
            expanded.put(stage.from(), fromVariables(stage.from()));
            for (LayerHistory.Step step : facts.layers(stage)) {
                if (!step.inherited()) {
                    writes.put(step.instruction(), step.writes().stream().map(LayerWrite::path).toList());
                }
                if (!step.inherited() && step.instruction() instanceof RunInstruction run && writesOnlyByRedirection(
                        run, facts)) {
                    knownRuns.add(run);
                }
            }
            for (Instruction instruction : stage.instructions()) {
                read(instruction, stage, facts);
            }
        }
    }

    /**
     * A predictor for the build {@code facts} describe (their target decides which stages are built) with
     * {@code context} as its build context.
     */
    public static CachePredictor of(DockerfileFacts facts, BuildContext context) {
        return new CachePredictor(facts, context);
    }

    public Dockerfile dockerfile() {
        return dockerfile;
    }

    /** What a COPY/ADD source or RUN bind mount of the instruction takes from the context, in order. */
    List<ContextRead> contextReads(Instruction instruction) {
        return contextReads.getOrDefault(instruction, List.of());
    }

    /** What the change rebuilds, for every instruction in file order. */
    public CachePlan predict(ChangeSet changes) {
        return new Evaluation(changes).plan();
    }

    // ---- what each instruction reads, computed once ----

    private void read(Instruction instruction, Stage stage, DockerfileFacts facts) {
        List<ContextRead> reads = new ArrayList<>();
        List<StageRead> fromStages = new ArrayList<>();
        List<String> said = new ArrayList<>();
        Set<String> variables = new TreeSet<>();
        Optional<FileTransfer> transfer = transfer(instruction);
        if (transfer.isPresent()) {
            readTransfer(instruction, stage, transfer.get(), facts, reads, fromStages, said, variables);
        } else if (instruction instanceof RunInstruction) {
            readMounts((RunInstruction) instruction, stage, reads, fromStages, said, variables);
        } else if (instruction instanceof WorkdirInstruction) {
            ((WorkdirInstruction) instruction).path().ifPresent(p -> variables.addAll(names(p.text())));
        }
        contextReads.put(instruction, List.copyOf(reads));
        stageReads.put(instruction, List.copyOf(fromStages));
        notes.put(instruction, List.copyOf(said));
        expanded.put(instruction, Set.copyOf(variables));
    }

    private void readTransfer(Instruction instruction, Stage stage, FileTransfer transfer, DockerfileFacts facts,
            List<ContextRead> reads, List<StageRead> fromStages, List<String> said, Set<String> variables) {
        String keyword = instruction.name();
        for (Flag flag : instruction.flags()) {
            flag.value().ifPresent(v -> variables.addAll(names(v)));
        }
        transfer.arguments().forEach(w -> variables.addAll(names(w.text())));
        Optional<Flag> from = instruction.flag("from");
        if (from.isPresent()) {
            String reference = expand(instruction, from.get().valueOrEmpty());
            Optional<Stage> source = stageNamed(reference, stage);
            if (source.isEmpty()) {
                said.add("copies from the image " + reference + ": it rebuilds when that image changes");
                return;
            }
            List<String> paths = new ArrayList<>();
            for (var word : transfer.sourcePaths()) {
                paths.add(facts.value(instruction, word).map(v -> ImagePaths.normalize("/" + v)).orElse("/"));
            }
            fromStages.add(new StageRead(source.get(), paths, keyword + " --from=" + reference));
            return;
        }
        List<String> excludes = new ArrayList<>();
        for (Flag flag : instruction.header().flags("exclude")) {
            excludes.add(expand(instruction, flag.valueOrEmpty()));
        }
        boolean parents = instruction.flag("parents").map(Flag::isTrue).orElse(false);
        for (FileSource source : transfer.sources()) {
            if (!(source instanceof FileSource.Path)) {
                continue;
            }
            var word = ((FileSource.Path) source).path();
            String label = keyword + " source \"" + word.text() + "\"";
            Optional<String> value = facts.value(instruction, word);
            if (value.isEmpty()) {
                reads.add(ContextRead.unresolved(label));
                said.add("source " + word.text() + " depends on a variable without a value: any changed file may be"
                        + " among what it copies");
                continue;
            }
            CopySelection selection = context.select(new CopySource(value.get(), excludes, parents));
            if (selection.outcome() == CopyOutcome.REMOTE) {
                said.add(value.get() + " is not in the build context: BuildKit fetches it on every build and rebuilds"
                        + " when its content changes, which no local change predicts");
                continue;
            }
            if (selection.outcome().failsBuild()) {
                said.add("the build fails here: " + (selection.detail().isEmpty() ? value.get() + ": not found"
                        : selection.detail()));
            }
            if (selection.outcome() == CopyOutcome.UNKNOWN) {
                said.add("the build context could not be read completely (" + selection.detail() + "): any changed"
                        + " file may be among what it copies");
            }
            reads.add(ContextRead.of(label, selection));
        }
    }

    private void readMounts(RunInstruction run, Stage stage, List<ContextRead> reads, List<StageRead> fromStages,
            List<String> said, Set<String> variables) {
        for (Flag flag : run.flags()) {
            flag.value().ifPresent(v -> variables.addAll(names(v)));
        }
        for (Mount mount : run.mounts()) {
            String type = mount.type();
            String target = mount.target().map(t -> expand(run, t)).orElse("?");
            switch (type) {
                case "bind": {
                    String source = mount.value("source").or(() -> mount.value("src")).map(s -> expand(run, s))
                            .orElse(".");
                    Optional<String> from = mount.value("from").map(f -> expand(run, f));
                    if (from.isPresent()) {
                        Optional<Stage> named = stageNamed(from.get(), stage);
                        if (named.isPresent()) {
                            fromStages.add(new StageRead(named.get(), List.of(ImagePaths.normalize("/" + source)),
                                    "--mount=type=bind,from=" + from.get()));
                        } else {
                            said.add("bind mount from the image " + from.get() + ": it rebuilds when that image changes");
                        }
                        continue;
                    }
                    reads.add(ContextRead.of("--mount=type=bind source \"" + source + "\"",
                            context.select(CopySource.of(source))));
                    break;
                }
                case "cache":
                    said.add("cache mount at " + target + ": what it holds is not part of the cache key, so it never"
                            + " makes this step rebuild");
                    break;
                case "secret":
                case "ssh":
                    said.add(type + " mount: its content is not part of the cache key (changing it rebuilds nothing)");
                    break;
                default:
                    break;
            }
        }
    }

    /**
     * Commands whose only effect on files is what their redirections write, so a RUN of nothing else changes only
     * those paths when it runs again.
     */
    private static final Set<String> REDIRECTION_ONLY = Set.of("echo", "printf", "cat", "true", "false", ":", "test",
            "[", "sleep", "env", "printenv", "pwd", "ls", "id", "whoami", "uname", "date", "exit", "set", "export",
            "head", "tail", "wc", "grep", "sort", "uniq", "tr", "cut", "expr", "seq", "basename", "dirname");

    private static boolean writesOnlyByRedirection(RunInstruction run, DockerfileFacts facts) {
        List<dev.dlint.facts.CommandUse> uses = facts.commands(run);
        if (uses.isEmpty() || run.shell().commands().isEmpty()) {
            return false;
        }
        for (dev.dlint.facts.CommandUse use : uses) {
            Optional<String> name = use.command().name();
            if (name.isEmpty() || !REDIRECTION_ONLY.contains(name.get())) {
                return false;
            }
        }
        return true;
    }

    private static Optional<FileTransfer> transfer(Instruction instruction) {
        if (instruction instanceof CopyInstruction) {
            return Optional.of(((CopyInstruction) instruction).transfer());
        }
        if (instruction instanceof AddInstruction) {
            return Optional.of(((AddInstruction) instruction).transfer());
        }
        return Optional.empty();
    }

    private Set<String> fromVariables(FromInstruction from) {
        Set<String> names = new TreeSet<>();
        from.image().ifPresent(w -> names.addAll(names(w.text())));
        from.platform().flatMap(Flag::value).ifPresent(v -> names.addAll(names(v)));
        return Set.copyOf(names);
    }

    private Set<String> names(String raw) {
        Set<String> names = new LinkedHashSet<>();
        for (VariableReferences.Reference reference : VariableReferences.in(raw, dockerfile.escape())) {
            names.add(reference.name());
        }
        return names;
    }

    private String expand(Instruction instruction, String raw) {
        return Expansions.expand(raw, dockerfile.scope(instruction), dockerfile.escape()).value();
    }

    /** A stage as {@code --from} names it (name case-insensitive, or index); empty for an image or the reader itself. */
    private Optional<Stage> stageNamed(String reference, Stage reader) {
        String lower = reference.toLowerCase(Locale.ROOT);
        for (Stage stage : dockerfile.stages()) {
            if (stage.name().isPresent() && stage.name().get().equals(lower)) {
                return stage == reader ? Optional.empty() : Optional.of(stage);
            }
        }
        if (reference.matches("\\d{1,9}")) {
            int index = Integer.parseInt(reference);
            if (index < dockerfile.stages().size() && index != reader.index()) {
                return Optional.of(dockerfile.stages().get(index));
            }
        }
        return Optional.empty();
    }

    // ---- one change set ----

    /** A path of a stage's file system that a rebuilt step may have changed: empty for any path. */
    private record ContentChange(Instruction instruction, Optional<String> path) {
    }

    /** What a stage hands on: whether anything rebuilt, the changed variables in its environment, its changes. */
    private record StageResult(boolean changed, Optional<Instruction> lastRebuilt, Map<String, String> variables,
            List<ContentChange> changes) {
    }

    /** One prediction: stages are evaluated on demand (a stage may copy from a later one), each once. */
    private final class Evaluation {

        private final ChangeSet changes;
        private final Map<Instruction, StepOutcome> outcomes = new IdentityHashMap<>();
        private final Map<Integer, StageResult> results = new LinkedHashMap<>();
        private final Set<Integer> evaluating = new TreeSet<>();
        /** Global ARGs whose value changes, with why. */
        private final Map<String, String> globalChanged = new LinkedHashMap<>();

        Evaluation(ChangeSet changes) {
            this.changes = changes;
            for (ArgInstruction arg : dockerfile.globalArgs()) {
                for (ArgDeclaration declaration : arg.declarations()) {
                    String name = declaration.name().text();
                    if (changes.args().contains(name) || declaration.defaultValue().map(d -> !intersect(
                            names(d.text()), globalChanged.keySet()).isEmpty()).orElse(false)) {
                        globalChanged.put(name, "ARG at line " + arg.range().startLine());
                    }
                }
            }
        }

        CachePlan plan() {
            for (Stage stage : dockerfile.stages()) {
                if (graph.shipping(stage) != StageGraph.Shipping.NONE) {
                    evaluate(stage);
                }
            }
            List<StepOutcome> steps = new ArrayList<>();
            for (Instruction instruction : dockerfile.instructions()) {
                StepOutcome outcome = outcomes.get(instruction);
                if (outcome == null) {
                    Optional<Stage> stage = dockerfile.stageOf(instruction);
                    boolean built = stage.isEmpty();
                    List<String> said = stage.isEmpty() ? List.of() : List.of("not built: the target does not need "
                            + stage.get().displayName());
                    outcome = new StepOutcome(instruction, stage, built, false, Optional.empty(), said);
                }
                steps.add(outcome);
            }
            return new CachePlan(steps);
        }

        private StageResult evaluate(Stage stage) {
            StageResult done = results.get(stage.index());
            if (done != null) {
                return done;
            }
            if (!evaluating.add(stage.index())) {
                return new StageResult(false, Optional.empty(), Map.of(), List.of());
            }
            Map<String, String> variables = new LinkedHashMap<>();
            List<ContentChange> contentChanges = new ArrayList<>();
            Optional<Cause> fromCause = Optional.empty();
            Optional<Integer> parent = stage.parentStage().filter(i -> i != stage.index()
                    && i < dockerfile.stages().size());
            if (parent.isPresent()) {
                Stage base = dockerfile.stages().get(parent.get());
                StageResult result = evaluate(base);
                variables.putAll(result.variables());
                contentChanges.addAll(result.changes());
                if (result.changed()) {
                    fromCause = Optional.of(new Cause(Cause.Kind.STAGE, base.displayName() + " rebuilds"
                            + result.lastRebuilt().map(i -> " (from line " + i.range().startLine() + " "
                            + Instructions.text(i, 40) + ")").orElse("")));
                }
            } else {
                Set<String> used = intersect(expanded.get(stage.from()), globalChanged.keySet());
                if (!used.isEmpty()) {
                    fromCause = Optional.of(new Cause(Cause.Kind.ARG, "the base image expands changed build argument"
                            + plural(used) + " " + String.join(", ", used)));
                    contentChanges.add(new ContentChange(stage.from(), Optional.empty()));
                }
            }
            outcomes.put(stage.from(), new StepOutcome(stage.from(), Optional.of(stage), true, fromCause.isPresent(),
                    fromCause, List.of()));
            boolean chain = fromCause.isPresent();
            Optional<Instruction> lastRebuilt = chain ? Optional.of(stage.from()) : Optional.empty();
            for (Instruction instruction : stage.instructions()) {
                Optional<Cause> own = ownCause(instruction, variables);
                flow(instruction, variables);
                boolean link = transfer(instruction).isPresent() && instruction.flag("link").map(Flag::isTrue)
                        .orElse(false);
                boolean rebuilds = own.isPresent() || chain && !link;
                Optional<Cause> cause = own;
                if (own.isEmpty() && rebuilds) {
                    Instruction previous = lastRebuilt.orElseThrow();
                    cause = Optional.of(new Cause(Cause.Kind.PARENT, "parent step rebuilt (line "
                            + previous.range().startLine() + " " + Instructions.text(previous, 40) + ")"));
                }
                List<String> said = new ArrayList<>(notes.get(instruction));
                if (link && chain && own.isEmpty()) {
                    said.add("--link: the copied layer is reused on the new parent, though the steps after it rebuild");
                }
                outcomes.put(instruction, new StepOutcome(instruction, Optional.of(stage), true, rebuilds, cause,
                        said));
                if (rebuilds) {
                    contentChanges.addAll(contentChanges(instruction, own.isPresent()));
                    lastRebuilt = Optional.of(instruction);
                }
                chain |= rebuilds;
            }
            StageResult result = new StageResult(chain, lastRebuilt, Map.copyOf(variables),
                    List.copyOf(contentChanges));
            results.put(stage.index(), result);
            evaluating.remove(stage.index());
            return result;
        }

        /** The instruction's own changed input, if any: a selected file, a build argument, a stage it reads. */
        private Optional<Cause> ownCause(Instruction instruction, Map<String, String> variables) {
            for (ContextRead read : contextReads.getOrDefault(instruction, List.of())) {
                List<String> matched = read.matches(changes.files());
                if (!matched.isEmpty()) {
                    String more = matched.size() == 1 ? "" : " (and " + (matched.size() - 1) + " more changed file"
                            + (matched.size() == 2 ? "" : "s") + ")";
                    String verb = read.isUnresolved() ? " may match " : " matches ";
                    return Optional.of(new Cause(Cause.Kind.FILE, "\"" + matched.get(0) + "\"" + verb + read.label()
                            + more));
                }
            }
            if (instruction instanceof RunInstruction && !variables.isEmpty()) {
                List<String> described = new ArrayList<>();
                variables.forEach((name, origin) -> described.add(name + " (" + origin + ")"));
                return Optional.of(new Cause(Cause.Kind.ARG, "changed build argument" + plural(variables.keySet())
                        + " in its environment: " + String.join(", ", described)));
            }
            Set<String> used = intersect(expanded.getOrDefault(instruction, Set.of()), variables.keySet());
            if (!used.isEmpty()) {
                return Optional.of(new Cause(Cause.Kind.ARG, instruction.name() + " expands changed build argument"
                        + plural(used) + " " + String.join(", ", used)));
            }
            for (StageRead read : stageReads.getOrDefault(instruction, List.of())) {
                StageResult source = evaluate(read.source());
                for (ContentChange change : source.changes()) {
                    for (String path : read.paths()) {
                        if (overlaps(path, change.path())) {
                            return Optional.of(new Cause(Cause.Kind.STAGE, read.source().displayName() + ": line "
                                    + change.instruction().range().startLine() + " "
                                    + Instructions.text(change.instruction(), 40) + " rebuilds and may change "
                                    + (path.equals("/") ? "what " + read.label() + " reads" : path)));
                        }
                    }
                }
            }
            return Optional.empty();
        }

        /** ARG and ENV change which changed values the later steps' environment holds. */
        private void flow(Instruction instruction, Map<String, String> variables) {
            int line = instruction.range().startLine();
            if (instruction instanceof ArgInstruction) {
                for (ArgDeclaration declaration : ((ArgInstruction) instruction).declarations()) {
                    String name = declaration.name().text();
                    boolean changed = changes.args().contains(name);
                    if (!changed && declaration.defaultValue().isPresent()) {
                        Set<String> used = intersect(names(declaration.defaultValue().get().text()),
                                variables.keySet());
                        if (used.isEmpty()) {
                            variables.remove(name);
                        } else {
                            variables.put(name, "ARG at line " + line + " expands " + String.join(", ", used));
                        }
                    } else if (!changed && globalChanged.containsKey(name)) {
                        variables.put(name, "ARG at line " + line + ", global " + globalChanged.get(name));
                    } else if (changed) {
                        variables.put(name, "ARG at line " + line);
                    }
                }
            } else if (instruction instanceof EnvInstruction) {
                for (KeyValue pair : ((EnvInstruction) instruction).pairs()) {
                    String name = pair.key().text();
                    Set<String> used = intersect(names(pair.value().text()), variables.keySet());
                    if (used.isEmpty()) {
                        variables.remove(name);
                    } else {
                        variables.put(name, "ENV at line " + line + " expands " + String.join(", ", used));
                    }
                }
            }
        }

        /** What a rebuilt step may have changed in its stage's file system. */
        private List<ContentChange> contentChanges(Instruction instruction, boolean ownInputChanged) {
            if (instruction instanceof RunInstruction) {
                if (knownRuns.contains(instruction)) {
                    return writes.getOrDefault(instruction, List.of()).stream()
                            .map(p -> new ContentChange(instruction, Optional.of(p))).toList();
                }
                return List.of(new ContentChange(instruction, Optional.empty()));
            }
            boolean writesFiles = transfer(instruction).isPresent() || instruction instanceof WorkdirInstruction;
            if (!writesFiles || !ownInputChanged) {
                return List.of(); // the same input again gives the same content
            }
            List<String> paths = writes.getOrDefault(instruction, List.of());
            if (paths.isEmpty()) {
                return List.of(new ContentChange(instruction, Optional.empty()));
            }
            return paths.stream().map(p -> new ContentChange(instruction, Optional.of(p))).toList();
        }
    }

    /** Whether a read of {@code path} can see a change at {@code changed} (empty: anywhere). */
    private static boolean overlaps(String path, Optional<String> changed) {
        if (changed.isEmpty()) {
            return true;
        }
        String read = literalPrefix(path);
        String write = literalPrefix(changed.get());
        return ImagePaths.isWithin(read, write) || ImagePaths.isWithin(write, read);
    }

    /** The directories before the first segment with a glob or a variable. */
    private static String literalPrefix(String path) {
        List<String> kept = new ArrayList<>();
        for (String segment : ImagePaths.normalize(path).split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.contains("$") || ImagePaths.hasGlob(segment)) {
                break;
            }
            kept.add(segment);
        }
        return "/" + String.join("/", kept);
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static String plural(Set<String> names) {
        return names.size() == 1 ? "" : "s";
    }
}
