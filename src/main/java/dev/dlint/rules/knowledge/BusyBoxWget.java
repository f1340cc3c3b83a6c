package dev.dlint.rules.knowledge;

import dev.dlint.facts.CommandUse;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.BaseImage;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a {@code wget} is BusyBox's: the stage's root base is Alpine or BusyBox (or the official docker image, which
 * is built on Alpine) and no system package manager installed GNU wget ({@code apk add wget}) before it, in the
 * stage's chain or earlier in the same RUN. BusyBox wget draws one progress bar, redrawn in place, and prints four
 * lines without a terminal; GNU wget prints a dot per kilobyte.
 */
public final class BusyBoxWget {

    private static final Set<String> BUSYBOX_IMAGES = Set.of("busybox", "docker");

    private BusyBoxWget() {
    }

    /** Whether the wget command {@code wget} of {@code run} in {@code stage} is BusyBox's. */
    public static boolean at(CommandUse wget, RunInstruction run, Stage stage, DockerfileFacts facts) {
        return busyBoxBase(facts.rootBase(stage)) && !gnuWgetBefore(wget, run, stage, facts);
    }

    private static boolean busyBoxBase(BaseImage base) {
        if (!(base instanceof BaseImage.External)) {
            return false;
        }
        BaseImage.External external = (BaseImage.External) base;
        String tag = external.reference().tag().map(t -> t.value().toLowerCase(Locale.ROOT)).orElse("");
        return RuntimeBases.family(Optional.of(external.reference())) == RuntimeBases.Family.ALPINE
                || BUSYBOX_IMAGES.contains(external.reference().displayName()) && !tag.contains("windows");
    }

    private static boolean gnuWgetBefore(CommandUse wget, RunInstruction run, Stage stage, DockerfileFacts facts) {
        for (Stage s : facts.dockerfile().lineage(stage)) {
            for (Instruction i : s.instructions()) {
                Optional<RunInstruction> earlier = RunsOf.run(i, true);
                if (earlier.isEmpty()) {
                    continue;
                }
                List<CommandUse> commands = facts.commands(earlier.get());
                boolean same = earlier.get() == run;
                for (CommandUse use : commands) {
                    if (same && use == wget) {
                        return false;
                    }
                    if (use.systemInstall().map(packages -> packages.contains("wget")).orElse(false)) {
                        return true;
                    }
                }
                if (same) {
                    return false;
                }
            }
        }
        return false;
    }
}
