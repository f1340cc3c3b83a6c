package dev.dlint.facts;

import dev.dlint.context.BuildContext;
import dev.dlint.context.CopyOutcome;
import dev.dlint.context.CopySelection;
import dev.dlint.context.CopySource;
import dev.dlint.context.FileTotals;
import dev.dlint.model.AddInstruction;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.FileTransfer;
import dev.dlint.model.Flag;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Resolves the COPY/ADD sources of the stages a build runs against a context snapshot. */
final class ContextSelections {

    private ContextSelections() {
    }

    static List<ContextCopy> of(DockerfileFacts facts, BuildContext context) {
        List<ContextCopy> copies = new ArrayList<>();
        StageGraph graph = facts.stages();
        for (Stage stage : facts.dockerfile().stages()) {
            if (graph.shipping(stage) == StageGraph.Shipping.NONE) {
                continue;
            }
            for (Instruction instruction : stage.instructions()) {
                Optional<FileTransfer> transfer = transfer(instruction);
                if (transfer.isEmpty() || facts.isRefused(instruction)) {
                    continue;
                }
                List<String> excludes = new ArrayList<>();
                boolean parents = false;
                for (Flag flag : instruction.flags()) {
                    if (flag.name().equals("exclude")) {
                        excludes.add(flag.valueOrEmpty());
                    } else if (flag.name().equals("parents")) {
                        parents = flag.isTrue();
                    }
                }
                for (Word source : transfer.get().sourcePaths()) {
                    Optional<String> path = facts.value(instruction, source);
                    CopySelection selection = path.isEmpty()
                            ? new CopySelection(source.text(), CopyOutcome.UNKNOWN, List.of(),
                                    FileTotals.ZERO, Optional.empty(),
                                    "the source depends on a variable without a value")
                            : context.select(new CopySource(path.get(), excludes, parents));
                    copies.add(new ContextCopy(stage, instruction, source, path.orElse(""), selection));
                }
            }
        }
        return List.copyOf(copies);
    }

    private static Optional<FileTransfer> transfer(Instruction instruction) {
        if (instruction instanceof CopyInstruction && instruction.flag("from").isEmpty()) {
            return Optional.of(((CopyInstruction) instruction).transfer());
        }
        if (instruction instanceof AddInstruction) {
            return Optional.of(((AddInstruction) instruction).transfer());
        }
        return Optional.empty();
    }
}
