package dev.dlint.engine;

import java.util.List;

/** The metadata of one rule, read from its {@link RuleInfo} annotation. */
public record RuleMetadata(String name, String summary, Severity severity, Category category, List<String> aliases,
                           boolean fixable, boolean enabledByDefault, Precision precision) {

    public RuleMetadata {
        aliases = List.copyOf(aliases);
    }

    public static RuleMetadata of(Class<?> ruleClass) {
        RuleInfo info = ruleClass.getAnnotation(RuleInfo.class);
        if (info == null) {
            throw new IllegalArgumentException(ruleClass.getName() + " has no @RuleInfo");
        }
        return new RuleMetadata(ruleClass.getSimpleName(), info.summary(), info.severity(), info.category(),
                List.of(info.aliases()), info.fixable(), info.enabledByDefault(), info.precision());
    }

    /** Whether {@code id} names this rule, by name or alias (case-insensitive). */
    public boolean isNamed(String id) {
        if (name.equalsIgnoreCase(id)) {
            return true;
        }
        for (String alias : aliases) {
            if (alias.equalsIgnoreCase(id)) {
                return true;
            }
        }
        return false;
    }
}
