package dev.dlint.facts;

import dev.dlint.command.Invocation;
import dev.dlint.command.Operand;
import dev.dlint.command.Option;
import dev.dlint.command.Wrapper;
import dev.dlint.model.AddInstruction;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.FileSource;
import dev.dlint.model.FileTransfer;
import dev.dlint.model.Instruction;
import dev.dlint.model.Mount;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.UserInstruction;
import dev.dlint.model.VariableScope;
import dev.dlint.model.WorkdirInstruction;
import dev.dlint.shell.script.Assignment;
import dev.dlint.shell.script.CommandInContext;
import dev.dlint.shell.script.ExecutionContext;
import dev.dlint.shell.script.SimpleCommand;
import dev.dlint.syntax.Expansions;
import dev.dlint.text.SourceRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The layers of a stage, oldest first, including those it inherits from the stages it is built on: for each
 * instruction, what its layer keeps (net of what the same instruction deleted again), what it deletes, and, for a RUN,
 * the same command by command in the order the shell runs them. Paths are resolved against WORKDIR, {@code cd} inside
 * the RUN, the user's home and ARG/ENV values (and variables the RUN sets); unknown variables stay symbols. Files under
 * a cache, tmpfs or bind mount of the RUN never reach its layer.
 */
public final class LayerHistory {

    /**
     * One instruction's layer.
     *
     * @param writes    what the layer keeps
     * @param deletions every deletion, in command order
     * @param commands  for a RUN, each command's own writes and deletions, in order
     * @param workdir   the working directory the instruction runs in
     * @param home      the home directory of the user it runs as
     */
    public record Step(Instruction instruction, boolean inherited, List<LayerWrite> writes, List<Deletion> deletions,
                       List<CommandEffect> commands, String workdir, String home) {
        public Step {
            writes = List.copyOf(writes);
            deletions = List.copyOf(deletions);
            commands = List.copyOf(commands);
        }
    }

    /**
     * One command of a RUN: where it ran and what it wrote and deleted.
     *
     * @param home      the home directory of the user it runs as
     * @param variables the variables it sees (ARG, ENV and those earlier commands of the RUN set), as paths resolve
     */
    public record CommandEffect(CommandUse use, String cwd, List<LayerWrite> writes, List<Deletion> deletions,
                                String home, Map<String, String> variables) {
        public CommandEffect {
            writes = List.copyOf(writes);
            deletions = List.copyOf(deletions);
            variables = Map.copyOf(variables);
        }

        /** A path as this command writes it, made absolute as the layer model does ({@link PathResolver}). */
        public Optional<String> resolve(String path) {
            return PathResolver.resolve(path, cwd, home, variables);
        }
    }

    /**
     * A command that deletes a path (or a package manager's clean command, which deletes its cache).
     *
     * @param ofThisRun true when the path, or a directory above it, was created earlier in the same RUN: the deletion
     *                  removes what this RUN made, never bytes of an earlier layer
     */
    public record Deletion(String path, CommandUse command, SourceRange range, String description, boolean ofThisRun) {

        Deletion markedOfThisRun() {
            return new Deletion(path, command, range, description, true);
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)");

    private final DockerfileFacts facts;
    private final Dockerfile dockerfile;
    private String workdir = "/";
    private String home = "/root";

    private LayerHistory(DockerfileFacts facts) {
        this.facts = facts;
        this.dockerfile = facts.dockerfile();
    }

    /** The steps of a stage, with its parent stages' steps first. */
    static List<Step> of(DockerfileFacts facts, Stage stage) {
        LayerHistory history = new LayerHistory(facts);
        List<Step> steps = new ArrayList<>();
        for (Stage s : facts.dockerfile().lineage(stage)) {
            for (Instruction instruction : s.instructions()) {
                steps.add(history.step(instruction, s != stage));
            }
        }
        return steps;
    }

