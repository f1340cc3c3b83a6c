package dev.dlint.engine;

import dev.dlint.model.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * One problem found in one file.
 *
 * @param rule        the rule's name (its ID), e.g. {@code UnpinnedBaseImage}
 * @param severity    the effective severity after configuration
 * @param message     what is wrong, concretely, and how to fix it
 * @param range       the narrowest range that shows the problem
 * @param related     other places involved, each with its own message
 * @param fix         an automatic fix, when the rule can make one
 * @param suppression set when an inline pragma or configuration silenced the finding
 * @param logicalLocation for findings about a container image rather than a text file: where in the image
 *                        ({@code layer 3 /var/lib/apt/lists}); the range is then 1:1-1:1 of the archive
 */
public record Finding(String rule, Severity severity, String message, SourceRange range, List<Related> related,
                      Optional<Fix> fix, Optional<Suppression> suppression, Optional<String> logicalLocation) {

    public Finding {
        related = List.copyOf(related);
    }

    public static Finding of(String rule, Severity severity, String message, SourceRange range) {
        return new Finding(rule, severity, message, range, List.of(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, message, range, related, fix, suppression, logicalLocation);
    }

    public Finding suppressed(Suppression by) {
        return new Finding(rule, severity, message, range, related, fix, Optional.of(by), logicalLocation);
    }

    public boolean isSuppressed() {
        return suppression.isPresent();
    }
}
