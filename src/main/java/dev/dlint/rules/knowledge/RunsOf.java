package dev.dlint.rules.knowledge;

import dev.dlint.model.Instruction;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.RunInstruction;
import java.util.Optional;

/** The RUN an instruction is: itself, or the trigger of {@code ONBUILD RUN}, for stage rules that check triggers too. */
public final class RunsOf {

    private RunsOf() {
    }

    public static Optional<RunInstruction> run(Instruction instruction, boolean withTriggers) {
        if (instruction instanceof RunInstruction) {
            return Optional.of((RunInstruction) instruction);
        }
        if (withTriggers && instruction instanceof OnbuildInstruction) {
            return ((OnbuildInstruction) instruction).trigger().filter(RunInstruction.class::isInstance)
                    .map(RunInstruction.class::cast);
        }
        return Optional.empty();
    }
}
