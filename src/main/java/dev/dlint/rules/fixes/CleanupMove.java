package dev.dlint.rules.fixes;

import dev.dlint.command.CacheDirectory;
import dev.dlint.command.Operand;
import dev.dlint.command.PackageOperation;
import dev.dlint.facts.CommandUse;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.facts.ImagePaths;
import dev.dlint.facts.LayerHistory;
import dev.dlint.facts.LayerWrite;
import dev.dlint.facts.PathResolver;
import dev.dlint.model.AddInstruction;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.Mount;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.UserInstruction;
import dev.dlint.model.VolumeInstruction;
import dev.dlint.model.WorkdirInstruction;
import dev.dlint.rule.Fix;
import dev.dlint.rule.TextEdit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fix for a cleanup in a later RUN than the one that created the files (SplitInstallCleanup): move the cleanup
 * command to the end of the creating RUN ({@code && rm -rf …}), or, for a package index that RUNs in between still
 * use, keep it in a cache mount of each of those RUNs and drop the cleanup.
 *
 * <p>Moving is safe when nothing between the two (the instructions after the creating RUN, and the commands of the
 * cleaning RUN before the cleanup) can see the difference: none writes into, names or reads the deleted paths, none
 * changes the user, declares a volume or runs a command dlint cannot follow. A command dlint cannot follow (a
 * script, a build tool) makes the move unsafe; a package manager that reads the deleted index, or a command that
 * names or writes the deleted paths, refuses it, since the build would fail or keep other files. The cache mount is
 * always unsafe: a later build whose cache was pruned while the update layer stayed cached finds no index.
 */
public final class CleanupMove {

    /** Commands that neither read files they are not given nor run code dlint cannot see. */
    private static final Set<String> FOLLOWED = Set.of("echo", "printf", "mkdir", "ln", "chmod", "chown", "chgrp",
            "touch", "true", "false", ":", "set", "export", "cd", "useradd", "groupadd", "adduser", "addgroup",
            "usermod", "groupmod", "rm", "mv", "cp", "sed", "id", "test", "[", "sleep", "ldconfig", "update-ca-certificates");

    private CleanupMove() {
    }

    /** Why there is no fix, or the fix. */
    public record Plan(Optional<Fix> fix, String refusal) {
        static Plan refused(String why) {
            return new Plan(Optional.empty(), why);
        }

        static Plan of(Fix fix) {
            return new Plan(Optional.of(fix), "");
        }
    }

    /** What the instructions between the creating RUN and the cleanup do with the deleted paths. */
    private static final class Between {
        String blocker;
        String unknown;
        final List<RunInstruction> indexUsers = new ArrayList<>();
    }

