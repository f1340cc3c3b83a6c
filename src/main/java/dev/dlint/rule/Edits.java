package dev.dlint.rule;

import dev.dlint.model.Comment;
import dev.dlint.model.Instruction;
import dev.dlint.rule.TextEdit;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Text edits that fixes are made of: whole-line moves and deletions of instructions. */
public final class Edits {

    private Edits() {
    }

    /** The first line of an instruction together with the comment lines directly above it. */
    static int firstLine(Instruction instruction) {
        int first = instruction.range().startLine();
        List<Comment> comments = instruction.header().comments();
        for (int i = comments.size() - 1; i >= 0; i--) {
            if (comments.get(i).range().startLine() != first - 1) {
                break;
            }
            first--;
        }
        return first;
    }

    /** The lines of an instruction and the comments directly above it. */
    private static SourceRange block(Instruction instruction) {
        SourceRange r = instruction.range();
        return new SourceRange(firstLine(instruction), 1, r.endLine(), r.endColumn());
    }

    /**
     * Deletes an instruction's lines and its comments, line ending included; when blank lines surround them, one of
     * those goes too, so a paragraph of its own does not leave two blank lines behind.
     */
    public static TextEdit deleteLines(SourceText source, Instruction instruction) {
        SourceRange r = block(instruction);
        if (r.endLine() < source.lineCount()) {
            boolean blankBefore = r.startLine() > 1 && source.line(r.startLine() - 1).isBlank();
            boolean blankAfter = source.line(r.endLine() + 1).isBlank() && r.endLine() + 1 < source.lineCount();
            int end = blankBefore && blankAfter ? r.endLine() + 2 : r.endLine() + 1;
            return new TextEdit(new SourceRange(r.startLine(), 1, end, 1), "");
        }
        int endColumn = source.lineContentEnd(r.endLine()) - source.lineStart(r.endLine()) + 1;
        if (r.startLine() > 1) {
            int previousEnd = source.lineContentEnd(r.startLine() - 1) - source.lineStart(r.startLine() - 1) + 1;
            return new TextEdit(new SourceRange(r.startLine() - 1, previousEnd, r.endLine(), endColumn), "");
        }
        return new TextEdit(new SourceRange(r.startLine(), 1, r.endLine(), endColumn), "");
    }

    /** The instruction's lines and its comments as text, with a final line ending in the file's style. */
    public static String lines(SourceText source, Instruction instruction) {
        SourceRange r = block(instruction);
        String text = source.text().substring(source.lineStart(r.startLine()), source.lineContentEnd(r.endLine()));
        return text + source.newline();
    }

    /** Moves {@code moved} (with its comments) to the lines just before {@code anchor} and its comments. */
    public static List<TextEdit> moveBefore(SourceText source, Instruction moved, Instruction anchor) {
        int line = firstLine(anchor);
        return sorted(deleteLines(source, moved), new TextEdit(new SourceRange(line, 1, line, 1), lines(source, moved)));
    }

    /** Moves {@code moved} to the lines just after {@code anchor}. */
    public static List<TextEdit> moveAfter(SourceText source, Instruction moved, Instruction anchor) {
        int end = anchor.range().endLine();
        TextEdit insert;
        if (end < source.lineCount()) {
            insert = new TextEdit(new SourceRange(end + 1, 1, end + 1, 1), lines(source, moved));
        } else {
            int column = source.lineContentEnd(end) - source.lineStart(end) + 1;
            String text = lines(source, moved);
            insert = new TextEdit(new SourceRange(end, column, end, column), source.newline()
                    + text.substring(0, text.length() - source.newline().length()));
        }
        return sorted(deleteLines(source, moved), insert);
    }

    private static List<TextEdit> sorted(TextEdit a, TextEdit b) {
        List<TextEdit> edits = new ArrayList<>(List.of(a, b));
        edits.sort(Comparator.comparing(TextEdit::range));
        return edits;
    }
}
