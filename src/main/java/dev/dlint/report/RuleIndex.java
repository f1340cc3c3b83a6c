package dev.dlint.report;

import dev.dlint.rule.KnownForeignChecks;
import dev.dlint.rule.RuleKind;
import dev.dlint.rule.RuleMetadata;
import java.util.List;

/**
 * The rule catalogue as Markdown: {@code rules/README.md}, and the table the project README shows between
 * {@code <!-- rules:start -->} and {@code <!-- rules:end -->}. Both are generated from the catalogue
 * ({@code dlint rules --format markdown}); a test keeps the files current.
 */
public final class RuleIndex {

    public static final String START_MARKER = "<!-- rules:start -->";
    public static final String END_MARKER = "<!-- rules:end -->";

    private RuleIndex() {
    }

    /** The whole of rules/README.md. */
    public static String document(List<RuleMetadata> rules) {
        return "# Rules\n\n"
                + "Every rule has an ID (its name), aliases (hadolint codes and BuildKit check names, accepted wherever a\n"
                + "rule name is), a default severity, a category, and a document with examples. `dlint rules` lists\n"
                + "them; `dlint explain RULE` prints a document. Silence a rule for one instruction with\n"
                + "`# dlint ignore=RULE` on the line above it, for the file with `# dlint global ignore=RULE`, or in\n"
                + "`.dlint.yaml`. This page is generated: `dlint rules --format markdown`.\n\n"
                + table(rules, RuleKind.DOCKERFILE, "")
                + "\nImage rules run on saved images (`dlint image PATH`); their findings carry a place in the image\n"
                + "(`layer 3 (RUN apt-get install …) /var/lib/apt/lists`) instead of a line.\n\n"
                + table(rules, RuleKind.IMAGE, "")
                + notChecked();
    }

    /** The checks of other tools that dlint accepts by name but cannot check statically, and why. */
    private static String notChecked() {
        StringBuilder out = new StringBuilder("\nChecks of other tools that dlint accepts by name (in `--ignore`, configuration and\n"
                + "`# check=skip=`) but does not implement:\n\n");
        for (KnownForeignChecks.Check check : KnownForeignChecks.all()) {
            out.append("- ").append(check.tool()).append(' ').append(check.name()).append(": not checked, because ")
                    .append(check.reason()).append(".\n");
        }
        return out.toString();
    }

    /** The tables for the project README, with links relative to the repository root. */
    public static String readmeTables(List<RuleMetadata> rules) {
        return "Dockerfile rules:\n\n" + table(rules, RuleKind.DOCKERFILE, "rules/")
                + "\nImage rules (`dlint image`):\n\n" + table(rules, RuleKind.IMAGE, "rules/");
    }

    private static String table(List<RuleMetadata> rules, RuleKind kind, String linkPrefix) {
        StringBuilder out = new StringBuilder("| rule | aliases | severity | category | fix | summary |\n"
                + "|---|---|---|---|---|---|\n");
        for (RuleMetadata rule : rules) {
            if (rule.kind() != kind) {
                continue;
            }
            out.append("| [").append(rule.name()).append("](").append(linkPrefix).append(rule.name()).append(".md) | ")
                    .append(String.join(", ", rule.aliases())).append(" | ").append(rule.severity().label())
                    .append(rule.enabledByDefault() ? "" : " (off by default)").append(" | ")
                    .append(rule.category().label()).append(" | ").append(rule.fixable() ? "yes" : "")
                    .append(" | ").append(rule.summary().replace("|", "\\|")).append(" |\n");
        }
        return out.toString();
    }
}
