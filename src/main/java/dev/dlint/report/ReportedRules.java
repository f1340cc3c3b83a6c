package dev.dlint.report;

import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Category;
import dev.dlint.rule.Finding;
import dev.dlint.rule.ImageLocation;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleKind;
import dev.dlint.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules a report names, in catalogue order, with their positions in that list (SARIF's {@code ruleIndex}). A
 * finding whose rule is not in the catalogue gets a minimal description after the catalogue's rules, by name.
 */
final class ReportedRules {

    private final List<RuleMetadata> rules;
    private final Map<String, Integer> indexByName;

    private ReportedRules(List<RuleMetadata> rules) {
        this.rules = List.copyOf(rules);
        this.indexByName = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) {
            indexByName.put(rules.get(i).name(), i);
        }
    }

    /**
     * @param all               list every catalogue rule, whether it reported or not
     * @param includeSuppressed count suppressed findings as reported
     */
    static ReportedRules of(Report report, List<RuleMetadata> catalogue, boolean all, boolean includeSuppressed) {
        Set<String> used = new LinkedHashSet<>();
        Map<String, Finding> unknown = new TreeMap<>();
        Set<String> known = new LinkedHashSet<>();
        for (RuleMetadata rule : catalogue) {
            known.add(rule.name());
        }
        for (FileResult file : report.files()) {
            for (Finding finding : includeSuppressed ? file.findings() : file.reported()) {
                used.add(finding.rule());
                if (!known.contains(finding.rule())) {
                    unknown.putIfAbsent(finding.rule(), finding);
                }
            }
        }
        List<RuleMetadata> listed = new ArrayList<>();
        for (RuleMetadata rule : catalogue) {
            if (all || used.contains(rule.name())) {
                listed.add(rule);
            }
        }
        for (Finding finding : unknown.values()) {
            RuleKind kind = finding.location() instanceof ImageLocation ? RuleKind.IMAGE : RuleKind.DOCKERFILE;
            listed.add(new RuleMetadata(finding.rule(), kind, finding.rule(), finding.severity(), Category.CORRECTNESS,
                    List.of(), false, true, false, Precision.HIGH));
        }
        return new ReportedRules(listed);
    }

    List<RuleMetadata> list() {
        return rules;
    }

    int indexOf(String rule) {
        Integer index = indexByName.get(rule);
        if (index == null) {
            throw new IllegalArgumentException("rule not listed: " + rule);
        }
        return index;
    }

    RuleMetadata get(String rule) {
        return rules.get(indexOf(rule));
    }
}
