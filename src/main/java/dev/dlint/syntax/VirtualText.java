package dev.dlint.syntax;

import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The logical view of a Dockerfile that the ANTLR lexer reads: one {@code \n}-terminated line per directive, comment,
 * blank line and instruction (the instruction as its logical line), each instruction followed by its heredoc bodies
 * and terminator lines. Every character maps back to a source offset.
 */
public final class VirtualText {

    /** What one virtual line is. */
    public enum Kind { DIRECTIVE, COMMENT, BLANK, INSTRUCTION, HEREDOC_BODY, HEREDOC_END }

    /**
     * One virtual line {@code [start, end)}, its terminating {@code \n} included, and the scanned item it belongs to.
     */
    public record Line(Kind kind, int start, int end, LineItem item) {
    }

    private final String text;
    private final int[] toSource;
    private final List<Line> lines;

    private VirtualText(String text, int[] toSource, List<Line> lines) {
        this.text = text;
        this.toSource = toSource;
        this.lines = List.copyOf(lines);
    }

    public String text() {
        return text;
    }

    public List<Line> lines() {
        return lines;
    }

    /** Source offset of the virtual character at {@code index}. */
    public int sourceOffset(int index) {
        return toSource[index];
    }

    /** Source offsets {start, end} of the virtual span {@code [start, end)}, a trailing newline excluded. */
    public int[] sourceSpan(int start, int end) {
        int last = end;
        if (last > start && text.charAt(last - 1) == '\n') {
            last--;
        }
        if (last <= start) {
            return new int[] {toSource[start], toSource[start]};
        }
        return new int[] {toSource[start], toSource[last - 1] + 1};
    }

    /** Lays out the scanned lines of a source. */
    public static VirtualText of(SourceText source, List<LineItem> items) {
        Builder b = new Builder(source);
        for (LineItem item : items) {
            if (item instanceof LineItem.Directive) {
                b.sourceLine(Kind.DIRECTIVE, item.startLine(), item);
            } else if (item instanceof LineItem.Comment) {
                b.sourceLine(Kind.COMMENT, item.startLine(), item);
            } else if (item instanceof LineItem.Blank) {
                b.sourceLine(Kind.BLANK, item.startLine(), item);
            } else if (item instanceof LineItem.Instruction) {
                b.instruction((LineItem.Instruction) item);
            }
        }
        return b.build();
    }

    private static final class Builder {
        private final SourceText source;
        private final StringBuilder text = new StringBuilder();
        private int[] toSource = new int[256];
        private final List<Line> lines = new ArrayList<>();

        Builder(SourceText source) {
            this.source = source;
        }

        void sourceLine(Kind kind, int line, LineItem item) {
            int start = text.length();
            copy(source.lineStart(line), source.lineContentEnd(line));
            newline(source.lineContentEnd(line));
            lines.add(new Line(kind, start, text.length(), item));
        }

        void instruction(LineItem.Instruction item) {
            LogicalLine logical = item.logical();
            int start = text.length();
            for (int i = 0; i < logical.length(); i++) {
                append(logical.text().charAt(i), logical.sourceOffset(i));
            }
            newline(logical.sourceEnd(logical.length()));
            lines.add(new Line(Kind.INSTRUCTION, start, text.length(), item));
            for (LineItem.HeredocBody body : item.heredocBodies()) {
                if (body.contentEnd() > body.contentStart()) {
                    int bodyStart = text.length();
                    copy(body.contentStart(), body.contentEnd());
                    if (text.charAt(text.length() - 1) != '\n') {
                        newline(body.contentEnd());
                    }
                    lines.add(new Line(Kind.HEREDOC_BODY, bodyStart, text.length(), item));
                }
                if (body.terminated()) {
                    int endStart = text.length();
                    copy(body.terminatorStart(), body.terminatorEnd());
                    newline(body.terminatorEnd());
                    lines.add(new Line(Kind.HEREDOC_END, endStart, text.length(), item));
                }
            }
        }

        private void copy(int from, int to) {
            String s = source.text();
            for (int i = from; i < to; i++) {
                append(s.charAt(i), i);
            }
        }

        private void newline(int sourceOffset) {
            append('\n', sourceOffset);
        }

        private void append(char c, int sourceOffset) {
            if (text.length() == toSource.length) {
                toSource = Arrays.copyOf(toSource, toSource.length * 2);
            }
            toSource[text.length()] = sourceOffset;
            text.append(c);
        }

        VirtualText build() {
            return new VirtualText(text.toString(), Arrays.copyOf(toSource, text.length()), lines);
        }
    }
}
