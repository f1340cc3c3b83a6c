package dev.dlint.syntax;

import dev.dlint.model.Diagnostic;
import dev.dlint.text.GoSpace;
import dev.dlint.text.SourceText;
import dev.dlint.text.Utf8;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * BuildKit's line loop, reproduced exactly: parser directives, comments, continuation lines (escape plus trailing
 * spaces and tabs, leading whitespace of continued lines kept, comment and blank lines inside skipped), and heredoc
 * bodies after RUN/COPY/ADD lines. Produces {@link LineItem}s and the problems BuildKit reports at this level.
 */
public final class LineScanner {

    /** BuildKit's {@code bufio.Scanner} limit on one physical line, terminator not counted. */
    public static final int MAX_LINE_BYTES = 65_535;

    private static final Pattern DIRECTIVE =
            Pattern.compile("(?s)^([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(.+?)[\\t\\n\\f\\r ]*$");
    private static final Set<String> DIRECTIVE_KEYS = Set.of("syntax", "escape", "check");

    private final SourceText source;
    private final String text;
    private final List<LineItem> items = new ArrayList<>();
    private final List<LineProblem> problems = new ArrayList<>();
    private final Set<String> seenDirectives = new HashSet<>();
    private boolean directivesDone;
    private char escape = '\\';

    /** A problem found while scanning lines; offsets into the source. */
    public record LineProblem(Diagnostic.Kind kind, String message, int start, int end) {
    }

    /** The scan of one file. */
    public record Result(List<LineItem> items, List<LineProblem> problems, char escape) {
        public Result {
            items = List.copyOf(items);
            problems = List.copyOf(problems);
        }
    }

    private LineScanner(SourceText source) {
        this.source = source;
        this.text = source.text();
    }

    public static Result scan(SourceText source) {
        LineScanner scanner = new LineScanner(source);
        scanner.run();
        return new Result(scanner.items, scanner.problems, scanner.escape);
    }

    private void run() {
        int lineCount = source.lineCount();
        int line = 1;
        while (line <= lineCount) {
            line = scanFrom(line, lineCount);
        }
    }

    /** Scans the item starting at {@code line}; returns the next line to scan. */
    private int scanFrom(int line, int lineCount) {
        int start = source.lineStart(line);
        int end = source.lineContentEnd(line);
        if (tooLong(line)) {
            items.add(new LineItem.Unreadable(line));
            return line + 1;
        }
        int trimmed = GoSpace.skipSpace(text, start, end);
        if (!directivesDone && directive(line, trimmed, end)) {
            return line + 1;
        }
        directivesDone = true;
        if (trimmed < end && text.charAt(trimmed) == '#') {
            items.add(new LineItem.Comment(line, trimmed, end));
            return line + 1;
        }
        int contentEnd = continuationStart(trimmed, end, trimmed);
        boolean continues = contentEnd >= 0;
        if (!continues && trimmed == end) {
            items.add(new LineItem.Blank(line));
            return line + 1;
        }
        LogicalLine.Builder logical = new LogicalLine.Builder();
        logical.append(text, trimmed, continues ? contentEnd : end);
        List<Integer> emptyLines = new ArrayList<>();
        List<Integer> commentLines = new ArrayList<>();
        int next = line + 1;
        while (continues && next <= lineCount) {
            int s = source.lineStart(next);
            int e = source.lineContentEnd(next);
            tooLong(next);
            int firstNonSpace = GoSpace.skipSpace(text, s, e);
            if (firstNonSpace < e && text.charAt(firstNonSpace) == '#') {
                commentLines.add(next++);
                continue;
            }
            if (firstNonSpace == e) {
                emptyLines.add(next++);
                continue;
            }
            contentEnd = continuationStart(s, e, s);
            continues = contentEnd >= 0;
            logical.append(text, s, continues ? contentEnd : e);
            next++;
        }
        LogicalLine trimmedLine = logical.buildTrimmed();
        if (trimmedLine.length() == 0) {
            problems.add(new LineProblem(Diagnostic.Kind.SYNTAX_ERROR,
                    "line continuation without an instruction: the continued lines are empty", start, end));
            return next;
        }
        InstructionShape shape = InstructionShape.analyze(trimmedLine.text(), 0, trimmedLine.length());
        List<HeredocMarker> markers = shape.canContainHeredoc() ? HeredocFinder.find(trimmedLine.text()) : List.of();
        List<LineItem.HeredocBody> bodies = new ArrayList<>();
        for (HeredocMarker marker : markers) {
            LineItem.HeredocBody body = readHeredoc(marker, next, lineCount);
            bodies.add(body);
            next = body.terminated() ? body.terminatorLine() + 1 : lineCount + 1;
            if (!body.terminated()) {
                int at = trimmedLine.sourceOffset(marker.start());
                problems.add(new LineProblem(Diagnostic.Kind.SYNTAX_ERROR, "unterminated heredoc: no line \"" + marker.name()
                        + "\" ends the heredoc opened here, so the rest of the file is its body", at,
                        trimmedLine.sourceEnd(marker.end())));
            }
        }
        for (int empty : emptyLines) {
            int s = source.lineStart(empty);
            problems.add(new LineProblem(Diagnostic.Kind.EMPTY_CONTINUATION, "Empty continuation line found in: "
                    + logical.untrimmed(), s, source.lineContentEnd(empty)));
        }
        items.add(new LineItem.Instruction(line, next - 1, trimmedLine, shape, markers, bodies, emptyLines, commentLines));
        return next;
    }

