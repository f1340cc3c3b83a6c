package dev.dlint.engine;

import dev.dlint.rule.Finding;
import dev.dlint.rule.RuleNames;
import java.util.Set;

/**
 * Which fixes {@code dlint fix} applies.
 *
 * @param unsafe  also apply fixes that may change what the build does ({@code --unsafe-fixes})
 * @param select  only these rules fix (names or aliases as {@link RuleNames} keeps them; an alias selects its
 *                case); empty means every rule
 * @param ignore  these rules never fix
 */
public record FixOptions(boolean unsafe, Set<String> select, Set<String> ignore) {

    public FixOptions {
        select = Set.copyOf(select);
        ignore = Set.copyOf(ignore);
    }

    /** Safe fixes of every rule. */
    public static FixOptions safeOnly() {
        return new FixOptions(false, Set.of(), Set.of());
    }

    /** Whether the finding's rule may fix (whatever the fix's safety). */
    public boolean fixes(Finding finding) {
        return (select.isEmpty() || select.stream().anyMatch(id -> RuleNames.selects(id, finding)))
                && ignore.stream().noneMatch(id -> RuleNames.selects(id, finding));
    }

    /** Whether the finding's fix is to be applied: it has one, its rule may fix, and its safety is accepted. */
    public boolean applies(Finding finding) {
        return finding.fix().isPresent() && !finding.isSuppressed() && fixes(finding)
                && (unsafe || finding.fix().get().safe());
    }
}
