package dev.dlint.engine;

import dev.dlint.model.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a rule sees while it checks one file: its options, and where to report. */
public final class RuleContext {

    /** The range of findings about an image: the start of the archive. */
    private static final SourceRange IMAGE_RANGE = new SourceRange(1, 1, 1, 1);

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

    /**
     * Reports a finding about a container image at a logical location ({@code layer 3 (RUN …) /var/cache/apt}).
     * Such findings have no text range: their range is 1:1-1:1 of the image archive.
     */
    public FindingBuilder report(String logicalLocation, String message) {
        FindingBuilder builder = new FindingBuilder(IMAGE_RANGE, message);
        builder.logicalLocation = logicalLocation;
        reported.add(builder);
        return builder;
    }

    /** The findings reported so far, with the rule's name and default severity. */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (FindingBuilder b : reported) {
            findings.add(new Finding(rule.name(), rule.severity(), b.message, b.range, b.related,
                    Optional.ofNullable(b.fix), Optional.empty(), Optional.ofNullable(b.logicalLocation)));
        }
        return findings;
    }

    /** Adds detail to a reported finding. */
    public static final class FindingBuilder {
        private final SourceRange range;
        private final String message;
        private final List<Related> related = new ArrayList<>();
        private Fix fix;
        private String logicalLocation;

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
