package dev.dlint.facts;

import dev.dlint.context.BuildContext;
import dev.dlint.context.DockerIgnore;
import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.BaseImage;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.PredefinedArgs;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.VariableScope;
import dev.dlint.model.Word;
import dev.dlint.syntax.Expansions;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What rules need to know about one Dockerfile beyond its model, computed once per file and shared by every rule:
 * which stages ship, the layers of each stage with what they write and delete, the images the file pulls, the
 * references between stages, and the values of words. Each fact is computed on first use. One instance serves one
 * file on one thread.
 */
public final class DockerfileFacts {

    private final Dockerfile dockerfile;
    private final Optional<String> target;
    private final Map<Integer, List<LayerHistory.Step>> layers = new HashMap<>();
    private final Map<RunInstruction, List<CommandUse>> commands = new IdentityHashMap<>();
    private final Map<RunInstruction, LayerHistory.Step> triggerLayers = new IdentityHashMap<>();
    /** Each stage's own RUN steps by instruction, filled with {@link #layers}. */
    private final Map<Integer, Map<Instruction, LayerHistory.Step>> ownSteps = new HashMap<>();
    /** The stage of every stage instruction and of every ONBUILD trigger, and the ONBUILD of each trigger. */
    private Map<Instruction, Stage> stageOfInstruction;
    private Map<Instruction, OnbuildInstruction> onbuildOfTrigger;
    private List<ImageUses.ImageUse> imageUses;
    private List<StageReferences.StageReference> stageReferences;
    private List<Stage> imageStages;
    private StageGraph stages;
    private StageNames stageNames;
    private Optional<VariableScope> globalDefaults;
    private Map<Instruction, ShellInEffect> shells;
    private final Supplier<Optional<ContextFacts>> contextLocator;
    private Optional<ContextFacts> context;
    private List<ContextCopy> contextCopies;

    private DockerfileFacts(Dockerfile dockerfile, Optional<String> target,
            Supplier<Optional<ContextFacts>> contextLocator) {
        this.dockerfile = Objects.requireNonNull(dockerfile, "dockerfile");
        this.target = Objects.requireNonNull(target, "target");
        this.contextLocator = Objects.requireNonNull(contextLocator, "contextLocator");
    }

    /** The facts of a file built for its last stage, with the Dockerfile's directory as the build context. */
    public static DockerfileFacts of(Dockerfile dockerfile) {
        return new DockerfileFacts(dockerfile, Optional.empty(), besideDockerfile(dockerfile));
    }

    /**
     * The facts of a file built for the stage named {@code target} ({@code --target}), or for its last stage.
     *
     * @throws IllegalArgumentException when the file has no stage of that name
     */
    public static DockerfileFacts of(Dockerfile dockerfile, Optional<String> target) {
        return of(dockerfile, target, besideDockerfile(dockerfile));
    }

    /**
     * The facts of a file built for {@code target} (or its last stage) with the build context {@code context}
     * finds (asked at most once, on first use: {@link BuildContexts#forDockerfile}, {@code forStandardInput}).
     *
     * @throws IllegalArgumentException when the file has no stage of that name
     */
    public static DockerfileFacts of(Dockerfile dockerfile, Optional<String> target,
            Supplier<Optional<ContextFacts>> context) {
        DockerfileFacts facts = new DockerfileFacts(dockerfile, target, context);
        facts.stages();
        return facts;
    }

    private static Supplier<Optional<ContextFacts>> besideDockerfile(Dockerfile dockerfile) {
        return () -> BuildContexts.besideDockerfile().forDockerfile(dockerfile.path());
    }

    public Dockerfile dockerfile() {
        return dockerfile;
    }

    /** The layers of a stage, oldest first, with those it inherits from the stages it is built FROM. */
    public List<LayerHistory.Step> layers(Stage stage) {
        return layers.computeIfAbsent(stage.index(), i -> LayerHistory.of(this, stage));
    }

    /**
     * The layer a RUN adds: for a RUN of a stage, its step of {@link #layers(Stage)}; for the RUN trigger of an
     * ONBUILD, the layer it adds to an image built FROM this one, read where the ONBUILD stands. Empty for a RUN that
     * is in no stage.
     */
    public Optional<LayerHistory.Step> layer(RunInstruction run) {
        if (stageOfInstruction == null) {
            stageOfInstruction = new IdentityHashMap<>();
            onbuildOfTrigger = new IdentityHashMap<>();
            for (Stage stage : dockerfile.stages()) {
                for (Instruction instruction : stage.instructions()) {
                    stageOfInstruction.put(instruction, stage);
                    if (instruction instanceof OnbuildInstruction onbuild && onbuild.trigger().isPresent()) {
                        stageOfInstruction.putIfAbsent(onbuild.trigger().get(), stage);
                        onbuildOfTrigger.putIfAbsent(onbuild.trigger().get(), onbuild);
                    }
                }
            }
        }
        Stage stage = stageOfInstruction.get(run);
        if (stage == null) {
            return Optional.empty();
        }
        OnbuildInstruction onbuild = onbuildOfTrigger.get(run);
        if (onbuild != null) {
            return Optional.of(triggerLayers.computeIfAbsent(run, r -> LayerHistory.trigger(this, stage, onbuild, run)));
        }
        Map<Instruction, LayerHistory.Step> steps = ownSteps.computeIfAbsent(stage.index(), i -> {
            Map<Instruction, LayerHistory.Step> byInstruction = new IdentityHashMap<>();
            for (LayerHistory.Step step : layers(stage)) {
                byInstruction.putIfAbsent(step.instruction(), step);
            }
            return byInstruction;
        });
        return Optional.ofNullable(steps.get(run));
    }

