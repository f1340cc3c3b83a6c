package dev.dlint.rule;

import java.util.List;

/**
 * The metadata of one rule, as the build's catalogue records it from the rule's {@link RuleInfo}.
 *
 * @param fixable true when the rule class is {@link Fixable}
 */
public record RuleMetadata(String name, RuleKind kind, String summary, Severity severity, Category category,
                           List<String> aliases, boolean fixable, boolean enabledByDefault, boolean onbuild,
                           Precision precision) {

    public RuleMetadata {
        aliases = List.copyOf(aliases);
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

    public boolean isImageRule() {
        return kind == RuleKind.IMAGE;
    }
}
