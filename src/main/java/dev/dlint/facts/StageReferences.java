package dev.dlint.facts;

import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.Mount;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.syntax.Suggestions;
import dev.dlint.text.SourceRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a stage takes files from another stage or an image by name: {@code COPY --from=x} and
 * {@code RUN --mount=…,from=x}. The value is resolved as BuildKit resolves it: a number is a stage index, a name
 * matches a stage anywhere in the file (case-insensitive, later stages included), anything else is an image.
 */
public final class StageReferences {

    /**
     * One reference.
     *
     * @param stage       the stage the instruction belongs to
     * @param form        the instruction form, for messages ({@code COPY --from}, {@code RUN --mount from})
     * @param value       the value as BuildKit reads it (quotes removed; variables are not expanded there)
     * @param range       the value's range
     * @param target      the stage it names, when it names one of this file
     */
    public record StageReference(Stage stage, Instruction instruction, String form, String value, SourceRange range,
                                 Optional<Stage> target) {

        /** Whether the value is a stage index ({@code --from=0}). */
        public boolean isIndex() {
            return !value.isEmpty() && value.chars().allMatch(Character::isDigit);
        }
    }

    private StageReferences() {
    }

    static List<StageReference> of(Dockerfile dockerfile) {
        Map<String, Stage> byName = new HashMap<>();
        for (Stage stage : dockerfile.stages()) {
            stage.name().ifPresent(name -> byName.putIfAbsent(name, stage));
        }
        List<StageReference> references = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof CopyInstruction) {
                    instruction.flag("from").filter(f -> f.value().isPresent()).ifPresent(f -> references.add(
                            reference(dockerfile, byName, stage, instruction, "COPY --from", f.valueOrEmpty(), f.valueRange())));
                } else if (instruction instanceof RunInstruction) {
                    for (Mount mount : ((RunInstruction) instruction).mounts()) {
                        mount.option("from").filter(o -> o.value().isPresent()).ifPresent(o -> references.add(
                                reference(dockerfile, byName, stage, instruction, "RUN --mount from", o.value().get(), o.range())));
                    }
                }
            }
        }
        return references;
    }

    private static StageReference reference(Dockerfile dockerfile, Map<String, Stage> byName, Stage stage,
                                            Instruction instruction, String form, String value, SourceRange range) {
        return new StageReference(stage, instruction, form, value, range, target(dockerfile, byName, value));
    }

    private static Optional<Stage> target(Dockerfile dockerfile, Map<String, Stage> byName, String value) {
        if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
            int index = value.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(value);
            return index < dockerfile.stages().size() ? Optional.of(dockerfile.stages().get(index)) : Optional.empty();
        }
        String name = value.toLowerCase(Locale.ROOT);
        return Optional.ofNullable(byName.get(name));
    }

    /** The stage name closest to {@code value}, when {@code value} looks like a misspelling of one. */
    public static Optional<String> closestStageName(Dockerfile dockerfile, String value) {
        List<String> names = dockerfile.stages().stream().flatMap(s -> s.name().stream()).toList();
        return Suggestions.closest(value, names);
    }

    /**
     * The stages whose image a build is likely to produce for use: the last stage, and every stage that no other
     * stage builds FROM or takes files from (a {@code --target}). Builder stages are left out.
     */
    static List<Stage> imageStages(Dockerfile dockerfile, List<StageReference> references) {
        Set<Integer> used = new HashSet<>();
        for (Stage stage : dockerfile.stages()) {
            stage.parentStage().ifPresent(used::add);
        }
        for (StageReference reference : references) {
            reference.target().filter(t -> t != reference.stage()).ifPresent(t -> used.add(t.index()));
        }
        List<Stage> outputs = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            if (stage.index() == dockerfile.stages().size() - 1 || !used.contains(stage.index())) {
                outputs.add(stage);
            }
        }
        return outputs;
    }
}
