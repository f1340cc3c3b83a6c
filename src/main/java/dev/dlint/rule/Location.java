package dev.dlint.rule;

import dev.dlint.text.SourceRange;

/**
 * Where a finding is: a range of the linted text, or a place inside a container image (a layer and a path, or the
 * image's configuration). Reports that need a line give image locations the start of the archive.
 */
public sealed interface Location permits TextLocation, ImageLocation {

    /** The range to report in formats that only know text: the exact range, or 1:1-1:1 of an image archive. */
    SourceRange range();
}
