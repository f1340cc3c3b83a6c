package dev.dlint.rules.knowledge;

import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.KeyValue;
import dev.dlint.model.PredefinedArgs;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a Dockerfile declares each variable (ARG names and ENV keys, in any stage or before the first FROM), so a
 * rule can say why a variable an instruction reads is not in its scope: declared after it, declared only for FROM
 * lines, declared in an unrelated stage, or predefined but not redeclared.
 */
public final class VariableDeclarations {

    /** One declaration: the instruction, and its stage (empty before the first FROM). */
    private record Declaration(Instruction instruction, Optional<Stage> stage) {
    }

    private final Dockerfile dockerfile;
    private final Map<String, List<Declaration>> byName;

    private VariableDeclarations(Dockerfile dockerfile, Map<String, List<Declaration>> byName) {
        this.dockerfile = dockerfile;
        this.byName = byName;
    }

    public static VariableDeclarations of(Dockerfile dockerfile) {
        Map<String, List<Declaration>> byName = new HashMap<>();
        for (ArgInstruction arg : dockerfile.globalArgs()) {
            for (ArgDeclaration d : arg.declarations()) {
                byName.computeIfAbsent(d.name().text(), k -> new ArrayList<>()).add(new Declaration(arg, Optional.empty()));
            }
        }
        for (Stage stage : dockerfile.stages()) {
            for (Instruction instruction : stage.instructions()) {
                for (String name : names(instruction)) {
                    byName.computeIfAbsent(name, k -> new ArrayList<>())
                            .add(new Declaration(instruction, Optional.of(stage)));
                }
            }
        }
        return new VariableDeclarations(dockerfile, byName);
    }

    private static List<String> names(Instruction instruction) {
        if (instruction instanceof ArgInstruction) {
            return ((ArgInstruction) instruction).declarations().stream().map(ArgDeclaration::name).map(Word::text).toList();
        }
        if (instruction instanceof EnvInstruction) {
            return ((EnvInstruction) instruction).pairs().stream().map(KeyValue::key).map(Word::text).toList();
        }
        return List.of();
    }

    /**
     * Why {@code name} is not visible to {@code use} in {@code stage} although the file declares it (or BuildKit
     * predefines it), or empty when the file does not declare it anywhere.
     */
    public Optional<String> misplaced(String name, Instruction use, Stage stage) {
        List<Declaration> found = byName.getOrDefault(name, List.of());
        List<Stage> lineage = dockerfile.lineage(stage);
        for (Declaration d : found) {
            if (d.instruction() == use) {
                return Optional.of("it is set by this same " + use.name() + ", whose values see only what was set"
                        + " before it; set it in an earlier " + use.name());
            }
            if (d.stage().isPresent() && lineage.contains(d.stage().get())
                    && d.instruction().index() > use.index()) {
                return Optional.of("it is declared at line " + d.instruction().range().startLine() + ", after this use");
            }
        }
        for (Declaration d : found) {
            if (d.stage().isEmpty()) {
                return Optional.of("the ARG at line " + d.instruction().range().startLine() + " is declared before the"
                        + " first FROM, and only FROM lines see such ARGs; add ARG " + name + " to this stage");
            }
        }
        if (PredefinedArgs.isPredefined(name)) {
            return Optional.of(name + " is predefined for FROM lines only; a stage sees it after ARG " + name);
        }
        if (!found.isEmpty()) {
            Declaration d = found.get(0);
            return Optional.of("it is declared in " + d.stage().get().displayName() + " (line "
                    + d.instruction().range().startLine() + "), which this stage is not built on");
        }
        return Optional.empty();
    }
}
