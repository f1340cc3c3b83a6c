package dev.dlint.rules.image;

import dev.dlint.image.analysis.ImageAnalysis;
import dev.dlint.image.analysis.SecretFact;
import dev.dlint.image.analysis.WastedFile;
import dev.dlint.rule.Category;
import dev.dlint.rule.ImageContext;
import dev.dlint.rule.ImageLocation;
import dev.dlint.rule.ImageRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.RuleOption;
import dev.dlint.rule.Severity;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.OptionalInt;

/**
 * Secret-looking files stored in any layer: private keys, keystores, {@code .env} files, cloud, registry and other
 * credential files, {@code .npmrc}/{@code .pypirc}/{@code .yarnrc} with a token or password, and {@code .git}
 * directories. A later layer that deletes them only hides them: the layer that stored them still ships. Only the
 * path is reported, never the content.
 */
@RuleInfo(summary = "A secret (key, .env, credentials, token, .git) is stored in a layer, even if a later layer deleted it",
        severity = Severity.ERROR, category = Category.SECURITY)
public final class SecretInLowerLayer implements ImageRule {

    static final RuleOption<List<PathMatcher>> ALLOW_PATHS = ImageRuleOptions.globs("allow-paths",
            "paths (globs such as etc/ssl/private/**) whose secrets are expected and not reported");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(ALLOW_PATHS);
    }

    @Override
    public void check(ImageAnalysis image, ImageContext context) {
        List<PathMatcher> allowed = context.option(ALLOW_PATHS);
        for (SecretFact secret : image.secrets()) {
            if (isAllowed(allowed, secret.path())) {
                continue;
            }
            String path = "`" + ImageText.absolute(secret.path()) + "` (" + kind(secret) + ")";
            String stored = ImageText.layer(image, context, secret.layer());
            String fix = " Keep it out of the build context (.dockerignore), pass build secrets with RUN"
                    + " --mount=type=secret, and rotate it if the image was ever pushed.";
            String message;
            if (secret.visibleInFinalFs()) {
                message = path + " is in the final filesystem, stored by " + stored + ": anyone who can pull the"
                        + " image can read it." + fix;
            } else {
                message = path + " is stored in " + stored + ". " + hiding(image, context, secret)
                        + ", but that does not remove it"
                        + " from the image: anyone who can pull the image can extract it from layer "
                        + secret.layer() + "." + fix;
            }
            ImageLocation location = ImageText.location(image, secret.layer(), secret.path());
            OptionalInt hider = hidingLayer(image, secret);
            context.report(hider.isPresent() ? location.withOther(hider.getAsInt(), "hides %s, but does not remove it from the image")
                    : location, message);
        }
    }

    /** The layer that hid the secret's bytes, when a later layer did. */
    private static OptionalInt hidingLayer(ImageAnalysis image, SecretFact secret) {
        String below = secret.path() + "/";
        for (WastedFile f : image.waste().files()) {
            if (f.layer() == secret.layer() && (f.path().equals(secret.path()) || f.path().startsWith(below))) {
                return OptionalInt.of(f.hiddenByLayer());
            }
        }
        return OptionalInt.empty();
    }

    private static boolean isAllowed(List<PathMatcher> allowed, String path) {
        if (allowed.isEmpty()) {
            return false;
        }
        Path p;
        try {
            p = Path.of(path);
        } catch (InvalidPathException e) {
            return false;
        }
        return allowed.stream().anyMatch(m -> m.matches(p));
    }

    /**
     * What a later layer did to this copy, as a sentence without the final period: {@code Layer 2 (RUN …) deletes
     * it}, {@code … overwrites it}, or, for a chmod/chown, {@code … copies it again to change its mode or owner
     * (a copy-up; the copy in layer 0 stays)}.
     */
    private static String hiding(ImageAnalysis image, ImageContext context, SecretFact secret) {
        String below = secret.path() + "/";
        for (WastedFile f : image.waste().files()) {
            if (f.layer() == secret.layer() && (f.path().equals(secret.path()) || f.path().startsWith(below))) {
                String hider = ImageText.sentence(ImageText.layer(image, context, f.hiddenByLayer()));
                switch (f.kind()) {
                    case OVERWRITTEN:
                        return hider + " overwrites it";
                    case METADATA_ONLY_COPY:
                        return hider + " copies it again only to change its mode or owner (a copy-up: the new copy"
                                + " hides the one in layer " + secret.layer() + ")";
                    case IDENTICAL_READD:
                        return hider + " writes it again unchanged";
                    default:
                        return hider + " deletes it";
                }
            }
        }
        return "A later layer hides it";
    }

    private static String kind(SecretFact secret) {
        switch (secret.kind()) {
            case PRIVATE_KEY:
                return "a private key";
            case KEYSTORE:
                return "a keystore";
            case ENV_FILE:
                return "a .env file";
            case CLOUD_CREDENTIALS:
                return "cloud credentials";
            case REGISTRY_CREDENTIALS:
                return "registry or cluster credentials";
            case PACKAGE_REGISTRY_TOKEN:
                return "a package-registry config with a token or password";
            case GIT_DIRECTORY:
                return "a Git directory: history, and possibly credentials in its config";
            default:
                return "a credentials file";
        }
    }
}
