package dev.dlint.rule;

import dev.dlint.text.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a rule sees while it checks one input: its options, and where to report. */
public class RuleContext {

    private final RuleMetadata rule;
    private final RuleOptions options;
    private final List<FindingBuilder> reported = new ArrayList<>();

    public RuleContext(RuleMetadata rule, RuleOptions options) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** The value of one of the rule's options (validated before the run). */
    public <T> T option(RuleOption<T> option) {
        return option.read(options.values());
    }

    /** The registries images may come from ({@code trusted-registries}); empty when not configured. */
    public List<String> trustedRegistries() {
        return options.trustedRegistries();
    }

    /** How the user's configuration names its settings, for messages that tell the user where to change one. */
    public SettingNames settingNames() {
        return options.settingNames();
    }

    public RuleMetadata rule() {
        return rule;
    }

    /** Reports a finding at {@code range}; the returned builder adds related locations, aliases and a fix. */
    public FindingBuilder report(SourceRange range, String message) {
        return report(new TextLocation(range), message);
    }

    /** Reports a finding about a container image. */
    public FindingBuilder report(Location location, String message) {
        FindingBuilder builder = new FindingBuilder(location, message);
        reported.add(builder);
        return builder;
    }

    /**
     * The findings reported so far, with the rule's name and default severity. A finding that was not narrowed with
     * {@link FindingBuilder#as} carries all of the rule's aliases, and, for a rule named after a BuildKit check, that
     * check's name too: BuildKit reports it under that name ({@link BuildKitChecks#reportedByBuildKit}).
     */
    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        for (FindingBuilder b : reported) {
            List<String> aliases = b.aliases != null ? b.aliases : allAliases();
            findings.add(new Finding(rule.name(), b.severity != null ? b.severity : rule.severity(), b.message, b.location, b.related,
                    Optional.ofNullable(b.fix), Optional.empty(), aliases));
        }
        return findings;
    }

    private List<String> allAliases() {
        if (!BuildKitChecks.isCheck(rule.name())) {
            return rule.aliases();
        }
        List<String> aliases = new ArrayList<>(rule.aliases());
        aliases.add(rule.name());
        return aliases;
    }

    /** Adds detail to a reported finding. */
    public final class FindingBuilder {
        private final Location location;
        private final String message;
        private final List<Related> related = new ArrayList<>();
        private Fix fix;
        private List<String> aliases;
        private Severity severity;

        private FindingBuilder(Location location, String message) {
            this.location = location;
            this.message = message;
        }

        public FindingBuilder related(SourceRange range, String message) {
            related.add(new Related(message, range));
            return this;
        }

        /** A related place in another file than the linted one (a line of the build's {@code .dockerignore}). */
        public FindingBuilder relatedIn(String file, SourceRange range, String message) {
            related.add(Related.inFile(file, range, message));
            return this;
        }

        /**
         * Narrows the finding's aliases to the codes of the case it is ({@code DL3007} for {@code :latest}); by default
         * a finding carries all of the rule's aliases. A rule named after a BuildKit check names the check too when
         * BuildKit reports the case ({@code as("DL4003", "MultipleInstructionsDisallowed")}); without it the finding is
         * a case only hadolint or dlint reports.
         */
        public FindingBuilder as(String... codes) {
            for (String code : codes) {
                boolean buildKitName = code.equals(rule.name()) && BuildKitChecks.isCheck(code);
                if (!rule.aliases().contains(code) && !buildKitName) {
                    throw new IllegalArgumentException(rule.name() + " has no alias " + code);
                }
            }
            this.aliases = List.of(codes);
            return this;
        }

        /**
         * Gives this finding its own default severity instead of the rule's, for a rule that relays another tool's
         * levels (ShellCheck's error, warning, info, style); a severity configured for the rule still overrides it.
         */
        public FindingBuilder severity(Severity own) {
            this.severity = own;
            return this;
        }

        /**
         * Names the finding by the code another tool gives the case, for a rule that relays that tool's diagnostics
         * (ShellCheck's {@code SC2086}): the finding carries the code as its alias, so configuration and pragmas that
         * name the code apply to it. Unlike {@link #as}, the code need not be declared on the rule, since the tool's
         * codes are its own.
         */
        public FindingBuilder code(String foreignCode) {
            this.aliases = List.of(foreignCode);
            return this;
        }

        public FindingBuilder fix(Fix newFix) {
            if (!rule.fixable()) {
                throw new IllegalStateException(rule.name() + " attaches a fix but is not Fixable");
            }
            this.fix = newFix;
            return this;
        }

        /** Attaches the fix when there is one. */
        public FindingBuilder fixIfPresent(Optional<Fix> maybe) {
            maybe.ifPresent(this::fix);
            return this;
        }

        /** A fix that provably keeps the build's behaviour (the image may only get smaller or the cache better). */
        public FindingBuilder safeFix(String description, List<TextEdit> edits) {
            return fix(Fix.safe(description, edits));
        }

        /** A fix that changes what the build does or cannot be proven not to; applied only on request. */
        public FindingBuilder unsafeFix(String description, List<TextEdit> edits) {
            return fix(Fix.unsafe(description, edits));
        }
    }
}
