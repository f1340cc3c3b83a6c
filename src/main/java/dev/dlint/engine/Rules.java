package dev.dlint.engine;

import dev.dlint.rules.dockerfile.CacheBustingArg;
import dev.dlint.rules.dockerfile.CacheBustingCopy;
import dev.dlint.rules.dockerfile.ChownAfterCopy;
import dev.dlint.rules.dockerfile.MissingMultiStageBuild;
import dev.dlint.rules.dockerfile.MutableBaseImageTag;
import dev.dlint.rules.dockerfile.NoEmptyContinuation;
import dev.dlint.rules.dockerfile.SplitInstallCleanup;
import dev.dlint.rules.dockerfile.SyntaxError;
import dev.dlint.rules.dockerfile.UnpinnedBaseImage;
import dev.dlint.rules.dockerfile.UntrustedRegistry;
import dev.dlint.rules.image.DuplicateFileAcrossLayers;
import dev.dlint.rules.image.PackageCacheInImage;
import dev.dlint.rules.image.RootUserImage;
import dev.dlint.rules.image.SecretInLowerLayer;
import dev.dlint.rules.image.WastedBytes;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue: every rule dlint has, in the order they are listed and run. This is the one place rules are
 * registered. It holds two kinds: Dockerfile rules, and image rules, which are only named here (as classes) and
 * created by {@link #imageRules()}, so that linting a Dockerfile never loads the image analyzer.
 */
public final class Rules {

    /** The image rules, in catalogue order. */
    private static final List<Class<? extends ImageRule>> IMAGE_RULES = List.of(
            WastedBytes.class,
            PackageCacheInImage.class,
            SecretInLowerLayer.class,
            RootUserImage.class,
            DuplicateFileAcrossLayers.class);

    private final List<DockerfileRule> dockerfileRules;
    private final List<Class<? extends ImageRule>> imageRuleClasses;
    private final List<RuleMetadata> metadata;

    private Rules(List<DockerfileRule> dockerfileRules, List<Class<? extends ImageRule>> imageRuleClasses) {
        this.dockerfileRules = List.copyOf(dockerfileRules);
        this.imageRuleClasses = List.copyOf(imageRuleClasses);
        List<RuleMetadata> all = new ArrayList<>();
        for (DockerfileRule rule : dockerfileRules) {
            all.add(RuleMetadata.of(rule.getClass()));
        }
        for (Class<? extends ImageRule> rule : imageRuleClasses) {
            all.add(RuleMetadata.of(rule));
        }
        this.metadata = List.copyOf(all);
    }

    public static Rules all() {
        return new Rules(List.of(
                new SyntaxError(),
                new NoEmptyContinuation(),
                new CacheBustingCopy(),
                new CacheBustingArg(),
                new UnpinnedBaseImage(),
                new MutableBaseImageTag(),
                new UntrustedRegistry(),
                new SplitInstallCleanup(),
                new ChownAfterCopy(),
                new MissingMultiStageBuild()),
                IMAGE_RULES);
    }

    /** Whether {@code name} is an image rule (reports tag its findings as being about an image). */
    public static boolean isImageRule(String name) {
        return IMAGE_RULES.stream().anyMatch(rule -> rule.getSimpleName().equals(name));
    }

    public List<DockerfileRule> dockerfileRules() {
        return dockerfileRules;
    }

    public List<RuleMetadata> metadata() {
        return metadata;
    }

    /** The metadata of the Dockerfile rules, in catalogue order. */
    public List<RuleMetadata> dockerfileMetadata() {
        return metadata.subList(0, dockerfileRules.size());
    }

    /** The metadata of the image rules, in catalogue order. */
    public List<RuleMetadata> imageMetadata() {
        return metadata.subList(dockerfileRules.size(), metadata.size());
    }

    /** New instances of the image rules, in catalogue order (the rules are stateless). */
    public List<ImageRule> imageRules() {
        List<ImageRule> rules = new ArrayList<>();
        for (Class<? extends ImageRule> rule : imageRuleClasses) {
            try {
                rules.add(rule.getConstructor().newInstance());
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException
                     | NoSuchMethodException e) {
                throw new IllegalStateException("cannot create image rule " + rule.getName(), e);
            }
        }
        return rules;
    }

    /** The metadata of a registered image rule instance. */
    public RuleMetadata metadata(ImageRule rule) {
        return imageMetadata().get(imageRuleClasses.indexOf(rule.getClass()));
    }

    /** The metadata of a registered rule instance. */
    public RuleMetadata metadata(DockerfileRule rule) {
        return metadata.get(dockerfileRules.indexOf(rule));
    }

    /** The rule named {@code id} by name or alias. */
    public Optional<RuleMetadata> find(String id) {
        return metadata.stream().filter(m -> m.isNamed(id)).findFirst();
    }
}
