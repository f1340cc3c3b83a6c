package dev.dlint.report;

import dev.dlint.rule.RuleMetadata;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reporters need besides the report: the tool's version, the rule catalogue and its documents, and the
 * settings of formats that have some. Immutable; built once per run by the command line.
 *
 * @param toolVersion       dlint's version, e.g. {@code 0.4.0}
 * @param rules             every rule, in catalogue order
 * @param ruleDocs          the rules' documents
 * @param sarifCategory     the SARIF {@code automationDetails.id}: a category ending in {@code /}
 * @param sarifAllRules     list every catalogue rule in SARIF, not just those that reported
 * @param includeSuppressed also write findings silenced by a pragma or the configuration (SARIF only, with
 *                          {@code suppressions})
 * @param startTime         when the run started; present only when timestamps were asked for
 * @param stepSummary       the GitHub Actions job summary file ({@code $GITHUB_STEP_SUMMARY}), when set
 */
public record ReportContext(String toolVersion, List<RuleMetadata> rules, RuleDocs ruleDocs, String sarifCategory,
                            boolean sarifAllRules, boolean includeSuppressed, Optional<Instant> startTime,
                            Optional<Path> stepSummary) {

    /** The SARIF category used when none is given. */
    public static final String DEFAULT_SARIF_CATEGORY = "dlint/";

    public ReportContext {
        Objects.requireNonNull(toolVersion, "toolVersion");
        rules = List.copyOf(rules);
        Objects.requireNonNull(ruleDocs, "ruleDocs");
        sarifCategory = normalizeCategory(sarifCategory);
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(stepSummary, "stepSummary");
    }

    /** A context with default settings: packaged rule documents, category {@code dlint/}, no timestamps. */
    public static ReportContext of(String toolVersion, List<RuleMetadata> rules) {
        return new ReportContext(toolVersion, rules, RuleDocs.packaged(), DEFAULT_SARIF_CATEGORY, false, false,
                Optional.empty(), Optional.empty());
    }

    /** This context with other rule documents. */
    public ReportContext withRuleDocs(RuleDocs docs) {
        return new ReportContext(toolVersion, rules, docs, sarifCategory, sarifAllRules, includeSuppressed, startTime,
                stepSummary);
    }

    /** This context with the SARIF settings: the category, whether to list all rules, whether to include suppressed. */
    public ReportContext withSarif(String category, boolean allRules, boolean suppressed) {
        return new ReportContext(toolVersion, rules, ruleDocs, category, allRules, suppressed, startTime, stepSummary);
    }

    /** This context with a start time, which makes SARIF carry timestamps; empty for none. */
    public ReportContext withStartTime(Optional<Instant> start) {
        return new ReportContext(toolVersion, rules, ruleDocs, sarifCategory, sarifAllRules, includeSuppressed, start,
                stepSummary);
    }

    /** This context with the GitHub Actions job summary file to append to; empty for none. */
    public ReportContext withStepSummary(Optional<Path> summary) {
        return new ReportContext(toolVersion, rules, ruleDocs, sarifCategory, sarifAllRules, includeSuppressed,
                startTime, summary);
    }

    /**
     * A category as SARIF's {@code automationDetails.id} wants it: GitHub takes everything before the last
     * {@code /} as the category, so a missing final slash is added ({@code dlint} becomes {@code dlint/}).
     */
    public static String normalizeCategory(String category) {
        String c = category == null ? "" : category.strip();
        if (c.isEmpty()) {
            return DEFAULT_SARIF_CATEGORY;
        }
        return c.endsWith("/") ? c : c + "/";
    }
}
