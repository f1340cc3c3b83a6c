package dev.dlint.rule;

import dev.dlint.text.SourceRange;

/** Another place that explains a finding, such as the install a cache-busting COPY invalidates. */
public record Related(String message, SourceRange range) {
}
