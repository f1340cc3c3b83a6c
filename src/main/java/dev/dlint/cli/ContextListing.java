package dev.dlint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dlint.context.BuildContext;
import dev.dlint.context.ContextEntry;
import dev.dlint.context.EntryStatus;
import dev.dlint.context.FileTotals;
import dev.dlint.context.SizeGroup;
import dev.dlint.facts.ContextCopy;
import dev.dlint.facts.ContextFacts;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.Dockerfile;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code dlint context} shows: for one Dockerfile and its build context, what each COPY/ADD of the stages the
 * build runs sends (totals and the largest entries), the context's totals, and what the {@code .dockerignore}
 * keeps out, as text for the terminal or as JSON.
 *
 * @param dockerfile the Dockerfile's path as given
 * @param directory  the context directory as reports name it
 * @param ignoreFile the ignore file the build uses, if any
 * @param problem    why the context cannot be fully known, if so (then the numbers are what was seen)
 * @param sent       the regular files the build sends
 * @param largest    the largest groups of sent files by first path segment
 * @param copies     one entry per COPY/ADD source read from the context
 * @param excluded   the top-most entries the ignore file keeps out
 */
record ContextListing(String dockerfile, String directory, Optional<String> ignoreFile, Optional<String> problem,
        FileTotals sent, List<SizeGroup> largest, List<Copy> copies, List<Excluded> excluded) {

    /** One COPY/ADD source: where, what it sends. */
    record Copy(int line, String stage, String instruction, String source, String outcome, String detail,
            FileTotals totals, List<SizeGroup> largest) {
        Copy {
            largest = List.copyOf(largest);
        }
    }

    /** One entry kept out by a pattern; {@code totals} is empty for a directory that was not walked. */
    record Excluded(String path, boolean directory, int patternLine, String pattern, Optional<FileTotals> totals) {
    }

    ContextListing {
        Objects.requireNonNull(dockerfile, "dockerfile");
        Objects.requireNonNull(directory, "directory");
        largest = List.copyOf(largest);
        copies = List.copyOf(copies);
        excluded = List.copyOf(excluded);
    }

    /** The listing of a Dockerfile's facts against its context, with {@code top} entries per list. */
    static Optional<ContextListing> of(DockerfileFacts facts, int top) {
        Optional<ContextFacts> context = facts.buildContext();
        if (context.isEmpty()) {
            return Optional.empty();
        }
        ContextFacts c = context.get();
        Optional<String> problem = c.problem();
        Optional<BuildContext> snapshot = c.snapshot();
        Dockerfile file = facts.dockerfile();
        List<Copy> copies = new ArrayList<>();
        for (ContextCopy copy : facts.contextCopies()) {
            String line = file.source().line(copy.instruction().range().startLine()).strip();
            copies.add(new Copy(copy.instruction().range().startLine(), copy.stage().displayName(), line,
                    copy.source().text(), copy.selection().outcome().name().toLowerCase(Locale.ROOT),
                    copy.selection().detail(), copy.selection().totals(), copy.selection().largestGroups(top)));
        }
        List<Excluded> excluded = new ArrayList<>();
        if (snapshot.isPresent()) {
            excluded = excluded(snapshot.get());
        }
        return Optional.of(new ContextListing(file.path(), c.directory(),
                c.ignoreFile().map(i -> i.path()), problem,
                snapshot.map(BuildContext::sentTotals).orElse(FileTotals.ZERO),
                snapshot.map(s -> s.largestGroups(top)).orElse(List.of()), copies, excluded));
    }

    /** The excluded entries whose parent directory is not itself excluded, with what lies below them. */
    private static List<Excluded> excluded(BuildContext context) {
        List<Excluded> out = new ArrayList<>();
        String under = null;
        long files = 0;
        long bytes = 0;
        ContextEntry top = null;
        for (ContextEntry e : context.entries()) {
            if (under != null && e.path().startsWith(under)) {
                if (e.isFile() && !e.isSent()) {
                    files++;
                    bytes += Math.max(0, e.size());
                }
                continue;
            }
            if (top != null) {
                out.add(excludedEntry(top, files, bytes));
                top = null;
                under = null;
            }
            if (!e.isSent() && e.decidedBy().isPresent()) {
                top = e;
                under = e.path() + "/";
                files = e.isFile() ? 1 : 0;
                bytes = e.isFile() ? Math.max(0, e.size()) : 0;
            }
        }
        if (top != null) {
            out.add(excludedEntry(top, files, bytes));
        }
        return List.copyOf(out);
    }

    private static Excluded excludedEntry(ContextEntry e, long files, long bytes) {
        Optional<FileTotals> totals = e.status() == EntryStatus.EXCLUDED_NOT_WALKED ? Optional.empty()
                : Optional.of(new FileTotals(files, bytes));
        return new Excluded(e.path(), e.isDirectory(), e.decidedBy().get().line(),
e.decidedBy().get().text(), totals);
    }

    /** The listing for a terminal. */
    String text(int top) {
        StringBuilder out = new StringBuilder();
        out.append("Build context ").append(directory).append(" for ").append(dockerfile).append('\n');
        out.append("  .dockerignore: ").append(ignoreFile.orElse("none")).append('\n');
        problem.ifPresent(p -> out.append("  incomplete: ").append(p).append('\n'));
        out.append("  sends ").append(sent.describe()).append('\n');
        for (SizeGroup g : largest) {
            out.append("    ").append(g.describe()).append('\n');
        }
        if (copies.isEmpty()) {
            out.append("\nNo COPY or ADD of the built stages reads the context.\n");
        }
        for (Copy c : copies) {
            out.append('\n').append(dockerfile).append(':').append(c.line()).append(": ").append(c.instruction())
                    .append("  (").append(c.stage()).append(")\n");
            out.append("  ").append(c.source()).append(": ");
            if (c.outcome().equals("selected")) {
                out.append(c.totals().describe());
            } else {
                out.append(c.outcome().replace('_', ' '));
            }
            if (!c.detail().isEmpty()) {
                out.append(" (").append(c.detail()).append(')');
            }
            out.append('\n');
            if (c.totals().files() > 1) {
                for (SizeGroup g : c.largest()) {
                    out.append("    ").append(g.describe()).append('\n');
                }
            }
        }
        if (!excluded.isEmpty()) {
            out.append("\nKept out by ").append(ignoreFile.orElse(".dockerignore")).append(":\n");
            int shown = 0;
            for (Excluded e : excluded) {
                if (shown++ == Math.max(top, 1) * 4) {
                    out.append("  … ").append(excluded.size() - shown + 1).append(" more\n");
                    break;
                }
                out.append("  ").append(e.path()).append(e.directory() ? "/" : "").append(": ")
                        .append(e.totals().map(FileTotals::describe).orElse("not walked"))
                        .append(" (line ").append(e.patternLine()).append(": ").append(e.pattern()).append(")\n");
            }
        }
        return out.toString();
    }

    /** The listing as a JSON document. */
    String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("dockerfile", dockerfile);
            g.writeStringField("context", directory);
            g.writeStringField("dockerignore", ignoreFile.orElse(null));
            if (problem.isPresent()) {
                g.writeStringField("incomplete", problem.get());
            }
            g.writeObjectFieldStart("sent");
            totals(g, sent);
            g.writeEndObject();
            groups(g, largest);
            g.writeArrayFieldStart("copies");
            for (Copy c : copies) {
                g.writeStartObject();
                g.writeNumberField("line", c.line());
                g.writeStringField("stage", c.stage());
                g.writeStringField("instruction", c.instruction());
                g.writeStringField("source", c.source());
                g.writeStringField("outcome", c.outcome());
                if (!c.detail().isEmpty()) {
                    g.writeStringField("detail", c.detail());
                }
                totals(g, c.totals());
                groups(g, c.largest());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("excluded");
            for (Excluded e : excluded) {
                g.writeStartObject();
                g.writeStringField("path", e.path());
                g.writeBooleanField("directory", e.directory());
                g.writeNumberField("patternLine", e.patternLine());
                g.writeStringField("pattern", e.pattern());
                if (e.totals().isPresent()) {
                    totals(g, e.totals().get());
                } else {
                    g.writeBooleanField("walked", false);
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void totals(JsonGenerator g, FileTotals totals) throws IOException {
        g.writeNumberField("files", totals.files());
        g.writeNumberField("bytes", totals.bytes());
    }

    private static void groups(JsonGenerator g, List<SizeGroup> groups) throws IOException {
        g.writeArrayFieldStart("largest");
        for (SizeGroup group : groups) {
            g.writeStartObject();
            g.writeStringField("name", group.name());
            totals(g, group.totals());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
