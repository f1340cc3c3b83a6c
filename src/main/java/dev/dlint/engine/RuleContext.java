package dev.dlint.engine;

import dev.dlint.model.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a rule sees while it checks one file: its options, and where to report. */
public final class RuleContext {

    private final RuleMetadata rule;
    private final RuleOptions options;
    private final List<FindingBuilder> reported = new ArrayList<>();

    public RuleContext(RuleMetadata rule, RuleOptions options) {
        this.rule = rule;
        this.options = options;
    }

    public RuleOptions options() {
        return options;
    }

    public RuleMetadata rule() {
        return rule;
    }

    /** Reports a finding at {@code range}; the returned builder adds related locations and a fix. */
    public FindingBuilder report(SourceRange range, String message) {
        FindingBuilder builder = new FindingBuilder(range, message);
        reported.add(builder);
        return builder;
    }

    /** The findings reported so far, with the rule's name and default severity. */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (FindingBuilder b : reported) {
            findings.add(new Finding(rule.name(), rule.severity(), b.message, b.range, b.related,
                    Optional.ofNullable(b.fix), Optional.empty(), Optional.empty()));
        }
        return findings;
    }

    /** Adds detail to a reported finding. */
    public static final class FindingBuilder {
        private final SourceRange range;
        private final String message;
        private final List<Related> related = new ArrayList<>();
        private Fix fix;

        private FindingBuilder(SourceRange range, String message) {
            this.range = range;
            this.message = message;
        }

        public FindingBuilder related(SourceRange range, String message) {
            related.add(new Related(message, range));
            return this;
        }

        public FindingBuilder fix(String description, List<TextEdit> edits) {
            this.fix = new Fix(description, edits);
            return this;
        }
    }
}
