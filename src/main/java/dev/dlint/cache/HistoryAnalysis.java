package dev.dlint.cache;

import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * How often each step of the current Dockerfile would have rebuilt over a series of commits, each commit's changed
 * files taken as one change set, and what reordering would have saved.
 *
 * <p>Advice comes in three kinds: {@code split} (a dependency install after a broad copy: copying only its
 * manifests first, CacheBustingCopy's fix), {@code move} (a step that needs nothing from the context, such as a
 * system package install, placed above the copy that busts it) and {@code busting} (the files that most often made a
 * copy rebuild: candidates for {@code .dockerignore} or for a later, narrower copy). Every number is counted over the
 * same commits with the same predictor, not estimated.
 */
public final class HistoryAnalysis {

    /**
     * One commit's changes.
     *
     * @param id the commit
     * @param subject its first line
     * @param changes the files it changed, relative to the build context
     * @param dockerfileEdited whether it edited the Dockerfile itself (edits of instructions are not attributed: the
     *     current file is the one evaluated)
     */
    public record Commit(String id, String subject, ChangeSet changes, boolean dockerfileEdited) {
        public Commit {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(changes, "changes");
        }
    }

    /**
     * One step's count.
     *
     * @param step the step as predicted with no change (for its position and whether it is built)
     * @param rebuilds in how many commits it rebuilds
     * @param ownCauses in how many of those its own input changed (the others only followed the step before it)
     */
    public record StepCount(StepOutcome step, int rebuilds, int ownCauses) {
    }

    /**
     * A reordering and what it would have saved.
     *
     * @param step the step it is about
     * @param kind {@code split}, {@code move} or {@code busting}
     * @param now in how many commits the step rebuilds as the file is
     * @param after in how many it would rebuild after the change ({@code busting}: how many the listed files caused)
     * @param text the advice for people
     */
    public record Advice(StepOutcome step, String kind, int now, int after, String text) {
    }

    private final List<Commit> commits;
    private final List<StepCount> steps;
    private final List<Advice> advice;

    private HistoryAnalysis(List<Commit> commits, List<StepCount> steps, List<Advice> advice) {
        this.commits = List.copyOf(commits);
        this.steps = List.copyOf(steps);
        this.advice = List.copyOf(advice);
    }

    /**
     * Counts rebuilds over {@code commits}.
     *
     * @param neededFiles for RUN steps known to read only some files of the context (a dependency install and its
     *     manifest names, such as {@code package.json}); an empty set for a step that needs none (a system package
     *     install). Steps not in the map get no split or move advice.
     */
    public static HistoryAnalysis of(CachePredictor predictor, List<Commit> commits,
            Map<Instruction, Set<String>> neededFiles) {
        CachePlan baseline = predictor.predict(ChangeSet.none());
        List<CachePlan> plans = new ArrayList<>();
        for (Commit commit : commits) {
            plans.add(predictor.predict(commit.changes()));
        }
        List<StepOutcome> base = baseline.steps();
        List<StepCount> counts = new ArrayList<>();
        for (int i = 0; i < base.size(); i++) {
            int rebuilds = 0;
            int own = 0;
            for (CachePlan plan : plans) {
                StepOutcome step = plan.steps().get(i);
                rebuilds += step.rebuilds() ? 1 : 0;
                own += step.rebuilds() && step.ownCause() ? 1 : 0;
            }
            counts.add(new StepCount(base.get(i), rebuilds, own));
        }
        List<Advice> advice = new ArrayList<>();
        new Advisor(predictor, commits, plans, base, counts, neededFiles, advice).advise();
        advice.sort(Comparator.comparingInt((Advice a) -> a.after() - a.now()).thenComparingInt(a -> a.step().line()));
        return new HistoryAnalysis(commits, counts, advice);
    }

    public List<Commit> commits() {
        return commits;
    }

    /** How many of the commits edited the Dockerfile itself. */
    public int dockerfileEdits() {
        return (int) commits.stream().filter(Commit::dockerfileEdited).count();
    }

    /** One count for every instruction, in file order. */
    public List<StepCount> steps() {
        return steps;
    }

    /** The advice, biggest saving first. */
    public List<Advice> advice() {
        return advice;
    }

    /** Works out the advice from the per-commit plans. */
    private static final class Advisor {

        private final CachePredictor predictor;
        private final List<Commit> commits;
        private final List<CachePlan> plans;
        private final List<StepOutcome> base;
        private final List<StepCount> counts;
        private final Map<Instruction, Set<String>> needed;
        private final List<Advice> out;
        private final Map<Instruction, Integer> index = new IdentityHashMap<>();

        Advisor(CachePredictor predictor, List<Commit> commits, List<CachePlan> plans, List<StepOutcome> base,
                List<StepCount> counts, Map<Instruction, Set<String>> needed, List<Advice> out) {
            this.predictor = predictor;
            this.commits = commits;
            this.plans = plans;
            this.base = base;
            this.counts = counts;
            this.needed = needed;
            this.out = out;
            for (int i = 0; i < base.size(); i++) {
                index.put(base.get(i).instruction(), i);
            }
        }

