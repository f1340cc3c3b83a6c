package dev.dlint.cache;

import dev.dlint.model.Stage;
import java.io.PrintWriter;
import java.util.Optional;

/** Renders a {@link CachePlan} for people: per stage, each instruction cached or rebuilt and why, then a summary. */
public final class CacheText {

    private static final int TEXT_WIDTH = 44;

    private CacheText() {
    }

    public static void write(CachePlan plan, String dockerfile, PrintWriter out) {
        Optional<Stage> current = Optional.empty();
        boolean first = true;
        for (StepOutcome step : plan.steps()) {
            if (first || !step.stage().equals(current)) {
                if (!first) {
                    out.println();
                }
                out.println(heading(step));
                current = step.stage();
                first = false;
            }
            if (!step.built()) {
                continue;
            }
            String status = step.stage().isEmpty() ? "-" : step.rebuilds() ? "rebuilds" : "cached";
            String line = String.format("%5d  %-" + TEXT_WIDTH + "s  %s", step.line(),
                    Instructions.text(step.instruction(), TEXT_WIDTH), status);
            out.println(step.cause().map(c -> line + ": " + c.detail()).orElse(line));
            for (String note : step.notes()) {
                out.println("       note: " + note);
            }
        }
        out.println();
        out.println(dockerfile + ": " + plan.summary());
        out.flush();
    }

    /** Per instruction, in how many of the commits it rebuilds, then the advice. */
    public static void write(HistoryAnalysis history, String dockerfile, PrintWriter out) {
        int n = history.commits().size();
        int edits = history.dockerfileEdits();
        out.println(dockerfile + ": rebuilds over the last " + n + " commit" + (n == 1 ? "" : "s")
                + (edits == 0 ? "" : " (" + edits + " edited the Dockerfile itself; edits of instructions are not"
                + " counted, the current file is evaluated)"));
        Optional<Stage> current = Optional.empty();
        boolean first = true;
        int width = String.valueOf(n).length();
        for (HistoryAnalysis.StepCount count : history.steps()) {
            StepOutcome step = count.step();
            if (first || !step.stage().equals(current)) {
                out.println();
                out.println(heading(step));
                current = step.stage();
                first = false;
            }
            if (!step.built() || step.stage().isEmpty()) {
                continue;
            }
            String line = String.format("%5d  %-" + TEXT_WIDTH + "s  %" + width + "d/%d", step.line(),
                    Instructions.text(step.instruction(), TEXT_WIDTH), count.rebuilds(), n);
            if (count.ownCauses() > 0) {
                line += "  (its own input in " + count.ownCauses() + ")";
            }
            out.println(line);
        }
        out.println();
        if (history.advice().isEmpty()) {
            out.println(n == 0 ? "No commits to count." : "No reordering would save rebuilds that dlint can count.");
        } else {
            out.println("What reordering would save:");
            for (HistoryAnalysis.Advice advice : history.advice()) {
                out.println("  - " + advice.text());
            }
        }
        out.flush();
    }

    private static String heading(StepOutcome step) {
        if (step.stage().isEmpty()) {
            return "global build arguments";
        }
        Stage stage = step.stage().get();
        String name = stage.displayName() + " (line " + stage.from().range().startLine() + ")";
        return step.built() ? name : name + ": not built, the target does not need it";
    }
}
