package dev.dlint.rule;

import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import java.util.HashMap;
import java.util.Map;

/**
 * The middle helper level: a rule that folds a state through the instructions of each stage, where a stage built
 * {@code FROM} an earlier stage starts from that stage's final state (it inherits its filesystem, ENV, WORKDIR, USER
 * and SHELL). Stages are visited in file order, so a parent is always finished before its children. States should be
 * immutable values: one parent's state may start several child stages.
 *
 * @param <S> the state a stage carries from one instruction to the next
 */
public abstract class StageRule<S> implements DockerfileRule {

    @Override
    public final void check(Dockerfile dockerfile, DockerfileContext context) {
        Map<Integer, S> finalStates = new HashMap<>();
        for (Stage stage : dockerfile.stages()) {
            S parent = stage.parentStage().map(finalStates::get).orElse(null);
            S state = parent != null ? inherit(parent, stage, context) : start(stage, context);
            for (Instruction instruction : stage.instructions()) {
                state = step(state, instruction, stage, context);
            }
            end(state, stage, context);
            finalStates.put(stage.index(), state);
        }
    }

    /** The state at the start of a stage that is not built on another stage of this file. */
    protected abstract S start(Stage stage, DockerfileContext context);

    /** The state at the start of a stage built {@code FROM} an earlier stage that ended in {@code parent}. */
    protected S inherit(S parent, Stage stage, DockerfileContext context) {
        return parent;
    }

    /** The state after one instruction of the stage; the place to report about that instruction. */
    protected abstract S step(S state, Instruction instruction, Stage stage, DockerfileContext context);

    /** Called after the last instruction of a stage: the place to report about the stage as a whole. */
    protected void end(S state, Stage stage, DockerfileContext context) {
    }
}
