package dev.dlint.report;

import dev.dlint.engine.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * Renders a finished report in one output format. Reporters only render: what is reported, and in which order, is
 * decided once before them (files by repository-relative path, findings by position and rule). A format departs from
 * that only where the format itself requires it, and says so in its documentation: {@code github} lists errors
 * first, and {@code sarif} leaves out what a SARIF result cannot locate and what GitHub would refuse.
 */
public interface Reporter {

    /** Writes the whole report to {@code out}, which the caller owns (it is flushed, not closed). */
    void write(Report report, Writer out) throws IOException;
}
