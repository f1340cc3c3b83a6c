package dev.dlint.rules.knowledge;

import dev.dlint.command.Invocation;
import dev.dlint.command.Operand;
import dev.dlint.command.Option;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.facts.ImagePaths;
import dev.dlint.facts.LayerHistory;
import dev.dlint.facts.LayerWrite;
import dev.dlint.model.Instruction;
import dev.dlint.model.Mount;
import dev.dlint.model.Stage;
import dev.dlint.rule.TextEdit;
import dev.dlint.shell.script.ExecutionContext;
import dev.dlint.text.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The RUNs whose layers ship (the stages the image is built of, by the stage graph), read from the layer model for the
 * rules about files a RUN uses and leaves behind: an extracted archive, a verified signature, a {@code mktemp -d}
 * directory, a source tree built in {@code /usr/src}. A file the same RUN deletes later is gone; a file a later
 * shipped layer deletes is SplitInstallCleanup's finding (deleting it there saves nothing), so these rules leave it
 * alone; and a file an instruction after the RUN names is kept on purpose.
 */
public final class RunLeftovers {

    /**
     * A RUN of a stage whose layers ship.
     *
     * @param site  the RUN and its stage
     * @param step  its layer
     * @param later the deletions of the shipped layers after it
     */
    public record ShippedRun(PackageRuns.Site site, LayerHistory.Step step, List<LayerHistory.Deletion> later) {
        public ShippedRun {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(step, "step");
            later = List.copyOf(later);
        }

        /** The commands of the RUN, with where each ran and what it wrote and deleted. */
        public List<LayerHistory.CommandEffect> effects() {
            return step.commands();
        }

