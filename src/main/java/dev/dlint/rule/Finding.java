package dev.dlint.rule;

import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One problem found in one input.
 *
 * @param rule        the rule's name (its ID), e.g. {@code UnpinnedBaseImage}
 * @param severity    the effective severity after configuration
 * @param message     what is wrong, concretely, and how to fix it
 * @param location    the narrowest range that shows the problem, or the place in an image
 * @param related     other places involved, each with its own message
 * @param fix         an automatic fix, when the rule can make one
 * @param suppression set when an inline pragma or configuration silenced the finding
 * @param aliases     the other names of the case this finding is: the hadolint code or BuildKit check name
 *                    ({@code DL3007} for a {@code :latest} tag, {@code DL3006} for a missing one); configuration by
 *                    alias applies to the findings that carry it
 */
public record Finding(String rule, Severity severity, String message, Location location, List<Related> related,
                      Optional<Fix> fix, Optional<Suppression> suppression, List<String> aliases) {

    /** The rule that reports what BuildKit refuses to parse; reports treat its findings as build failures. */
    public static final String SYNTAX_ERROR = "SyntaxError";

    public Finding {
        Objects.requireNonNull(location, "location");
        related = List.copyOf(related);
        aliases = List.copyOf(aliases);
    }

    /** A finding at a text range, without detail. */
    public static Finding of(String rule, Severity severity, String message, SourceRange range) {
        return new Finding(rule, severity, message, new TextLocation(range), List.of(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /** The range to report: the text range, or the start of an image archive. */
    public SourceRange range() {
        return location.range();
    }

    /** For findings about an image: the place in it as users read it ({@code layer 3 (RUN …) /var/lib/apt/lists}). */
    public Optional<String> logicalLocation() {
        return location instanceof ImageLocation ? Optional.of(((ImageLocation) location).display()) : Optional.empty();
    }

    /** Whether {@code id} names this finding: the rule's name or one of the finding's aliases (case-insensitive). */
    public boolean isNamed(String id) {
        return rule.equalsIgnoreCase(id) || aliases.stream().anyMatch(a -> a.equalsIgnoreCase(id));
    }

    /**
     * The code hadolint users know this finding by: the DL or SC code of its case when it has one (the first, for a
     * finding of several), otherwise the rule's name.
     */
    public String hadolintCode() {
        return aliases.stream().filter(a -> a.matches("(DL|SC)\\d+")).findFirst().orElse(rule);
    }

    /** Whether the finding is a syntax error: the build would fail here. */
    public boolean isSyntaxError() {
        return rule.equals(SYNTAX_ERROR);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, message, location, related, fix, suppression, aliases);
    }

    public Finding withMessage(String newMessage) {
        return new Finding(rule, severity, newMessage, location, related, fix, suppression, aliases);
    }

    public Finding suppressed(Suppression by) {
        return new Finding(rule, severity, message, location, related, fix, Optional.of(by), aliases);
    }

    /**
     * The finding with the other files it names (related places elsewhere, a fix's target) renamed, as reports
     * rename the linted file (relative to the repository root).
     */
    public Finding withOtherFilesRenamed(UnaryOperator<String> rename) {
        boolean any = fix.flatMap(Fix::target).isPresent() || related.stream().anyMatch(r -> r.file().isPresent());
        if (!any) {
            return this;
        }
        List<Related> renamed = related.stream().map(r -> new Related(r.message(), r.range(), r.file().map(rename)))
                .toList();
        Optional<Fix> newFix = fix.map(f -> new Fix(f.description(), f.safe(), f.edits(), f.target().map(rename)));
        return new Finding(rule, severity, message, location, renamed, newFix, suppression, aliases);
    }

    public boolean isSuppressed() {
        return suppression.isPresent();
    }
}