    /**
     * The layer the RUN trigger of {@code onbuild} (an ONBUILD of {@code stage}) adds to an image built FROM this one,
     * read with the working directory, user and variables in effect where the ONBUILD stands.
     */
    static Step trigger(DockerfileFacts facts, Stage stage, OnbuildInstruction onbuild, RunInstruction trigger) {
        LayerHistory history = new LayerHistory(facts);
        for (Stage s : facts.dockerfile().lineage(stage)) {
            for (Instruction instruction : s.instructions()) {
                if (instruction == onbuild) {
                    return history.runStep(trigger, false, history.dockerfile.scope(onbuild), history.workdir);
                }
                history.step(instruction, s != stage);
            }
        }
        throw new IllegalArgumentException("the ONBUILD is not in stage " + stage.index());
    }

    private Step step(Instruction instruction, boolean inherited) {
        VariableScope scope = dockerfile.scope(instruction);
        if (instruction instanceof WorkdirInstruction) {
            ((WorkdirInstruction) instruction).path().flatMap(p -> resolveTransfer(p.text(), scope))
                    .ifPresent(p -> workdir = p);
        } else if (instruction instanceof UserInstruction) {
            ((UserInstruction) instruction).user().ifPresent(u -> {
                String name = u.text().split(":", 2)[0];
                home = name.equals("root") || name.equals("0") ? "/root" : "/home/" + name;
            });
        }
        String stepWorkdir = workdir;
        if (instruction instanceof CopyInstruction || instruction instanceof AddInstruction) {
            FileTransfer transfer = instruction instanceof CopyInstruction ? ((CopyInstruction) instruction).transfer()
                    : ((AddInstruction) instruction).transfer();
            return new Step(instruction, inherited, transferWrites(instruction, transfer, scope), List.of(), List.of(),
                    stepWorkdir, home);
        }
        if (instruction instanceof RunInstruction) {
            return runStep((RunInstruction) instruction, inherited, scope, stepWorkdir);
        }
        return new Step(instruction, inherited, List.of(), List.of(), List.of(), stepWorkdir, home);
    }

    private List<LayerWrite> transferWrites(Instruction instruction, FileTransfer transfer, VariableScope scope) {
        List<LayerWrite> writes = new ArrayList<>();
        if (transfer.destination().isEmpty()) {
            return writes;
        }
        String dest = transfer.destination().get().text();
        Optional<String> resolved = resolveTransfer(dest, scope);
        if (resolved.isEmpty()) {
            return writes;
        }
        Optional<String> owner = instruction.flag("chown").map(f -> f.valueOrEmpty());
        Optional<String> mode = instruction.flag("chmod").map(f -> f.valueOrEmpty());
        boolean intoDirectory = dest.endsWith("/") || transfer.sources().size() > 1;
        for (FileSource source : transfer.sources()) {
            String path = resolved.get();
            String what = "files added by " + instruction.name();
            if (source instanceof FileSource.Path) {
                String raw = ((FileSource.Path) source).path().text();
                String expanded = expandSymbolic(raw, scope);
                String name = expanded.isEmpty() ? raw : expanded; // an empty value: keep the variable as written
                boolean whole = name.endsWith("/") || name.equals(".");
                boolean extracted = instruction instanceof AddInstruction && !name.contains("://")
                        && name.matches(".*\\.(tar|tar\\.gz|tgz|tar\\.bz2|tbz2|tar\\.xz|txz|tar\\.zst)$");
                if (!whole && !extracted) {
                    what = "`" + raw + "` added by " + instruction.name();
                    if (intoDirectory) {
                        String base = name.substring(name.lastIndexOf('/') + 1); // a glob stays a glob: /u01/p*.zip
                        path = ImagePaths.normalize(path + "/" + base);
                    }
                }
            }
            writes.add(new LayerWrite(path, what, instruction, source.range(), LayerWrite.Kind.COPIED, true, owner, mode));
        }
        return writes;
    }

