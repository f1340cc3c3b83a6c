package dev.dlint.model;

import dev.dlint.text.SourceText;
import java.util.List;
import java.util.Optional;

/**
 * A parsed Dockerfile: everything BuildKit's parser sees, typed, with exact ranges.
 *
 * @param path         the path to report (as given, or {@code --stdin-filename})
 * @param escape       the escape character ({@code \} or {@code `})
 * @param instructions all top-level instructions in order (global ARGs, FROMs and stage instructions)
 * @param globalArgs   the ARG instructions before the first FROM
 * @param stages       the build stages in order
 * @param diagnostics  syntax errors and parse warnings, in source order
 * @param scopes       the variable scope before each top-level instruction, by index
 */
public record Dockerfile(String path, SourceText source, char escape, List<Directive> directives,
                         List<Comment> comments, List<Instruction> instructions, List<ArgInstruction> globalArgs,
                         List<Stage> stages, List<Diagnostic> diagnostics, List<VariableScope> scopes) {

    public Dockerfile {
        directives = List.copyOf(directives);
        comments = List.copyOf(comments);
        instructions = List.copyOf(instructions);
        globalArgs = List.copyOf(globalArgs);
        stages = List.copyOf(stages);
        diagnostics = List.copyOf(diagnostics);
        scopes = List.copyOf(scopes);
    }

    /**
     * The variables an instruction sees (BuildKit's snapshot before it runs). FROM lines see the global ARGs; an
     * ONBUILD trigger is not expanded here, so it gets an empty scope.
     */
    public VariableScope scope(Instruction instruction) {
        int index = instruction.index();
        return index >= 0 && index < scopes.size() ? scopes.get(index) : VariableScope.empty();
    }

    public Optional<Directive> directive(String name) {
        return directives.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** The last stage: what {@code docker build} produces when no target is given. */
    public Optional<Stage> finalStage() {
        return stages.isEmpty() ? Optional.empty() : Optional.of(stages.get(stages.size() - 1));
    }

    /** The stage an instruction belongs to (empty for global ARGs). */
    public Optional<Stage> stageOf(Instruction instruction) {
        for (Stage stage : stages) {
            if (stage.from() == instruction || stage.instructions().contains(instruction)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }

    /** A stage and the stages it is built FROM, oldest first (a stage inherits their layers, ENV and ARGs). */
    public List<Stage> lineage(Stage stage) {
        java.util.ArrayList<Stage> chain = new java.util.ArrayList<>();
        for (Stage s = stage; s != null && chain.size() <= stages.size(); ) {
            chain.add(s);
            s = s.base() instanceof BaseImage.StageBase ? stages.get(((BaseImage.StageBase) s.base()).stageIndex()) : null;
        }
        java.util.Collections.reverse(chain);
        return chain;
    }

    /**
     * Whether {@code stage} is {@code base} or is built FROM it, directly or through other stages: what
     * {@code lineage(stage).contains(base)} says, without building the chain or comparing stages by value.
     */
    public boolean isBuiltOn(Stage stage, Stage base) {
        int hops = 0;
        for (Stage s = stage; s != null && hops <= stages.size(); hops++) {
            if (s.index() == base.index()) {
                return true;
            }
            if (s.index() < base.index()) {
                return false; // a stage is only ever built on an earlier one
            }
            s = s.base() instanceof BaseImage.StageBase parent ? stages.get(parent.stageIndex()) : null;
        }
        return false;
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::error);
    }
}
