package dev.dlint.report;

import dev.dlint.engine.Report;
import java.io.IOException;
import java.io.Writer;

/** Renders a finished report in one output format. Reporters only render: they never filter or reorder. */
public interface Reporter {

    void write(Report report, Writer out) throws IOException;
}
