package dev.dlint.rules.knowledge;

import dev.dlint.command.PackageOperation;
import dev.dlint.facts.CommandUse;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.facts.ImagePaths;
import dev.dlint.facts.LayerHistory;
import dev.dlint.facts.LayerWrite;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The package caches a RUN leaves in its layer, read from the layer model: a command that fills a cache (an install,
 * upgrade or index update) whose cache no option, variable or cache/tmpfs mount keeps out, and that no later command
 * of the same RUN deletes whole. Where the manager keeps its cache in one of several places (dnf 4 or 5, yarn 1 or
 * berry), keeping out or deleting one of them counts: the author has dealt with the cache of the version they run.
 * Caches a later RUN deletes are left out: that RUN cannot shrink the image, and SplitInstallCleanup reports it.
 */
public final class CacheLeaks {

    /**
     * A cache left in a layer.
     *
     * @param site      the RUN
     * @param command   the command that fills it
     * @param operation that command as a package-manager operation
     * @param writes    the cache directories it leaves (one per place the manager may keep it)
     */
    public record Leak(PackageRuns.Site site, CommandUse command, PackageOperation operation, List<LayerWrite> writes) {
        public Leak {
            Objects.requireNonNull(site, "site");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(operation, "operation");
            writes = List.copyOf(writes);
        }
    }

    private CacheLeaks() {
    }

    /**
     * The leaks of every RUN of the stages whose layers ship (and of their ONBUILD triggers when {@code onbuild}),
     * in file order.
     */
    public static List<Leak> of(DockerfileFacts facts, boolean onbuild) {
        List<Leak> leaks = new ArrayList<>();
        Optional<Stage> target = facts.stages().target();
        List<LayerHistory.Step> shipped = target.map(facts::layers).orElse(List.of());
        ShippedDeletions deletions = new ShippedDeletions(shipped);
        List<PackageRuns.Site> sites = PackageRuns.sites(facts, onbuild);
        for (PackageRuns.Site site : sites) {
            if (!facts.stages().layersShip(site.stage())) {
                continue;
            }
            Optional<LayerHistory.Step> step = facts.layer(site.run());
            List<LayerHistory.Deletion> later = site.trigger() ? laterTriggerDeletions(facts, sites, site)
                    : deletions.after(site.run());
            step.ifPresent(s -> leaks.addAll(leaks(site, s, later)));
        }
        return leaks;
    }

    /** The deletions of the ONBUILD RUN triggers after this one in its stage: they run after it, in the same build. */
    private static List<LayerHistory.Deletion> laterTriggerDeletions(DockerfileFacts facts, List<PackageRuns.Site> sites,
                                                                     PackageRuns.Site site) {
        List<LayerHistory.Deletion> later = new ArrayList<>();
        boolean after = false;
        for (PackageRuns.Site other : sites) {
            if (after && other.trigger() && other.stage() == site.stage()) {
                facts.layer(other.run()).ifPresent(s -> later.addAll(s.deletions()));
            }
            after |= other == site;
        }
        return later;
    }

    private static List<Leak> leaks(PackageRuns.Site site, LayerHistory.Step step, List<LayerHistory.Deletion> later) {
        List<Leak> leaks = new ArrayList<>();
        List<LayerHistory.CommandEffect> effects = step.commands();
        for (int i = 0; i < effects.size(); i++) {
            LayerHistory.CommandEffect effect = effects.get(i);
            Optional<PackageOperation> op = effect.use().packages();
            if (op.isEmpty() || op.get().fills().isEmpty()) {
                continue;
            }
            List<LayerWrite> caches = effect.writes().stream().filter(w -> w.kind() == LayerWrite.Kind.PACKAGE_CACHE)
                    .toList();
            if (caches.size() < op.get().fills().size()) {
                continue; // a variable, or a mount over one of its places, keeps the cache out
            }
            List<LayerHistory.Deletion> after = new ArrayList<>();
            effects.subList(i + 1, effects.size()).forEach(e -> after.addAll(e.deletions()));
            boolean deleted = caches.stream().anyMatch(w -> after.stream().anyMatch(d -> ImagePaths.covers(d.path(), w.path()))
                    || later.stream().anyMatch(d -> w.touchedBy(d.path())));
            if (!deleted) {
                leaks.add(new Leak(site, effect.use(), op.get(), caches));
            }
        }
        return leaks;
    }

    /** The deletions of the shipped layers in order, to list those after a RUN without walking every layer again. */
    private static final class ShippedDeletions {

        private final List<LayerHistory.Deletion> deletions = new ArrayList<>();
        /** For each deletion, the position of its step among the shipped steps. */
        private final List<Integer> stepOfDeletion = new ArrayList<>();
        private final Map<Instruction, Integer> positions = new IdentityHashMap<>();

        ShippedDeletions(List<LayerHistory.Step> shipped) {
            for (int i = 0; i < shipped.size(); i++) {
                LayerHistory.Step step = shipped.get(i);
                positions.putIfAbsent(step.instruction(), i);
                for (LayerHistory.Deletion deletion : step.deletions()) {
                    deletions.add(deletion);
                    stepOfDeletion.add(i);
                }
            }
        }

        /** The deletions of the shipped layers after the first one {@code run} made (all of them when it made none). */
        List<LayerHistory.Deletion> after(Instruction run) {
            Integer position = positions.get(run);
            if (position == null) {
                return List.of();
            }
            int low = 0;
            int high = stepOfDeletion.size();
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (stepOfDeletion.get(middle) <= position) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return Collections.unmodifiableList(deletions.subList(low, deletions.size()));
        }
    }
}
