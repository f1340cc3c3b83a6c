package dev.dlint.model;

import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Optional;

/** One Dockerfile instruction. Every kind carries typed arguments; all share {@link InstructionHeader}. */
public sealed interface Instruction
        permits FromInstruction, RunInstruction, CmdInstruction, EntrypointInstruction, ShellInstruction,
                CopyInstruction, AddInstruction, VolumeInstruction, ExposeInstruction, EnvInstruction,
                LabelInstruction, ArgInstruction, HealthcheckInstruction, OnbuildInstruction, MaintainerInstruction,
                UserInstruction, WorkdirInstruction, StopsignalInstruction, UnknownInstruction {

    InstructionHeader header();

    default Keyword keyword() {
        return header().keyword();
    }

    /** The full range of the instruction, continuation lines and heredoc bodies included. */
    default SourceRange range() {
        return header().range();
    }

    default List<Flag> flags() {
        return header().flags();
    }

    default Optional<Flag> flag(String name) {
        return header().flag(name);
    }

    default int index() {
        return header().index();
    }

    /** The upper-case instruction name, e.g. {@code RUN}. */
    default String name() {
        return keyword().upper();
    }
}