    /** Which stages ship their layers, which only files copied out of them, and which are not built. */
    public StageGraph stages() {
        if (stages == null) {
            stages = StageGraph.of(dockerfile, target);
        }
        return stages;
    }

    /** The commands of a RUN (or of an ONBUILD RUN trigger), each read once by the command layer. */
    public List<CommandUse> commands(RunInstruction run) {
        return commands.computeIfAbsent(run, r -> r.commands().stream().map(CommandUse::of).toList());
    }

    /**
     * The shell that runs an instruction's shell-form commands: the SHELL in effect (inherited through
     * {@code FROM <stage>}), or the default; {@link ShellInEffect#DEFAULT} for an ONBUILD trigger, which runs in a
     * build this file does not know.
     */
    public ShellInEffect shell(Instruction instruction) {
        if (shells == null) {
            shells = Shells.of(dockerfile);
        }
        return shells.getOrDefault(instruction, ShellInEffect.DEFAULT);
    }

    /** The stage names and every place that names a stage as written. */
    public StageNames stageNames() {
        if (stageNames == null) {
            stageNames = StageNames.of(dockerfile);
        }
        return stageNames;
    }

    /**
     * The variables FROM lines see when the build is given no {@code --build-arg}: the predefined platform arguments
     * and the defaults of the ARGs before the first FROM, each expanded in order (seeing the ones before it); empty when a default cannot be
     * expanded (the build fails there).
     */
    public Optional<VariableScope> globalDefaults() {
        if (globalDefaults == null) {
            globalDefaults = computeGlobalDefaults();
        }
        return globalDefaults;
    }

    private Optional<VariableScope> computeGlobalDefaults() {
        VariableScope scope = VariableScope.empty();
        for (Map.Entry<String, String> arg : PredefinedArgs.PLATFORM_VALUES.entrySet()) {
            scope = scope.with(arg.getKey(), arg.getValue());
        }
        for (ArgInstruction arg : dockerfile.globalArgs()) {
            for (ArgDeclaration declaration : arg.declarations()) {
                String name = declaration.name().text();
                if (declaration.defaultValue().isEmpty()) {
                    scope = scope.declare(name);
                    continue;
                }
                Expanded value = Expanded.of(declaration.defaultValue().get().text(), scope, dockerfile.escape());
                if (!value.ok()) {
                    return Optional.empty();
                }
                scope = scope.with(name, value.value());
            }
        }
        return Optional.of(scope);
    }

    /**
     * The {@code .dockerignore} of the build (of its context: {@code --context}, by default the Dockerfile's
     * directory); empty without a context or without a (readable, valid) ignore file. Does not walk the context.
     */
    public Optional<DockerIgnore> dockerIgnore() {
        return buildContext().flatMap(ContextFacts::ignoreFile).map(IgnoreFile::ignore);
    }

    /**
     * The build context the file is linted against: the directory, its ignore file and, walked on first use, what
     * the build sends. Empty without a context (standard input without {@code --context}, a file not on disk).
     */
    public Optional<ContextFacts> buildContext() {
        if (context == null) {
            context = contextLocator.get();
        }
        return context;
    }

    /**
     * Every COPY (without {@code --from}) and ADD source of the stages the build runs, in file order, with what it
     * takes from the build context; empty when there is no context or it cannot be known
     * ({@link ContextFacts#problem()}). Heredoc sources are not listed.
     */
    public List<ContextCopy> contextCopies() {
        if (contextCopies == null) {
            Optional<BuildContext> known = buildContext().flatMap(ContextFacts::known);
            contextCopies = known.isEmpty() ? List.of() : ContextSelections.of(this, known.get());
        }
        return contextCopies;
    }

    /** The base of the first stage in a stage's lineage: what the whole chain is built on. */
    public BaseImage rootBase(Stage stage) {
        return dockerfile.lineage(stage).get(0).base();
    }

    /** Every external image the file pulls, in file order. */
    public List<ImageUses.ImageUse> imageUses() {
        if (imageUses == null) {
            imageUses = ImageUses.of(dockerfile);
        }
        return imageUses;
    }

    /** Every {@code COPY --from} and {@code RUN --mount from=} in the stages, in file order, with the stage it names. */
    public List<StageReferences.StageReference> stageReferences() {
        if (stageReferences == null) {
            stageReferences = StageReferences.of(dockerfile);
        }
        return stageReferences;
    }

    /**
     * The stages whose image is meant to be run or pushed: the {@code --target} stage when one is given; otherwise the
     * last stage and every stage no other stage builds FROM or copies from (each can be built with
     * {@code --target}). Builder stages, whose layers or files only feed other stages, are not among them.
     */
    public List<Stage> imageStages() {
        if (imageStages == null) {
            imageStages = target.isPresent() ? stages().target().stream().toList()
                    : StageReferences.imageStages(dockerfile, stageReferences());
        }
        return imageStages;
    }

    /**
     * The value BuildKit gives a word of an instruction (quotes removed, variables expanded with the ARG and ENV
     * values the instruction sees, {@code --build-arg} values included); empty when it depends on a variable without
     * a value or cannot be expanded. Words of ONBUILD triggers only resolve when they reference no variable.
     */
    public Optional<String> value(Instruction instruction, Word word) {
        Expansions.Expanded expanded = Expansions.expand(word.text(), dockerfile.scope(instruction), dockerfile.escape());
        return expanded.isResolved() ? Optional.of(expanded.value()) : Optional.empty();
    }

    /** Whether BuildKit refuses the instruction: a syntax error lies within it (SyntaxError reports it). */
    public boolean isRefused(Instruction instruction) {
        return dockerfile.diagnostics().stream().anyMatch(d -> d.error() && instruction.range().contains(d.range()));
    }
}
