package dev.dlint.rules.image;

import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.PackageCache;
import dev.dlint.rule.Category;
import dev.dlint.rule.ImageContext;
import dev.dlint.rule.ImageLocation;
import dev.dlint.rule.ImageRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.RuleOption;
import dev.dlint.rule.Severity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Package-manager caches in the final filesystem: apt lists and downloaded packages, apk, yum and dnf caches, and the
 * pip, npm and yarn caches. They are only needed while installing.
 */
@RuleInfo(summary = "Package-manager caches (apt lists, apk/yum/dnf, pip/npm/yarn caches) are left in the image",
        severity = Severity.WARNING, category = Category.SIZE)
public final class PackageCacheInImage implements ImageRule {

    static final RuleOption<Long> THRESHOLD = ImageRuleOptions.threshold("10kB");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(THRESHOLD);
    }

    @Override
    public void check(ImageAnalysis image, ImageContext context) {
        long threshold = context.option(THRESHOLD);
        for (PackageCache cache : image.packageCaches()) {
            if (cache.bytes() < threshold) {
                continue;
            }
            List<Integer> layers = cache.layers();
            int last = layers.get(layers.size() - 1);
            String writers = layers.size() == 1 ? ImageText.layer(image, context, last)
                    : "layers " + layers.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " (last: " + ImageText.layer(image, context, last) + ")";
            ImageLocation location = ImageText.location(image, last, cache.directory());
            for (int other : layers.subList(0, layers.size() - 1)) {
                location = location.withOther(other, "also writes to the cache %s");
            }
            context.report(location, "The image keeps " + describe(cache)
                    + " in `" + ImageText.absolute(cache.directory()) + "` (" + ImageText.files(cache.files()) + ", "
                    + ImageText.size(cache.bytes()) + ", written by " + writers + "). " + fix(cache)
                    + " Deleting the cache in a later RUN does not help: the bytes stay in the layer that wrote them.");
        }
    }

    private static String describe(PackageCache cache) {
        String dir = cache.directory();
        switch (cache.manager()) {
            case "apt":
                if (dir.equals("var/lib/apt/lists")) {
                    return "apt package lists";
                }
                return dir.endsWith("archives") ? "downloaded .deb packages" : "apt's package cache (*.bin)";
            case "pip":
                return "pip's download cache";
            case "npm":
                return "npm's cache";
            case "yarn":
                return "yarn's cache";
            default:
                return cache.manager() + "'s package cache";
        }
    }

    private static String fix(PackageCache cache) {
        switch (cache.manager()) {
            case "apt":
                if (cache.directory().equals("var/lib/apt/lists")) {
                    return "End the RUN that runs apt-get update with `&& rm -rf /var/lib/apt/lists/*`, or mount"
                            + " them: RUN --mount=type=cache,target=/var/lib/apt/lists.";
                }
                return "Run `apt-get clean` at the end of the RUN that installs packages, or mount the cache: RUN"
                        + " --mount=type=cache,target=/var/cache/apt.";
            case "apk":
                return "Install with `apk add --no-cache`.";
            case "yum":
                return "End the RUN that installs packages with `&& yum clean all && rm -rf /var/cache/yum`.";
            case "dnf":
                return "End the RUN that installs packages with `&& dnf clean all`.";
            case "pip":
                return "Install with `pip install --no-cache-dir` (or ENV PIP_NO_CACHE_DIR=1), or mount the cache:"
                        + " RUN --mount=type=cache,target=/root/.cache/pip.";
            case "npm":
                return "Run `npm cache clean --force` in the same RUN as the install, or mount the cache: RUN"
                        + " --mount=type=cache,target=/root/.npm.";
            case "yarn":
                return "Run `yarn cache clean` in the same RUN as the install, or mount the cache directory with"
                        + " RUN --mount=type=cache.";
            default:
                return "Clean the cache in the RUN that fills it, or keep it out of the layer with RUN"
                        + " --mount=type=cache,target=/" + cache.directory() + ".";
        }
    }
}
