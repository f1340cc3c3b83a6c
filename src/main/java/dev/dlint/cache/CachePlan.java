package dev.dlint.cache;

import java.util.List;
import java.util.Optional;

/**
 * What one change rebuilds: a {@link StepOutcome} for every instruction of the Dockerfile, in file order.
 *
 * @param steps every instruction, global ARGs and FROMs included
 */
public record CachePlan(List<StepOutcome> steps) {

    public CachePlan {
        steps = List.copyOf(steps);
    }

    /** The instructions of the stages the build runs (global ARGs are not steps). */
    public List<StepOutcome> builtSteps() {
        return steps.stream().filter(s -> s.built() && s.stage().isPresent()).toList();
    }

    public List<StepOutcome> rebuilt() {
        return steps.stream().filter(StepOutcome::rebuilds).toList();
    }

    /** The first step in file order that misses the cache. */
    public Optional<StepOutcome> firstMiss() {
        return steps.stream().filter(StepOutcome::rebuilds).findFirst();
    }

    /** {@code 5 of 12 steps rebuild; first miss: line 7 COPY . /app}. */
    public String summary() {
        int built = builtSteps().size();
        int rebuilt = rebuilt().size();
        String head = rebuilt + " of " + built + " step" + (built == 1 ? "" : "s") + " rebuild"
                + (rebuilt == 1 ? "s" : "");
        return firstMiss().map(s -> head + "; first miss: line " + s.line() + " " + Instructions.text(
                s.instruction(), 60)).orElse(head + (built == 0 ? "" : "; everything is cached"));
    }
}
