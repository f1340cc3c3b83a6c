package dev.dlint.rule;

import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.OnbuildInstruction;

/**
 * The simplest helper level: a rule that looks at one instruction of one kind at a time, wherever it is (before the
 * first FROM, in any stage, and, for rules whose {@link RuleInfo#onbuild()} is set, as the trigger of an ONBUILD).
 *
 * @param <T> the instruction kind the rule checks
 */
public abstract class InstructionRule<T extends Instruction> implements DockerfileRule {

    private final Class<T> kind;

    protected InstructionRule(Class<T> kind) {
        this.kind = kind;
    }

    @Override
    public final void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Instruction instruction : dockerfile.instructions()) {
            visit(instruction, context);
            if (context.rule().onbuild() && instruction instanceof OnbuildInstruction) {
                ((OnbuildInstruction) instruction).trigger().ifPresent(trigger -> visit(trigger, context));
            }
        }
    }

    private void visit(Instruction instruction, DockerfileContext context) {
        if (kind.isInstance(instruction)) {
            check(kind.cast(instruction), context);
        }
    }

    /** Checks one instruction; for an ONBUILD trigger, {@link Instruction#index()} is -1. */
    protected abstract void check(T instruction, DockerfileContext context);
}