    /**
     * The fix for a deletion of files that the RUN {@code creator} wrote.
     *
     * @param steps    the layer history of the stage that holds both RUNs
     * @param deletion the first deletion of the files in a later RUN
     * @param writes   what the deletion removes; all from {@code creator}
     */
    public static Plan plan(DockerfileFacts facts, List<LayerHistory.Step> steps, LayerHistory.Deletion deletion,
                            List<LayerWrite> writes) {
        Dockerfile dockerfile = facts.dockerfile();
        Instruction made = writes.get(0).instruction();
        if (!(made instanceof RunInstruction) || writes.stream().anyMatch(w -> w.instruction() != made)) {
            return Plan.refused("the files do not all come from one RUN");
        }
        RunInstruction creator = (RunInstruction) made;
        int from = indexOf(steps, creator);
        int to = -1;
        for (int i = from + 1; i < steps.size() && to < 0; i++) {
            if (steps.get(i).deletions().contains(deletion)) {
                to = i;
            }
        }
        if (from < 0 || to < 0 || steps.get(from).inherited() != steps.get(to).inherited()
                || dockerfile.stageOf(creator).orElse(null) != dockerfile.stageOf(steps.get(to).instruction()).orElse(null)) {
            return Plan.refused("the files are created in another stage");
        }
        RunInstruction cleaner = (RunInstruction) steps.get(to).instruction();
        CommandUse cleanup = deletion.command();
        if (!cleanup.is("rm") && cleanup.packages().isEmpty()) {
            return Plan.refused("the cleanup is not rm or a package manager's clean command");
        }
        String command = RunEdits.text(cleanup.command());
        if (command.contains("$") || command.contains("`") || !absoluteOperands(cleanup)) {
            return Plan.refused("the cleanup depends on variables or the working directory");
        }
        Optional<RunEdits.Removal> removal = RunEdits.remove(dockerfile, cleaner, cleanup.command());
        if (removal.isEmpty()) {
            return Plan.refused("the cleanup is not a command of its own in its RUN");
        }
        List<String> deleted = new ArrayList<>();
        for (LayerHistory.Deletion d : steps.get(to).deletions()) {
            if (d.command() == cleanup) {
                deleted.add(d.path());
            }
        }
        Between between = new Between();
        for (int i = from + 1; i < to && between.blocker == null; i++) {
            judge(steps.get(i), deleted, writes, between);
        }
        for (LayerHistory.CommandEffect effect : steps.get(to).commands()) {
            if (effect.use() == cleanup || between.blocker != null) {
                break;
            }
            judgeCommand(cleaner, steps.get(to).home(), effect, deleted, writes, between);
        }
        int line = creator.range().startLine();
        if (between.blocker == null && between.indexUsers.isEmpty()) {
            Optional<TextEdit> append = RunEdits.append(dockerfile, creator, command);
            if (append.isEmpty()) {
                return Plan.refused("the RUN at line " + line + " cannot be extended (exec form, a heredoc, or code"
                        + " after which nothing runs)");
            }
            List<TextEdit> edits = new ArrayList<>(removal.get().edits());
            edits.add(append.get());
            String description = "Move `" + shorten(command) + "` into the RUN at line " + line;
            boolean safe = between.unknown == null && removal.get().exitStatusKept();
            return Plan.of(safe ? Fix.safe(description, edits) : Fix.unsafe(description, edits));
        }
        if (between.blocker == null && between.unknown == null) {
            return cacheMount(creator, cleaner, between.indexUsers, writes, removal.get());
        }
        return Plan.refused(between.blocker != null ? between.blocker : between.unknown);
    }

    /** Keeps the package index in a cache mount of every RUN that uses it, and drops the cleanup. */
    private static Plan cacheMount(RunInstruction creator, RunInstruction cleaner, List<RunInstruction> users,
                                   List<LayerWrite> writes, RunEdits.Removal removal) {
        Set<String> caches = new LinkedHashSet<>();
        for (LayerWrite write : writes) {
            if (write.kind() != LayerWrite.Kind.PACKAGE_CACHE || ImagePaths.hasGlob(write.path())
                    || write.path().contains("$")) {
                return Plan.refused("RUNs in between use the deleted files");
            }
            caches.add(write.path());
        }
        if (removal.wholeRun() && users.contains(cleaner)) {
            return Plan.refused("RUNs in between use the deleted files");
        }
        List<RunInstruction> mounted = new ArrayList<>();
        mounted.add(creator);
        users.stream().filter(u -> !mounted.contains(u)).forEach(mounted::add);
        List<TextEdit> edits = new ArrayList<>(removal.edits());
        for (RunInstruction run : mounted) {
            for (String cache : caches) {
                boolean has = run.mounts().stream().anyMatch(m -> m.target().map(ImagePaths::normalize)
                        .filter(cache::equals).isPresent());
                if (!has) {
                    edits.add(RunEdits.addFlag(run, "--mount=type=cache,target=" + cache + ",sharing=locked"));
                }
            }
        }
        String lines = String.join(", ", mounted.stream().map(r -> String.valueOf(r.range().startLine())).toList());
        return Plan.of(Fix.unsafe("Keep " + String.join(" and ", caches) + " in a cache mount (lines " + lines
                + ") and drop the cleanup", edits));
    }

