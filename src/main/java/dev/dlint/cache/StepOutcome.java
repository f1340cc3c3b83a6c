package dev.dlint.cache;

import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The prediction for one instruction.
 *
 * @param instruction the instruction (a FROM, a stage instruction, or a global ARG before the first FROM)
 * @param stage its stage; empty for a global ARG
 * @param built whether the build runs its stage at all (stages the target does not reach are not built)
 * @param rebuilds whether it misses the cache
 * @param cause why it rebuilds: its own input when one changed, else the parent step; empty when cached
 * @param notes what else matters for its cache key and dlint cannot see (a URL, a cache mount, a failing source)
 */
public record StepOutcome(Instruction instruction, Optional<Stage> stage, boolean built, boolean rebuilds,
        Optional<Cause> cause, List<String> notes) {

    public StepOutcome {
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(cause, "cause");
        notes = List.copyOf(notes);
        if (rebuilds && cause.isEmpty()) {
            throw new IllegalArgumentException("a rebuilt step needs a cause");
        }
    }

    /** Whether an input of the step itself changed (not only the step before it). */
    public boolean ownCause() {
        return cause.isPresent() && cause.get().kind() != Cause.Kind.PARENT;
    }

    public int line() {
        return instruction.range().startLine();
    }

    public int endLine() {
        return instruction.range().endLine();
    }

    /** The stage as the JSON names it: its name, else its index; empty for a global ARG. */
    public Optional<String> stageLabel() {
        return stage.map(s -> s.name().orElse(String.valueOf(s.index())));
    }
}
