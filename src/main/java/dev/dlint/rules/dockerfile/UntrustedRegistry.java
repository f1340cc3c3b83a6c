package dev.dlint.rules.dockerfile;

import dev.dlint.facts.ImageUses;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.ImageReference;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.List;
import java.util.Locale;

/**
 * When {@code trusted-registries} is configured: an image pulled from any other registry. Patterns are host names
 * ({@code docker.io}, {@code registry.corp.example:5000}), {@code *.suffix}, {@code prefix*} or {@code *}.
 */
@RuleInfo(summary = "An image comes from a registry that is not in trusted-registries", severity = Severity.ERROR,
        category = Category.SECURITY, aliases = {"DL3026"}, precision = Precision.VERY_HIGH)
public final class UntrustedRegistry implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        List<String> trusted = context.trustedRegistries();
        if (trusted.isEmpty()) {
            return;
        }
        for (ImageUses.ImageUse use : context.facts().imageUses()) {
            ImageReference ref = use.reference();
            String host = ref.registryHost().toLowerCase(Locale.ROOT);
            if (trusted.stream().noneMatch(pattern -> matches(pattern.toLowerCase(Locale.ROOT), host))) {
                context.report(ref.registry().map(ImageReference.Part::range).orElse(ref.repository().range()),
                        use.where() + " image '" + ref.text() + "' comes from " + host + ", which is not a trusted"
                                + " registry (" + String.join(", ", trusted) + "). Pull it through a trusted registry,"
                                + " or add the registry to " + context.settingNames().trustedRegistries() + ".");
            }
        }
    }

    static boolean matches(String pattern, String host) {
        boolean hub = host.equals("docker.io") || host.equals("index.docker.io") || host.equals("registry-1.docker.io");
        if (pattern.equals("*") || pattern.equals(host) || (hub && (pattern.equals("docker.io") || pattern.equals("hub.docker.com")))) {
            return true;
        }
        if (pattern.startsWith("*")) {
            return host.endsWith(pattern.substring(1));
        }
        return pattern.endsWith("*") && host.startsWith(pattern.substring(0, pattern.length() - 1));
    }
}
