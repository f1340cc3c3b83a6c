package dev.dlint.rules.dockerfile;

import dev.dlint.facts.CommandUse;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.facts.ImagePaths;
import dev.dlint.facts.LayerHistory;
import dev.dlint.facts.LayerWrite;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.RunLeftovers;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sources a RUN unpacks or clones into {@code /usr/src/…}, builds there ({@code make}, {@code ./configure},
 * {@code cmake}, …) and leaves behind: the tree, with its object files, stays in the layer after {@code make install}
 * copied what the image needs. Judged only in the stages whose layers ship; a tree a later RUN deletes is
 * SplitInstallCleanup's finding, and a tree a later instruction names (a WORKDIR, a second build) is kept on purpose.
 * Henkel et al. (ICSE 2020), {@code mkdirUsrSrcThenRemove}.
 */
@RuleInfo(summary = "A source tree built in /usr/src stays in the layer", severity = Severity.WARNING,
        category = Category.SIZE)
public final class SourceTreeLeftInUsrSrc implements DockerfileRule {

    private static final Set<LayerWrite.Kind> TREES = Set.of(LayerWrite.Kind.UNPACKED, LayerWrite.Kind.CLONE,
            LayerWrite.Kind.BUILD_TREE);
    private static final Set<String> BUILDERS = Set.of("make", "gmake", "cmake", "ninja", "meson", "scons", "bazel");

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        DockerfileFacts facts = context.facts();
        for (RunLeftovers.ShippedRun run : RunLeftovers.of(facts)) {
            Set<String> reported = new HashSet<>();
            for (LayerWrite write : run.step().writes()) {
                if (!TREES.contains(write.kind()) || !write.path().startsWith("/usr/src/")
                        || reported.contains(write.path())) {
                    continue;
                }
                Optional<LayerHistory.CommandEffect> build = build(run, write.path());
                if (build.isEmpty() || run.deletedLater(write.path()) || workdirWithin(run, write.path())
                        || RunLeftovers.namedLater(facts, run, write.path())) {
                    continue;
                }
                reported.add(write.path());
                CommandUse builder = build.get().use();
                context.report(write.range(), "The sources in `" + write.path() + "` are built by `"
                        + builder.command().summary(30) + "` on line " + builder.range().startLine() + " and then stay"
                        + " in this RUN's layer with their object files: remove the tree at the end of the RUN, after"
                        + " the install (`cd / && rm -rf " + write.path() + "`).")
                        .related(builder.range(), "built here; the RUN does not remove the tree after");
            }
        }
    }

    /** The first build command the RUN runs inside the tree (or points at it with {@code -C}). */
    private static Optional<LayerHistory.CommandEffect> build(RunLeftovers.ShippedRun run, String tree) {
        for (LayerHistory.CommandEffect effect : run.effects()) {
            CommandUse use = effect.use();
            String name = use.command().name().orElse("");
            boolean builder = BUILDERS.contains(name) || name.endsWith("/configure") || name.endsWith("/autogen.sh");
            if (!builder) {
                continue;
            }
            boolean inside = ImagePaths.isWithin(effect.cwd(), tree);
            List<String> args = use.command().arguments();
            for (int k = 0; k + 1 < args.size(); k++) {
                if (args.get(k).equals("-C")) {
                    inside |= effect.resolve(args.get(k + 1)).map(p -> ImagePaths.isWithin(p, tree)).orElse(false);
                }
            }
            if (inside) {
                return Optional.of(effect);
            }
        }
        return Optional.empty();
    }

    /** Whether the stage works in the tree (WORKDIR at or below it): the application lives there. */
    private static boolean workdirWithin(RunLeftovers.ShippedRun run, String tree) {
        return ImagePaths.isWithin(run.step().workdir(), tree);
    }
}
