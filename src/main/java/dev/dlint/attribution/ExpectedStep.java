package dev.dlint.attribution;

import dev.dlint.model.AddInstruction;
import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.CommandLine;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.FileTransfer;
import dev.dlint.model.Instruction;
import dev.dlint.model.KeyValue;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.VariableScope;
import dev.dlint.model.Word;
import dev.dlint.model.WorkdirInstruction;
import dev.dlint.syntax.Expansions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One instruction of the target's chain as the history could show it: the texts a builder may have written after
 * the keyword (as written and with ARG/ENV values substituted; with and without flags; for ENV and ARG the
 * {@code K=v} forms), and for COPY/ADD the destination the classic builder keeps.
 *
 * @param instruction  the instruction
 * @param texts        candidate texts after the keyword, whitespace collapsed
 * @param destinations candidate destinations of a COPY/ADD (empty for other instructions)
 * @param makesLayer   whether every builder records it as a layer (RUN, COPY, ADD)
 */
record ExpectedStep(Instruction instruction, Set<String> texts, Set<String> destinations, boolean makesLayer) {

    ExpectedStep {
        texts = Set.copyOf(texts);
        destinations = Set.copyOf(destinations);
    }

    String keyword() {
        return instruction.name();
    }

    static ExpectedStep of(Instruction instruction, Dockerfile file) {
        VariableScope scope = file.scope(instruction);
        char escape = file.escape();
        Set<String> texts = new LinkedHashSet<>();
        Set<String> destinations = new LinkedHashSet<>();
        String arguments = afterKeyword(instruction);
        addBoth(texts, arguments, scope, escape);
        addBoth(texts, withoutFlags(arguments), scope, escape);
        if (instruction instanceof RunInstruction) {
            Optional<CommandLine> command = ((RunInstruction) instruction).command();
            if (command.isPresent() && command.get() instanceof CommandLine.Shell) {
                addBoth(texts, ((CommandLine.Shell) command.get()).text().text(), scope, escape);
            } else if (command.isPresent()) {
                List<String> words = ((CommandLine.Exec) command.get()).arguments().stream().map(Word::text).toList();
                texts.add(HistoryStep.collapse(String.join(" ", words)));
            }
        } else if (instruction instanceof CopyInstruction || instruction instanceof AddInstruction) {
            FileTransfer transfer = instruction instanceof CopyInstruction
                    ? ((CopyInstruction) instruction).transfer() : ((AddInstruction) instruction).transfer();
            transfer.destination().ifPresent(d -> addBoth(destinations, d.text(), scope, escape));
        } else if (instruction instanceof EnvInstruction) {
            List<String> raw = new ArrayList<>();
            List<String> expanded = new ArrayList<>();
            for (KeyValue pair : ((EnvInstruction) instruction).pairs()) {
                raw.add(pair.key().text() + "=" + pair.value().text());
                expanded.add(pair.key().text() + "=" + Expansions.expand(pair.value().text(), scope, escape).value());
            }
            texts.add(HistoryStep.collapse(String.join(" ", raw)));
            texts.add(HistoryStep.collapse(String.join(" ", expanded)));
        } else if (instruction instanceof ArgInstruction) {
            List<String> names = new ArrayList<>();
            List<String> withValues = new ArrayList<>();
            for (ArgDeclaration declaration : ((ArgInstruction) instruction).declarations()) {
                names.add(declaration.name().text());
                withValues.add(declaration.name().text() + declaration.defaultValue()
                        .map(v -> "=" + Expansions.expand(v.text(), scope, escape).value()).orElse(""));
            }
            texts.add(String.join(" ", names));
            texts.add(String.join(" ", withValues));
        } else if (instruction instanceof WorkdirInstruction) {
            ((WorkdirInstruction) instruction).path().ifPresent(p -> addBoth(texts, p.text(), scope, escape));
        }
        boolean makesLayer = instruction instanceof RunInstruction || instruction instanceof CopyInstruction
                || instruction instanceof AddInstruction;
        texts.remove("");
        return new ExpectedStep(instruction, texts, destinations, makesLayer);
    }

    private static void addBoth(Set<String> out, String text, VariableScope scope, char escape) {
        out.add(HistoryStep.collapse(text));
        if (text.indexOf('$') >= 0) {
            out.add(HistoryStep.collapse(Expansions.expand(text, scope, escape).value()));
        }
    }

    /** The logical line without its keyword. */
    private static String afterKeyword(Instruction instruction) {
        String line = HistoryStep.collapse(instruction.header().logicalLine());
        int space = line.indexOf(' ');
        return space < 0 ? "" : line.substring(space + 1);
    }

    /** Leading {@code --flag} words dropped (BuildKit drops --from, --link and RUN's --mount from the history). */
    private static String withoutFlags(String arguments) {
        String rest = arguments;
        while (rest.startsWith("--")) {
            int space = rest.indexOf(' ');
            rest = space < 0 ? "" : rest.substring(space + 1);
        }
        return rest;
    }
}