    private Step runStep(RunInstruction run, boolean inherited, VariableScope scope, String stepWorkdir) {
        Map<String, String> variables = new HashMap<>(scope.values());
        List<String> mounted = mountTargets(run);
        List<LayerWrite> writes = new ArrayList<>();
        List<Deletion> deletions = new ArrayList<>();
        List<CommandEffect> effects = new ArrayList<>();
        String cwd = workdir;
        for (CommandUse use : facts.commands(run)) {
            setVariables(use, variables);
            CommandEffects.Place place = new CommandEffects.Place(run, cwd, wrapperHome(use, variables).orElse(home), variables);
            if (use.is("cd") && use.invocation().isPresent() && changesDirectoryForGood(use)) {
                String target = use.invocation().get().operands().isEmpty() ? home
                        : use.invocation().get().operands().get(0).text();
                Optional<String> next = place.resolve(target);
                if (next.isPresent()) {
                    cwd = next.get();
                    enterBuildTree(writes, cwd);
                }
                effects.add(new CommandEffect(use, place.cwd(), List.of(), List.of(), place.home(), variables));
                continue;
            }
            List<Deletion> deleted = new ArrayList<>();
            for (Deletion deletion : CommandEffects.deletions(use, place)) {
                Deletion marked = madeHere(deletion.path(), writes) ? deletion.markedOfThisRun() : deletion;
                deleted.add(marked);
                writes.removeIf(w -> w.touchedBy(deletion.path()));
            }
            List<LayerWrite> created = new ArrayList<>();
            for (LayerWrite write : CommandEffects.writes(use, place)) {
                if (mounted.stream().noneMatch(target -> ImagePaths.isWithin(write.path(), target))) {
                    created.add(unpackedIntoNewDirectory(write, writes));
                }
            }
            deletions.addAll(deleted);
            writes.addAll(created);
            effects.add(new CommandEffect(use, place.cwd(), created, deleted, place.home(), variables));
        }
        return new Step(run, inherited, writes, deletions, effects, stepWorkdir, home);
    }

    /**
     * The home of the user a wrapper runs the command as: {@code sudo -u app}, {@code gosu app}, {@code su-exec app:app}
     * (each sets HOME to that user's home); empty when no wrapper switches user or the user is a bare number.
     */
    private static Optional<String> wrapperHome(CommandUse use, Map<String, String> variables) {
        for (Wrapper wrapper : use.invocation().map(Invocation::wrappers).orElse(List.of())) {
            Optional<String> user = Optional.empty();
            if (wrapper.name().equals("sudo")) {
                user = wrapper.options().stream().filter(o -> o.name().equals("--user")).findFirst()
                        .flatMap(Option::value);
            } else if ((wrapper.name().equals("gosu") || wrapper.name().equals("su-exec"))
                    && !wrapper.operands().isEmpty()) {
                user = Optional.of(wrapper.operands().get(0).text());
            }
            Optional<String> name = user.map(u -> u.split(":", 2)[0]).filter(u -> !u.isEmpty() && !u.matches("\\d+|#\\d+"));
            if (name.isPresent()) {
                return name.get().equals("root") ? Optional.of("/root")
                        : PathResolver.resolve("/home/" + name.get(), "/", "/root", variables);
            }
        }
        return Optional.empty();
    }

    /** A {@code cd} whose effect lasts for the commands after it: not tested, not in a subshell or substitution. */
    private static boolean changesDirectoryForGood(CommandUse use) {
        CommandInContext command = use.command().context();
        return !command.inCondition() && !command.is(ExecutionContext.SUBSHELL)
                && !command.is(ExecutionContext.COMMAND_SUBSTITUTION);
    }

    /**
     * Whether the path or a directory above it (below /) was made new by an earlier command of this RUN. Package
     * caches do not count: they refresh directories that earlier layers filled too.
     */
    private static boolean madeHere(String path, List<LayerWrite> writes) {
        return writes.stream().anyMatch(w -> !w.path().equals("/") && !ImagePaths.hasGlob(w.path())
                && w.kind() != LayerWrite.Kind.PACKAGE_CACHE && ImagePaths.isWithin(path, w.path())
                && w.wholeContents());
    }