        void advise() {
            if (commits.isEmpty()) {
                return;
            }
            for (Stage stage : predictor.dockerfile().stages()) {
                if (!base.get(index.get(stage.from())).built()) {
                    continue;
                }
                List<Instruction> body = stage.instructions();
                for (int c = 0; c < body.size(); c++) {
                    Instruction copy = body.get(c);
                    List<ContextRead> reads = predictor.contextReads(copy);
                    if (reads.isEmpty() || counts.get(index.get(copy)).ownCauses() == 0) {
                        continue;
                    }
                    Instruction before = c == 0 ? stage.from() : body.get(c - 1);
                    busting(copy, reads);
                    for (Instruction later : body.subList(c + 1, body.size())) {
                        if (later instanceof RunInstruction && needed.containsKey(later)) {
                            reorder(copy, reads, before, later, needed.get(later));
                        }
                    }
                }
            }
        }

        /** The files that made a copy rebuild, most frequent first. */
        private void busting(Instruction copy, List<ContextRead> reads) {
            Map<String, Integer> byFile = new HashMap<>();
            for (Commit commit : commits) {
                Set<String> matched = new LinkedHashSet<>();
                for (ContextRead read : reads) {
                    if (!read.isUnresolved()) {
                        matched.addAll(read.matches(commit.changes().files()));
                    }
                }
                for (String file : matched) {
                    byFile.merge(file, 1, Integer::sum);
                }
            }
            if (byFile.isEmpty()) {
                return;
            }
            Map<Integer, List<String>> ranked = new TreeMap<>(Comparator.reverseOrder());
            byFile.forEach((file, n) -> ranked.computeIfAbsent(n, k -> new ArrayList<>()).add(file));
            List<String> top = new ArrayList<>();
            for (Map.Entry<Integer, List<String>> entry : ranked.entrySet()) {
                entry.getValue().sort(null);
                for (String file : entry.getValue()) {
                    if (top.size() < 5) {
                        top.add(file + " (" + entry.getKey() + ")");
                    }
                }
            }
            StepCount count = counts.get(index.get(copy));
            StepOutcome step = count.step();
            int after = (int) stepsAfter(copy);
            out.add(new Advice(step, "busting", count.rebuilds(), count.ownCauses(), "line " + step.line() + " "
                    + Instructions.text(copy, 40) + " is itself changed in " + count.ownCauses() + " of "
                    + commits.size() + " commits" + (after == 0 ? "" : ", rebuilding the " + after + " step"
                    + (after == 1 ? "" : "s") + " after it") + "; most often by " + String.join(", ", top)
                    + ". Files the image does not need belong in .dockerignore; files that change often belong in a"
                    + " later, narrower COPY."));
        }

        private long stepsAfter(Instruction copy) {
            int at = index.get(copy);
            Stage stage = base.get(at).stage().orElseThrow();
            return stage.instructions().size() - stage.instructions().indexOf(copy) - 1L;
        }

        /** A dependency install after a copy: copy only what it needs first, or move it above the copy. */
        private void reorder(Instruction copy, List<ContextRead> reads, Instruction before, Instruction run,
                Set<String> manifests) {
            Set<String> wanted = new LinkedHashSet<>();
            for (ContextRead read : reads) {
                for (String path : read.paths()) {
                    String name = path.substring(path.lastIndexOf('/') + 1);
                    if (manifests.contains(name)) {
                        wanted.add(path);
                    }
                }
            }
            if (!manifests.isEmpty() && wanted.isEmpty()) {
                return; // the copy does not bring what the install reads
            }
            int beforeIndex = index.get(before);
            int runIndex = index.get(run);
            int now = 0;
            int after = 0;
            for (int k = 0; k < commits.size(); k++) {
                StepOutcome step = plans.get(k).steps().get(runIndex);
                now += step.rebuilds() ? 1 : 0;
                boolean parent = plans.get(k).steps().get(beforeIndex).rebuilds();
                boolean own = step.ownCause();
                boolean manifestChanged = commits.get(k).changes().files().stream().anyMatch(wanted::contains);
                after += parent || own || manifestChanged ? 1 : 0;
            }
            if (after >= now) {
                return;
            }
            StepOutcome step = base.get(runIndex);
            String runText = "line " + step.line() + " " + Instructions.text(run, 40);
            String tail = " would rebuild in " + after + " of " + commits.size() + " commits instead of " + now + ".";
            if (manifests.isEmpty()) {
                out.add(new Advice(step, "move", now, after, runText + " needs nothing from the build context: moved"
                        + " above line " + copy.range().startLine() + " " + Instructions.text(copy, 40) + ", it"
                        + tail));
            } else {
                out.add(new Advice(step, "split", now, after, "Copy only " + String.join(", ", wanted) + " before "
                        + runText + " and the rest after it (CacheBustingCopy's fix): it" + tail));
            }
        }
    }
}
