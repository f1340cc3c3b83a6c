package dev.dlint.facts;

import dev.dlint.model.BaseImage;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Flag;
import dev.dlint.model.Instruction;
import dev.dlint.model.Mount;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The stage names of a Dockerfile and every place that names a stage as written: {@code FROM <stage>},
 * {@code COPY --from=<stage>} and {@code RUN --mount=…,from=<stage>}. BuildKit looks stage names up
 * case-insensitively, so a reference matches every stage whose lower-cased name it spells; references through a
 * variable are not listed.
 */
public final class StageNames {

    /**
     * A place that names a stage.
     *
     * @param instruction the instruction
     * @param written     the name as written there
     * @param range       exactly the written name
     */
    public record Reference(Instruction instruction, String written, SourceRange range) {
    }

    private final Map<String, List<Stage>> byName;
    private final List<Reference> references;

    private StageNames(Map<String, List<Stage>> byName, List<Reference> references) {
        this.byName = byName;
        this.references = List.copyOf(references);
    }

    static StageNames of(Dockerfile dockerfile) {
        Map<String, List<Stage>> byName = new LinkedHashMap<>();
        for (Stage stage : dockerfile.stages()) {
            stage.name().ifPresent(name -> byName.computeIfAbsent(name, k -> new ArrayList<>()).add(stage));
        }
        List<Reference> references = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            if (stage.base() instanceof BaseImage.StageBase && stage.base().word().isVerbatim()
                    && byName.containsKey(stage.base().word().text().toLowerCase(Locale.ROOT))) {
                references.add(new Reference(stage.from(), stage.base().word().text(), stage.base().word().range()));
            }
            for (Instruction instruction : stage.instructions()) {
                referencesIn(instruction, dockerfile.source(), byName).forEach(references::add);
            }
        }
        return new StageNames(byName, references);
    }

    private static List<Reference> referencesIn(Instruction instruction, SourceText source,
                                                Map<String, List<Stage>> byName) {
        List<Reference> found = new ArrayList<>();
        if (instruction instanceof CopyInstruction) {
            Optional<Flag> from = instruction.flag("from");
            if (from.isPresent() && byName.containsKey(from.get().valueOrEmpty().toLowerCase(Locale.ROOT))
                    && spells(source, from.get().valueRange(), from.get().valueOrEmpty())) {
                found.add(new Reference(instruction, from.get().valueOrEmpty(), from.get().valueRange()));
            }
        } else if (instruction instanceof RunInstruction) {
            for (Mount mount : ((RunInstruction) instruction).mounts()) {
                mount.option("from").flatMap(option -> mountReference(instruction, option, source, byName))
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    /** The value of a {@code from=} mount option, when the option is written plainly on one line. */
    private static Optional<Reference> mountReference(Instruction instruction, Mount.Option option, SourceText source,
                                                      Map<String, List<Stage>> byName) {
        String value = option.value().orElse("");
        SourceRange r = option.range();
        if (!byName.containsKey(value.toLowerCase(Locale.ROOT)) || r.startLine() != r.endLine()
                || !spells(source, r, option.key() + "=" + value)) {
            return Optional.empty();
        }
        int valueColumn = r.endColumn() - value.length();
        return Optional.of(new Reference(instruction, value, new SourceRange(r.startLine(), valueColumn, r.endLine(),
                r.endColumn())));
    }

    /** Whether the source text in {@code range} is exactly {@code text} (no quotes, escapes or line breaks). */
    private static boolean spells(SourceText source, SourceRange range, String text) {
        if (range.startLine() != range.endLine()) {
            return false;
        }
        int start = source.offset(range.startLine(), range.startColumn());
        int end = source.offset(range.endLine(), range.endColumn());
        return end <= source.length() && source.text().substring(start, end).equals(text);
    }

    /** The stages named {@code name} (lower-cased, as BuildKit stores it), in file order. */
    public List<Stage> named(String name) {
        return byName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The places that name a stage called {@code name} (any case). */
    public List<Reference> referencesTo(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return references.stream().filter(r -> r.written().toLowerCase(Locale.ROOT).equals(lower)).toList();
    }
}
