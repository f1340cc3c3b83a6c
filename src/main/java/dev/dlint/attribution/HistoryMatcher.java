package dev.dlint.attribution;

import dev.dlint.image.HistoryEntry;
import dev.dlint.image.Image;
import dev.dlint.image.Layer;
import dev.dlint.model.BaseImage;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ties layers to instructions by aligning the image config's history with the target stage's chain: the
 * instructions of the stages it is built {@code FROM}, oldest first, then its own. The entries before the first
 * aligned one are the base image's and map to the chain's first FROM. The alignment is a sequence alignment (dynamic
 * programming over history × instructions): equal keywords are required, identical text (as written or with ARG/ENV
 * substituted; the destination for the classic builder's COPY) scores best, similar text less and is marked
 * uncertain; an instruction the history lacks or an entry no instruction explains costs, more for layers than for
 * metadata, so that no-op RUNs, buildah's WORKDIR (an empty entry whose directory lands in the next layer) and
 * missing metadata are tolerated without shifting the rest.
 */
public final class HistoryMatcher {

    private static final double EXACT = 4;
    private static final double POSITIONAL = 0.3;
    private static final double SIMILAR = 0.5;
    private static final double SKIP_LAYER_ENTRY = -2;
    private static final double SKIP_EMPTY_ENTRY = -0.5;
    private static final double SKIP_LAYER_STEP = -1.5;
    private static final double SKIP_METADATA_STEP = -0.3;
    private static final double NONE = Double.NEGATIVE_INFINITY;

    private HistoryMatcher() {
    }

    /**
     * Attributes the layers of {@code image} to {@code stage} of {@code dockerfile} and the stages it is built on.
     *
     * @param file the Dockerfile as the user named it (for reports)
     */
    public static Attribution match(Image image, Dockerfile dockerfile, Stage stage, String file) {
        return match(image.config().history(), image.layers().stream().map(Layer::history).toList(), dockerfile,
                stage, file);
    }

    /**
     * Attributes layers given the config's whole history and, per layer, the history entry the analyzer paired it
     * with (the same objects as in {@code history}; empty when the history ran out).
     */
    public static Attribution match(List<HistoryEntry> history, List<Optional<HistoryEntry>> layers,
                                    Dockerfile dockerfile, Stage stage, String file) {
        List<Stage> chain = dockerfile.lineage(stage);
        FromInstruction from = chain.get(0).from();
        boolean scratch = chain.get(0).base() instanceof BaseImage.Scratch;
        List<ExpectedStep> steps = new ArrayList<>();
        for (Stage s : chain) {
            for (Instruction instruction : s.instructions()) {
                steps.add(ExpectedStep.of(instruction, dockerfile));
            }
        }
        List<HistoryStep> parsed = history.stream().map(h -> HistoryStep.parse(h.createdBy())).toList();
        Alignment alignment = align(history, parsed, steps, scratch);
        List<String> notes = new ArrayList<>();
        Map<HistoryEntry, Integer> entryIndex = new IdentityHashMap<>();
        for (int i = 0; i < history.size(); i++) {
            entryIndex.put(history.get(i), i);
        }
        List<Optional<LayerSource>> sources = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            Optional<HistoryEntry> entry = layers.get(l);
            Integer h = entry.map(entryIndex::get).orElse(null);
            if (h == null) {
                sources.add(Optional.empty());
                notes.add("layer " + l + " has no history entry, so no instruction is tied to it");
                continue;
            }
            if (h < alignment.baseEntries) {
                sources.add(Optional.of(new LayerSource(file, from, from.range(), Match.HISTORY, true, "")));
                continue;
            }
            Integer s = alignment.stepOf.get(h);
            if (s == null) {
                sources.add(Optional.empty());
                notes.add("layer " + l + " (" + HistoryStep.collapse(history.get(h).createdBy())
                        + ") matches no instruction of " + stage.displayName() + " or the stages it is built on");
                continue;
            }
            ExpectedStep step = steps.get(s);
            String note = alignment.similarity.get(h) >= 1 ? "" : "the history reads '"
                    + abbreviate(HistoryStep.collapse(history.get(h).createdBy())) + "', which differs from the line";
            sources.add(Optional.of(new LayerSource(file, step.instruction(), step.instruction().range(),
                    Match.HISTORY, false, note)));
            if (!note.isEmpty()) {
                notes.add("layer " + l + " matched to line " + step.instruction().range().startLine()
                        + " by position: " + note);
            }
        }
        return new Attribution(file, stageName(stage), sources, notes);
    }

    /** {@code app}, or the stage's 0-based index when it has no name (as {@code --target} accepts it). */
    public static String stageName(Stage stage) {
        return stage.name().orElse(String.valueOf(stage.index()));
    }

    /** The aligned pairs: for each history index its step index and similarity, and how many entries are the base. */
    private record Alignment(int baseEntries, Map<Integer, Integer> stepOf, Map<Integer, Double> similarity) {
    }

    private static Alignment align(List<HistoryEntry> history, List<HistoryStep> parsed, List<ExpectedStep> steps,
                                   boolean scratch) {
        int n = history.size();
        int m = steps.size();
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = TextSimilarity.of(parsed.get(i), steps.get(j));
            }
        }
        double[][] best = new double[n + 1][m + 1];
        byte[][] move = new byte[n + 1][m + 1];
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                if (i == n && j == m) {
                    continue;
                }
                double value = NONE;
                byte choice = 0;
                if (i < n && j < m) {
                    double match = score(sim[i][j], history.get(i), steps.get(j));
                    if (match != NONE && match + best[i + 1][j + 1] > value) {
                        value = match + best[i + 1][j + 1];
                        choice = 1;
                    }
                }
                if (i < n) {
                    double skip = (history.get(i).emptyLayer() ? SKIP_EMPTY_ENTRY : SKIP_LAYER_ENTRY) + best[i + 1][j];
                    if (skip > value) {
                        value = skip;
                        choice = 2;
                    }
                }
                if (j < m) {
                    double skip = (steps.get(j).makesLayer() ? SKIP_LAYER_STEP : SKIP_METADATA_STEP) + best[i][j + 1];
                    if (skip > value) {
                        value = skip;
                        choice = 3;
                    }
                }
                best[i][j] = value;
                move[i][j] = choice;
            }
        }
        int start = 0;
        if (!scratch) {
            for (int k = 1; k <= n; k++) {
                if (best[k][0] > best[start][0]) {
                    start = k;
                }
            }
        }
        Map<Integer, Integer> stepOf = new HashMap<>();
        Map<Integer, Double> similarity = new HashMap<>();
        int i = start;
        int j = 0;
        while (i < n || j < m) {
            byte choice = move[i][j];
            if (choice == 1) {
                stepOf.put(i, j);
                similarity.put(i, sim[i][j]);
                i++;
                j++;
            } else if (choice == 2) {
                i++;
            } else {
                j++;
            }
        }
        return new Alignment(start, stepOf, similarity);
    }

    /** What pairing an entry with a step is worth; {@link #NONE} when the keywords differ. */
    private static double score(double similarity, HistoryEntry entry, ExpectedStep step) {
        if (similarity < 0) {
            return NONE;
        }
        if (similarity >= 1) {
            return EXACT;
        }
        if (similarity >= SIMILAR) {
            return 1 + 2 * similarity;
        }
        // the same kind of layer at the same place, with other text (a commit's own --created-by, a heredoc)
        return step.makesLayer() && !entry.emptyLayer() ? POSITIONAL : NONE;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
