package dev.dlint.rules.knowledge;

import dev.dlint.engine.TextEdit;
import dev.dlint.model.Instruction;
import dev.dlint.model.SourceRange;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Text edits that fixes are made of: whole-line moves and deletions of instructions. */
public final class Edits {

    private Edits() {
    }

    /** Deletes an instruction's lines, line ending included. */
    public static TextEdit deleteLines(SourceText source, Instruction instruction) {
        SourceRange r = instruction.range();
        if (r.endLine() < source.lineCount()) {
            return new TextEdit(new SourceRange(r.startLine(), 1, r.endLine() + 1, 1), "");
        }
        int endColumn = source.lineContentEnd(r.endLine()) - source.lineStart(r.endLine()) + 1;
        if (r.startLine() > 1) {
            int previousEnd = source.lineContentEnd(r.startLine() - 1) - source.lineStart(r.startLine() - 1) + 1;
            return new TextEdit(new SourceRange(r.startLine() - 1, previousEnd, r.endLine(), endColumn), "");
        }
        return new TextEdit(new SourceRange(r.startLine(), 1, r.endLine(), endColumn), "");
    }

    /** The instruction's lines as text, with a final newline. */
    public static String lines(SourceText source, Instruction instruction) {
        SourceRange r = instruction.range();
        String text = source.text().substring(source.lineStart(r.startLine()), source.lineContentEnd(r.endLine()));
        return text + "\n";
    }

    /** Moves {@code moved} to the lines just before {@code anchor}. */
    public static List<TextEdit> moveBefore(SourceText source, Instruction moved, Instruction anchor) {
        int line = anchor.range().startLine();
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
            insert = new TextEdit(new SourceRange(end, column, end, column), "\n" + lines(source, moved).stripTrailing());
        }
        return sorted(deleteLines(source, moved), insert);
    }

    private static List<TextEdit> sorted(TextEdit a, TextEdit b) {
        List<TextEdit> edits = new ArrayList<>(List.of(a, b));
        edits.sort(Comparator.comparing(TextEdit::range));
        return edits;
    }
}
