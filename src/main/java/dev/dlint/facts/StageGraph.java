package dev.dlint.facts;

import dev.dlint.model.BaseImage;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.Mount;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the stages of a Dockerfile feed the image a build produces. The target stage (by default the last one) and the
 * stages it is built {@code FROM} ship their layers. A stage that a built stage reads with {@code COPY --from} or
 * {@code RUN --mount=from=} ships only the files copied out of it, never its layers, and so do the stages it is built
 * on. A stage nothing built reads is not built at all (BuildKit skips it).
 */
public final class StageGraph {

    /** What of a stage reaches the image the build produces. */
    public enum Shipping {
        /** Its layers are the image's layers: the target and the stages it is built FROM. */
        LAYERS,
        /** Only files copied out of it (COPY --from, RUN --mount=from) reach the image. */
        FILES,
        /** The build does not need it. */
        NONE
    }

    /** A read of one stage by an instruction of another: {@code COPY --from} or {@code RUN --mount=from}. */
    public record Use(Stage source, Stage reader, Instruction instruction) {
    }

    private final Optional<Stage> target;
    private final Shipping[] shipping;
    private final List<Use> uses;

    private StageGraph(Optional<Stage> target, Shipping[] shipping, List<Use> uses) {
        this.target = target;
        this.shipping = shipping;
        this.uses = List.copyOf(uses);
    }

    /**
     * The graph for a build of {@code targetName} (as {@code docker build --target}), or of the last stage.
     *
     * @throws IllegalArgumentException when no stage has that name
     */
    public static StageGraph of(Dockerfile dockerfile, Optional<String> targetName) {
        List<Stage> stages = dockerfile.stages();
        Map<String, Stage> byName = new HashMap<>();
        for (Stage stage : stages) {
            stage.name().ifPresent(name -> byName.putIfAbsent(name, stage));
        }
        Optional<Stage> target;
        if (targetName.isPresent()) {
            Stage named = byName.get(targetName.get().toLowerCase(Locale.ROOT));
            if (named == null) {
                throw new IllegalArgumentException("no stage named \"" + targetName.get() + "\"");
            }
            target = Optional.of(named);
        } else {
            target = dockerfile.finalStage();
        }
        List<Use> uses = new ArrayList<>();
        for (Stage reader : stages) {
            for (Instruction instruction : reader.instructions()) {
                for (String reference : references(instruction)) {
                    resolve(reference, reader, byName, stages).ifPresent(s -> uses.add(new Use(s, reader, instruction)));
                }
            }
        }
        Shipping[] shipping = new Shipping[stages.size()];
        Arrays.fill(shipping, Shipping.NONE);
        target.ifPresent(t -> {
            for (Stage s : dockerfile.lineage(t)) {
                shipping[s.index()] = Shipping.LAYERS;
            }
            markFilesReachable(t, dockerfile, uses, shipping);
        });
        return new StageGraph(target, shipping, uses);
    }

    /** Every stage a built stage reads, and the stages those are built on, ship files only. */
    private static void markFilesReachable(Stage target, Dockerfile dockerfile, List<Use> uses, Shipping[] shipping) {
        Map<Integer, List<Use>> usesByReader = new HashMap<>();
        for (Use use : uses) {
            usesByReader.computeIfAbsent(use.reader().index(), k -> new ArrayList<>()).add(use);
        }
        Deque<Stage> built = new ArrayDeque<>(dockerfile.lineage(target));
        while (!built.isEmpty()) {
            Stage stage = built.pop();
            for (Use use : usesByReader.getOrDefault(stage.index(), List.of())) {
                // A marked stage's own bases were marked with it, so the walk up the bases stops at the first one.
                for (Stage s = use.source(); s != null && shipping[s.index()] == Shipping.NONE; s = base(dockerfile, s)) {
                    shipping[s.index()] = Shipping.FILES;
                    built.push(s);
                }
            }
        }
    }

    private static Stage base(Dockerfile dockerfile, Stage stage) {
        return stage.base() instanceof BaseImage.StageBase parent ? dockerfile.stages().get(parent.stageIndex()) : null;
    }

    /**
     * The stage references of an instruction: {@code COPY --from} and {@code RUN --mount=from}, as written. BuildKit
     * resolves stages before it expands variables, and refuses a variable in {@code --from} ("variable expansion is
     * not supported for --from"), so a reference with a variable never names a stage.
     */
    private static List<String> references(Instruction instruction) {
        List<String> references = new ArrayList<>();
        if (instruction instanceof CopyInstruction) {
            instruction.flag("from").ifPresent(f -> references.add(f.valueOrEmpty()));
        } else if (instruction instanceof RunInstruction) {
            for (Mount mount : ((RunInstruction) instruction).mounts()) {
                mount.value("from").ifPresent(references::add);
            }
        }
        return references;
    }

    /**
     * A stage by name (case-insensitive) or by index, as BuildKit resolves {@code --from}: any other stage of the
     * file, wherever it is; empty for an image (or the reader itself, which BuildKit takes as an image name).
     */
    private static Optional<Stage> resolve(String reference, Stage reader, Map<String, Stage> byName,
                                           List<Stage> stages) {
        Stage named = byName.get(reference.toLowerCase(Locale.ROOT));
        if (named == null && reference.matches("\\d{1,9}")) {
            int index = Integer.parseInt(reference);
            named = index < stages.size() ? stages.get(index) : null;
        }
        return named == null || named == reader ? Optional.empty() : Optional.of(named);
    }

    /** The stage the build produces: the target, or the last stage. */
    public Optional<Stage> target() {
        return target;
    }

    public Shipping shipping(Stage stage) {
        return shipping[stage.index()];
    }

    /** Whether the stage's layers are layers of the image the build produces. */
    public boolean layersShip(Stage stage) {
        return shipping(stage) == Shipping.LAYERS;
    }

    /** The reads of a stage by other stages ({@code COPY --from=stage}, {@code RUN --mount=from=stage}). */
    public List<Use> usesOf(Stage source) {
        return uses.stream().filter(u -> u.source() == source).toList();
    }

    /** Every read of one stage by another, in file order. */
    public List<Use> uses() {
        return uses;
    }
}