        /** Whether a command after {@code index} deletes all of {@code path}. */
        public boolean deletedAfter(int index, String path) {
            List<LayerHistory.CommandEffect> effects = step.commands();
            for (int i = index + 1; i < effects.size(); i++) {
                if (effects.get(i).deletions().stream().anyMatch(d -> ImagePaths.covers(d.path(), path))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a later shipped layer deletes the path or part of it: SplitInstallCleanup reports that. */
        public boolean deletedLater(String path) {
            return later.stream().anyMatch(d -> ImagePaths.touches(d.path(), path, true));
        }

        /** The write this RUN made at exactly {@code path} that its layer still keeps. */
        public Optional<LayerWrite> kept(String path) {
            return step.writes().stream().filter(w -> w.path().equals(path)).findFirst();
        }

        /** The index of the command that made a write of this RUN. */
        public Optional<Integer> creator(LayerWrite write) {
            for (int i = 0; i < step.commands().size(); i++) {
                if (step.commands().get(i).writes().stream().anyMatch(w -> w.path().equals(write.path())
                        && w.range().equals(write.range()))) {
                    return Optional.of(i);
                }
            }
            return Optional.empty();
        }

        /**
         * Whether the directory the command at {@code index} runs in is uncertain: an earlier {@code cd} of the RUN ran
         * in a subshell, a nested shell or a condition, so relative paths after it may not resolve as the layer model
         * resolves them.
         */
        public boolean uncertainDirectory(int index) {
            for (int i = 0; i < index && i < step.commands().size(); i++) {
                var command = step.commands().get(i).use();
                var context = command.command().context();
                if (command.is("cd") && (context.is(ExecutionContext.SUBSHELL) || context.is(ExecutionContext.NESTED_SHELL)
                        || context.inCondition() || context.is(ExecutionContext.COMMAND_SUBSTITUTION))) {
                    return true;
                }
            }
            return false;
        }

        /** Whether a cache, tmpfs or bind mount of the RUN covers the path: nothing there reaches the layer. */
        public boolean mounted(String path) {
            for (Mount mount : site.run().mounts()) {
                Optional<String> target = mount.target().map(ImagePaths::normalize);
                if (target.isPresent() && ImagePaths.isWithin(path, target.get())) {
                    return true;
                }
            }
            return false;
        }
    }

    private RunLeftovers() {
    }

    /** The RUNs of the stages whose layers ship, in file order (ONBUILD triggers are not among them). */
    public static List<ShippedRun> of(DockerfileFacts facts) {
        List<LayerHistory.Step> shipped = facts.stages().target().map(facts::layers).orElse(List.of());
        List<ShippedRun> runs = new ArrayList<>();
        for (PackageRuns.Site site : PackageRuns.sites(facts, false)) {
            if (!facts.stages().layersShip(site.stage())) {
                continue;
            }
            Optional<LayerHistory.Step> step = facts.layer(site.run());
            if (step.isEmpty()) {
                continue;
            }
            List<LayerHistory.Deletion> later = new ArrayList<>();
            boolean after = false;
            for (LayerHistory.Step s : shipped) {
                if (after) {
                    later.addAll(s.deletions());
                }
                after |= s.instruction() == site.run();
            }
            runs.add(new ShippedRun(site, step.get(), later));
        }
        return runs;
    }

    /**
     * The index of the earlier command of the RUN that wrote {@code path}, when the command at {@code index} finds it
     * there and it is left behind: the layer keeps it, the directory is certain, and no later RUN deletes it nor a later
     * instruction names it.
     */
    public static Optional<Integer> leftBehind(DockerfileFacts facts, ShippedRun run, int index, String path) {
        Optional<Integer> creator = run.kept(path).flatMap(run::creator);
        if (creator.isEmpty() || creator.get() >= index || run.uncertainDirectory(index) || run.deletedLater(path)
                || namedLater(facts, run, path)) {
            return Optional.empty();
        }
        return creator;
    }

    /** Whether an instruction after the RUN (in any stage) names the file: it is kept for a later use. */
    public static boolean namedLater(DockerfileFacts facts, ShippedRun run, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.isEmpty() || name.contains("$")) {
            return false;
        }
        String text = facts.dockerfile().source().text();
        int end = run.site().run().range().endLine();
        for (Stage stage : facts.dockerfile().stages()) {
            for (Instruction instruction : stage.instructions()) {
                SourceRange range = instruction.range();
                if (range.startLine() > end) {
                    int from = facts.dockerfile().source().offset(range.startLine(), range.startColumn());
                    int to = facts.dockerfile().source().offset(range.endLine(), range.endColumn());
                    if (text.substring(from, to).contains(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The narrowest range naming where a download or write was made: the output file option's value
     * ({@code -o x.tgz}, {@code -O x.tgz}), else the URL, else the command.
     */
    public static SourceRange creation(LayerHistory.CommandEffect effect) {
        Optional<Invocation> inv = effect.use().invocation();
        if (inv.isPresent()) {
            for (String output : List.of("--output", "--output-document")) {
                List<Option> options = inv.get().all(output);
                if (!options.isEmpty() && (inv.get().is("curl") || inv.get().is("wget"))) {
                    Option last = options.get(options.size() - 1);
                    return effect.use().range(last.valueSpan().orElse(last.span()));
                }
            }
            for (Operand operand : inv.get().operandsAfterSubcommand()) {
                if (operand.text().contains("://")) {
                    return effect.use().range(operand);
                }
            }
        }
        return effect.use().range();
    }

    /**
     * {@code " && rm OPTIONS PATH"} appended to the RUN, for a file a command at {@code index} named as {@code written}:
     * an absolute path as resolved; a relative one as written, only when the RUN ends in the directory that command ran
     * in (the base image's working directory is not known, so the resolved form could name another file). Quoted when
     * it holds a variable; empty for globs, quotes, or when the RUN's end cannot take it.
     */
    public static Optional<TextEdit> appendRemoval(ShippedRun run, int index, String written, String options,
                                                   String resolved) {
        List<LayerHistory.CommandEffect> effects = run.effects();
        String path;
        if (written.startsWith("/")) {
            path = resolved;
        } else if (effects.get(effects.size() - 1).cwd().equals(effects.get(index).cwd())
                && effects.stream().noneMatch(e -> e.use().is("cd") || e.use().is("pushd") || e.use().is("popd"))) {
            path = written;
        } else {
            return Optional.empty();
        }
        if (ImagePaths.hasGlob(path) || path.contains("\"") || path.contains("'") || path.contains("`")
                || path.startsWith("-")) {
            return Optional.empty();
        }
        String word = path.matches("[A-Za-z0-9_./+@:-]+") ? path : "\"" + path + "\"";
        return CommandEdits.append(run.site().run(), " && rm " + options + " " + word);
    }
}
