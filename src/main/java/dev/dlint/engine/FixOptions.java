package dev.dlint.engine;

import dev.dlint.rule.Finding;
import java.util.Set;

/**
 * Which fixes {@code dlint fix} applies.
 *
 * @param unsafe  also apply fixes that may change what the build does ({@code --unsafe-fixes})
 * @param select  only these rules fix (names as the catalogue spells them); empty means every rule
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
        return (select.isEmpty() || select.contains(finding.rule())) && !ignore.contains(finding.rule());
    }

    /** Whether the finding's fix is to be applied: it has one, its rule may fix, and its safety is accepted. */
    public boolean applies(Finding finding) {
        return finding.fix().isPresent() && !finding.isSuppressed() && fixes(finding)
                && (unsafe || finding.fix().get().safe());
    }
}