    private LineItem.HeredocBody readHeredoc(HeredocMarker marker, int firstLine, int lineCount) {
        int contentStart = firstLine <= lineCount ? source.lineStart(firstLine) : text.length();
        for (int line = firstLine; line <= lineCount; line++) {
            int s = source.lineStart(line);
            int e = source.lineContentEnd(line);
            tooLong(line);
            if (marker.chomp()) {
                while (s < e && text.charAt(s) == '\t') {
                    s++;
                }
            }
            if (text.regionMatches(s, marker.name(), 0, marker.name().length()) && e - s == marker.name().length()) {
                return new LineItem.HeredocBody(marker, contentStart, source.lineStart(line), firstLine, line,
                        source.lineStart(line), source.lineContentEnd(line));
            }
        }
        return new LineItem.HeredocBody(marker, contentStart, text.length(), firstLine, -1, -1, -1);
    }

    /**
     * BuildKit's continuation rule: {@code ([^E])E[ \t]*$} or {@code ^E[ \t]*$} on the processed line.
     * Returns the offset where the escape character is (the kept content ends there), or -1 when the line does not
     * continue.
     */
    private int continuationStart(int lineStart, int end, int processedStart) {
        int p = end;
        while (p > lineStart && (text.charAt(p - 1) == ' ' || text.charAt(p - 1) == '\t')) {
            p--;
        }
        if (p <= processedStart || text.charAt(p - 1) != escape) {
            return -1;
        }
        int escapeAt = p - 1;
        if (escapeAt == processedStart || text.charAt(escapeAt - 1) != escape) {
            return escapeAt;
        }
        return -1;
    }

    /** Handles a line while the directive block is open; returns whether it was a directive. */
    private boolean directive(int line, int trimmed, int end) {
        if (trimmed >= end || text.charAt(trimmed) != '#') {
            return false;
        }
        int keyStart = GoSpace.skipSpace(text, trimmed + 1, end);
        Matcher m = DIRECTIVE.matcher(text).region(keyStart, end);
        if (!m.matches()) {
            return false;
        }
        String key = m.group(1).toLowerCase(Locale.ROOT);
        if (!DIRECTIVE_KEYS.contains(key)) {
            return false;
        }
        String value = m.group(2);
        if (!seenDirectives.add(key)) {
            problems.add(new LineProblem(Diagnostic.Kind.SYNTAX_ERROR, "only one " + key + " parser directive can be used",
                    m.start(1), m.end(2)));
            items.add(new LineItem.Comment(line, trimmed, end));
            return true;
        }
        if (key.equals("escape")) {
            if (value.equals("\\") || value.equals("`")) {
                escape = value.charAt(0);
            } else {
                problems.add(new LineProblem(Diagnostic.Kind.SYNTAX_ERROR, "invalid escape token '" + value
                        + "' does not match ` or \\", m.start(2), m.end(2)));
            }
        }
        items.add(new LineItem.Directive(line, key, value, m.start(1), m.end(1), m.start(2), m.end(2)));
        return true;
    }

    /** Reports a physical line longer than BuildKit's limit; returns whether it was too long. */
    private boolean tooLong(int line) {
        int start = source.lineStart(line);
        int end = source.lineEnd(line);
        if (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end - start <= MAX_LINE_BYTES / 4) {
            return false;
        }
        int bytes = Utf8.encodedLength(text, start, end);
        if (bytes <= MAX_LINE_BYTES) {
            return false;
        }
        problems.add(new LineProblem(Diagnostic.Kind.SYNTAX_ERROR, "line " + line + " is " + bytes
                + " bytes long; BuildKit rejects Dockerfile lines longer than " + MAX_LINE_BYTES + " bytes", start, start));
        return true;
    }
}
