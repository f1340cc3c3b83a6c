package dev.dlint.rule;

import dev.dlint.syntax.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names users give rules wherever they name one (command line, configuration, pragmas, {@code explain}): a
 * dlint rule name, one of its aliases (a hadolint code, a BuildKit check name), a ShellCheck code, or a check dlint
 * knows but does not implement. A name selects findings: a rule's name all of its findings, an alias only the
 * findings of the case that carries it ({@code DL3007}: the {@code :latest} tags of UnpinnedBaseImage).
 */
public final class RuleNames {

    /** A code in hadolint's style: two letters and digits. Such a code is never "corrected" to another one. */
    private static final Pattern CODE = Pattern.compile("(?i)(DL|SC)\\d+");
    private static final Pattern SHELLCHECK_CODE = Pattern.compile("(?i)SC\\d{4}");

    /** The rule that relays ShellCheck's diagnostics, each carrying its SC code. */
    public static final String SHELLCHECK_RULE = "ShellCheck";

    /**
     * A name, resolved.
     *
     * @param id   how configuration and pragmas keep it: the rule's name, the alias as the rule declares it, the SC
     *             code in upper case, or the foreign check's name
     * @param rule the rule whose findings it selects; empty for a check dlint does not implement
     * @param skip for a check dlint does not implement, the note that says so
     */
    public record Name(String id, Optional<RuleMetadata> rule, Optional<KnownForeignChecks.Check> skip) {

        /** Whether it names a whole rule rather than some of its findings. */
        public boolean wholeRule() {
            return rule.isPresent() && rule.get().name().equals(id);
        }

        /** Whether it selects this finding: the rule's name, or an alias the finding carries. */
        public boolean selects(Finding finding) {
            return rule.isPresent() && (wholeRule() ? finding.rule().equals(id) : finding.aliases().stream()
                    .anyMatch(id::equalsIgnoreCase));
        }
    }

    private final RuleCatalog catalog;

    public RuleNames(RuleCatalog catalog) {
        this.catalog = catalog;
    }

    /** Whether {@code id} selects {@code finding}: the rule's name or one of the finding's aliases (any case). */
    public static boolean selects(String id, Finding finding) {
        return finding.rule().equals(id) || finding.aliases().stream().anyMatch(id::equalsIgnoreCase);
    }

    /**
     * Resolves one name (case-insensitive, surrounding spaces ignored).
     *
     * @throws IllegalArgumentException for a name that is nobody's, with a suggestion only when one is close in name
     */
    public Name resolve(String text) {
        return find(text).orElseThrow(() -> new IllegalArgumentException(unknown(text.strip())));
    }

    /** The name resolved, or empty when it is nobody's. */
    public Optional<Name> find(String text) {
        String id = text.strip();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Optional<RuleMetadata> rule = catalog.find(id);
        if (rule.isPresent()) {
            RuleMetadata meta = rule.get();
            String canonical = meta.name().equalsIgnoreCase(id) ? meta.name()
                    : meta.aliases().stream().filter(id::equalsIgnoreCase).findFirst().orElse(meta.name());
            return Optional.of(new Name(canonical, rule, Optional.empty()));
        }
        if (SHELLCHECK_CODE.matcher(id).matches()) {
            Optional<RuleMetadata> shellCheck = catalog.named(SHELLCHECK_RULE);
            if (shellCheck.isPresent()) {
                return Optional.of(new Name(id.toUpperCase(Locale.ROOT), shellCheck, Optional.empty()));
            }
        }
        return KnownForeignChecks.find(id).map(check -> new Name(check.name(), Optional.empty(), Optional.of(check)));
    }

    /**
     * Resolves a list as users write it: names separated by commas, in one or several arguments.
     *
     * @throws IllegalArgumentException for the first name that is nobody's
     */
    public List<Name> resolveAll(List<String> texts) {
        List<Name> names = new ArrayList<>();
        for (String text : texts) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    names.add(resolve(part));
                }
            }
        }
        return names;
    }

    /**
     * The message for a name that is nobody's. A hadolint-style code is never answered with another code (DL3008 and
     * DL3006 are different checks however close their digits); other names get the closest rule or check name.
     */
    public String unknown(String id) {
        String message = "unknown rule '" + id + "'";
        if (CODE.matcher(id).matches()) {
            return message + (id.toUpperCase(Locale.ROOT).startsWith("DL")
                    ? " (no hadolint check has this code; see 'dlint rules')" : " (see 'dlint rules')");
        }
        Set<String> names = new LinkedHashSet<>();
        for (RuleMetadata m : catalog.rules()) {
            names.add(m.name());
            m.aliases().stream().filter(a -> !CODE.matcher(a).matches()).forEach(names::add);
        }
        names.addAll(BuildKitChecks.NAMES);
        return message + Suggestions.closest(id, names).map(s -> " (did you mean " + s + "?)")
                .orElse(" (see 'dlint rules')");
    }
}
