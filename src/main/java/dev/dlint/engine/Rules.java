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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The catalogue: every rule dlint has, in the order they are listed and run. This is the one place rules are registered. */
public final class Rules {

    private final List<DockerfileRule> dockerfileRules;
    private final List<RuleMetadata> metadata;

    private Rules(List<DockerfileRule> dockerfileRules) {
        this.dockerfileRules = List.copyOf(dockerfileRules);
        List<RuleMetadata> all = new ArrayList<>();
        for (DockerfileRule rule : dockerfileRules) {
            all.add(RuleMetadata.of(rule.getClass()));
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
                new MissingMultiStageBuild()));
    }

    public List<DockerfileRule> dockerfileRules() {
        return dockerfileRules;
    }

    public List<RuleMetadata> metadata() {
        return metadata;
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