    private static void judge(LayerHistory.Step step, List<String> deleted, List<LayerWrite> writes, Between between) {
        Instruction instruction = step.instruction();
        int line = instruction.range().startLine();
        if (instruction instanceof UserInstruction) {
            between.blocker = "line " + line + " changes the user the cleanup runs as";
        } else if (instruction instanceof VolumeInstruction) {
            between.blocker = "line " + line + " declares a volume";
        } else if (instruction instanceof WorkdirInstruction || instruction instanceof CopyInstruction
                || instruction instanceof AddInstruction) {
            String workdir = step.workdir();
            if (instruction instanceof WorkdirInstruction && touchesAny(workdir, deleted)) {
                between.blocker = "line " + line + " creates a directory the cleanup deletes";
            }
            for (LayerWrite write : step.writes()) {
                if (touchesAny(write.path(), deleted)) {
                    between.blocker = "line " + line + " writes into what the cleanup deletes";
                }
            }
        } else if (instruction instanceof RunInstruction) {
            RunInstruction run = (RunInstruction) instruction;
            if (!run.shell().isAnalysed() || run.commands().isEmpty() && run.command().isPresent()) {
                between.unknown = "line " + line + " runs code dlint does not analyse";
                return;
            }
            for (Mount mount : run.mounts()) {
                if (mount.type().equals("bind") && mount.value("rw").isPresent()) {
                    between.unknown = "line " + line + " mounts files read-write";
                }
            }
            for (LayerHistory.CommandEffect effect : step.commands()) {
                judgeCommand(run, step.home(), effect, deleted, writes, between);
            }
        }
    }

    /** What one command between the creation and the cleanup does with the deleted paths. */
    private static void judgeCommand(RunInstruction run, String home, LayerHistory.CommandEffect effect,
                                     List<String> deleted, List<LayerWrite> writes, Between between) {
        int line = run.range().startLine();
        CommandUse use = effect.use();
        String shown = "`" + use.command().summary(30) + "` (line " + line + ")";
        for (LayerWrite write : effect.writes()) {
            if (touchesAny(write.path(), deleted)) {
                between.blocker = shown + " writes into what the cleanup deletes";
                return;
            }
        }
        Optional<PackageOperation> op = use.packages();
        if (op.isPresent() && readsIndex(op.get(), writes, home)) {
            if (!between.indexUsers.contains(run)) {
                between.indexUsers.add(run);
            }
            return;
        }
        if (use.invocation().isPresent()) {
            for (Operand operand : use.invocation().get().operands()) {
                Optional<String> path = PathResolver.resolve(operand.text(), effect.cwd(), home, Map.of());
                if (path.isPresent() && operand.text().contains("/") && touchesAny(path.get(), deleted)) {
                    between.blocker = shown + " uses what the cleanup deletes";
                    return;
                }
            }
        }
        for (String word : use.command().arguments()) {
            for (String path : deleted) {
                String literal = path.replaceAll("/\\*$", "");
                if (!literal.equals("/") && word.contains(literal)) {
                    between.blocker = shown + " names what the cleanup deletes";
                    return;
                }
            }
        }
        boolean followed = use.invocation().isPresent() && FOLLOWED.contains(use.tool())
                || use.invocation().isEmpty() && use.command().name().isEmpty(); // an assignment
        if (!followed && between.unknown == null) {
            between.unknown = "dlint cannot tell whether " + shown + " reads the deleted files";
        }
    }

    /** Whether a package manager command reads (or refreshes) one of the caches the cleanup deletes. */
    private static boolean readsIndex(PackageOperation op, List<LayerWrite> writes, String home) {
        for (CacheDirectory cache : op.manager().caches()) {
            for (LayerWrite write : writes) {
                if (write.kind() == LayerWrite.Kind.PACKAGE_CACHE
                        && ImagePaths.touches(cache.resolve(home), write.path(), true)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean touchesAny(String path, List<String> deleted) {
        for (String d : deleted) {
            if (ImagePaths.touches(d, path, true) || ImagePaths.touches(path, d, true)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every path operand of rm is absolute (a package clean command has none). */
    private static boolean absoluteOperands(CommandUse cleanup) {
        if (!cleanup.is("rm")) {
            return true;
        }
        return cleanup.invocation().map(i -> i.operands().stream().allMatch(o -> o.text().startsWith("/")))
                .orElse(false);
    }

    private static int indexOf(List<LayerHistory.Step> steps, Instruction instruction) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).instruction() == instruction) {
                return i;
            }
        }
        return -1;
    }

    private static String shorten(String command) {
        return command.length() <= 60 ? command : command.substring(0, 57) + "…";
    }
}
