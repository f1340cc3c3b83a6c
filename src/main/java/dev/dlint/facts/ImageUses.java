package dev.dlint.facts;

import dev.dlint.model.BaseImage;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Flag;
import dev.dlint.model.ImageReference;
import dev.dlint.model.Instruction;
import dev.dlint.model.Mount;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.text.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every place a Dockerfile pulls an external image: stage bases ({@code FROM}), {@code COPY --from=<image>} and
 * {@code RUN --mount=from=<image>}. Earlier stage names, stage indexes and {@code scratch} are not external.
 */
public final class ImageUses {

    /**
     * One pulled image.
     *
     * @param reference the reference after ARG expansion
     * @param written   the reference as written in the file
     * @param where     the instruction form, for messages ({@code FROM}, {@code COPY --from})
     */
    public record ImageUse(ImageReference reference, String written, Instruction instruction, String where) {
    }

    private ImageUses() {
    }

    public static List<ImageUse> of(Dockerfile dockerfile) {
        List<ImageUse> uses = new ArrayList<>();
        List<String> stageNames = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            stage.name().ifPresent(stageNames::add);
        }
        for (Stage stage : dockerfile.stages()) {
            if (stage.base() instanceof BaseImage.External) {
                uses.add(new ImageUse(((BaseImage.External) stage.base()).reference(), stage.base().word().text(),
                        stage.from(), "FROM"));
            }
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof CopyInstruction) {
                    instruction.flag("from").flatMap(f -> external(f, f.valueOrEmpty(), stageNames))
                            .ifPresent(ref -> uses.add(new ImageUse(ref, ref.text(), instruction, "COPY --from")));
                } else if (instruction instanceof RunInstruction) {
                    for (Mount mount : ((RunInstruction) instruction).mounts()) {
                        Optional<Mount.Option> from = mount.option("from");
                        if (from.isPresent() && from.get().value().isPresent()) {
                            external(mount.flag(), from.get().value().get(), stageNames)
                                    .map(ref -> relocate(ref, from.get().range()))
                                    .ifPresent(ref -> uses.add(new ImageUse(ref, ref.text(), instruction, "RUN --mount from")));
                        }
                    }
                }
            }
        }
        return uses;
    }

    /** An image named by a flag value, unless it names a stage (by name or index) or scratch. */
    private static Optional<ImageReference> external(Flag flag, String value, List<String> stageNames) {
        String lower = value.toLowerCase(Locale.ROOT);
        if (value.isEmpty() || value.contains("$") || stageNames.contains(lower) || lower.matches("\\d+")
                || lower.equals("scratch")) {
            return Optional.empty();
        }
        int offset = flag.word().text().indexOf('=') + 1;
        boolean literal = flag.word().text().substring(offset).equals(value);
        return Optional.of(ImageReference.parse(value, (start, end) -> literal
                ? flag.word().range(offset + start, offset + end) : flag.valueRange()));
    }

    /** Mount option values are not mapped character by character: point every part at the option. */
    private static ImageReference relocate(ImageReference ref, SourceRange range) {
        return ImageReference.parse(ref.text(), (start, end) -> range);
    }
}