    /** A directory made in this RUN and then entered with cd: whatever follows builds in it. */
    private static void enterBuildTree(List<LayerWrite> writes, String cwd) {
        for (int i = 0; i < writes.size(); i++) {
            LayerWrite w = writes.get(i);
            if (w.kind() == LayerWrite.Kind.MADE_DIRECTORY && w.path().equals(cwd)) {
                writes.set(i, w.asBuildTree());
            }
        }
    }

    /** Files unpacked into a directory this RUN made are all of that directory's contents. */
    private static LayerWrite unpackedIntoNewDirectory(LayerWrite write, List<LayerWrite> writes) {
        if (write.kind() != LayerWrite.Kind.UNPACKED || write.wholeContents()) {
            return write;
        }
        boolean newDirectory = writes.stream().anyMatch(w -> w.kind() == LayerWrite.Kind.MADE_DIRECTORY
                && w.path().equals(write.path()));
        return newDirectory ? new LayerWrite(write.path(), write.what(), write.instruction(), write.range(),
                write.kind(), true, write.owner(), write.mode()) : write;
    }

    /** Variables a command sets for the rest of the RUN: {@code NAME=value} alone, {@code export NAME=value}. */
    private static void setVariables(CommandUse use, Map<String, String> variables) {
        SimpleCommand command = use.command().command();
        if (command.words().isEmpty()) {
            for (Assignment assignment : command.assignments()) {
                variables.put(assignment.name(), assignment.value() == null ? ""
                        : assignment.value().literal().orElse("${" + assignment.name() + "}"));
            }
        } else if (use.is("export") && use.invocation().isPresent()) {
            for (Operand operand : use.invocation().get().operands()) {
                int eq = operand.text().indexOf('=');
                if (eq > 0) {
                    String name = operand.text().substring(0, eq);
                    variables.put(name, operand.isStatic() ? operand.text().substring(eq + 1) : "${" + name + "}");
                }
            }
        }
    }

    /** The targets of the RUN's cache, tmpfs and bind mounts: nothing written below them reaches the layer. */
    private static List<String> mountTargets(RunInstruction run) {
        List<String> targets = new ArrayList<>();
        for (Mount mount : run.mounts()) {
            if (Set.of("cache", "tmpfs", "bind").contains(mount.type())) {
                mount.target().filter(t -> t.startsWith("/")).map(ImagePaths::normalize).ifPresent(targets::add);
            }
        }
        return targets;
    }

    /** A COPY/ADD/WORKDIR path expanded as BuildKit does, unknown variables kept as symbols. */
    private Optional<String> resolveTransfer(String raw, VariableScope scope) {
        return PathResolver.resolve(expandSymbolic(raw, scope), workdir, home, Map.of());
    }

    /**
     * BuildKit's expansion of a word, with every variable that has no value, or an empty one (a placeholder for a
     * {@code --build-arg}), kept as {@code ${NAME}}.
     */
    private String expandSymbolic(String raw, VariableScope scope) {
        Expansions.Expanded expanded = Expansions.expand(raw, scope, dockerfile.escape());
        if (!expanded.ok()) {
            return expanded.value();
        }
        VariableScope symbolic = scope;
        Set<String> placeholders = new HashSet<>(expanded.unset());
        Matcher reference = VARIABLE.matcher(raw);
        while (reference.find()) {
            if (scope.value(reference.group(1)).filter(String::isEmpty).isPresent()) {
                placeholders.add(reference.group(1));
            }
        }
        if (placeholders.isEmpty()) {
            return expanded.value();
        }
        for (String name : placeholders) {
            symbolic = symbolic.with(name, "${" + name + "}");
        }
        return Expansions.expand(raw, symbolic, dockerfile.escape()).value();
    }
}
