package dev.dlint.catalog;

import dev.dlint.rule.Rule;
import dev.dlint.rule.RuleCatalog;
import dev.dlint.rule.RuleMetadata;
import java.util.List;

/**
 * dlint's own rules, as the build's catalogue lists them ({@link GeneratedRules}, written by the annotation processor
 * from every {@code @RuleInfo} class). Nothing is loaded until a rule runs.
 */
public final class BuiltinRules implements RuleCatalog {

    private static final BuiltinRules INSTANCE = new BuiltinRules();

    private BuiltinRules() {
    }

    public static RuleCatalog catalog() {
        return INSTANCE;
    }

    @Override
    public List<RuleMetadata> rules() {
        return GeneratedRules.METADATA;
    }

    @Override
    public Rule create(RuleMetadata rule) {
        return GeneratedRules.create(rule.name());
    }
}
