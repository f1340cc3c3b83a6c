package dev.dlint.syntax;

import dev.dlint.text.SourceText;
import java.util.List;

/**
 * The physical-line structure of a Dockerfile as BuildKit's line loop sees it, in file order. Offsets are into the
 * {@link SourceText}; lines are 1-based.
 */
public sealed interface LineItem {

    int startLine();

    int endLine();

    /** A parser directive in the leading block ({@code # escape=`}). */
    record Directive(int startLine, String name, String value, int nameStart, int nameEnd, int valueStart, int valueEnd)
            implements LineItem {
        @Override
        public int endLine() {
            return startLine;
        }
    }

    /** A comment line; {@code hashOffset} is where its {@code #} is. */
    record Comment(int startLine, int hashOffset, int end) implements LineItem {
        @Override
        public int endLine() {
            return startLine;
        }
    }

    /** An empty or whitespace-only line between instructions. */
    record Blank(int startLine) implements LineItem {
        @Override
        public int endLine() {
            return startLine;
        }
    }

    /**
     * One instruction: its logical line, how BuildKit splits it, and the heredoc bodies that follow it.
     *
     * @param emptyContinuationLines whitespace-only lines inside the continuation (BuildKit warns about them)
     * @param skippedCommentLines    comment lines inside the continuation, which BuildKit drops
     */
    record Instruction(
            int startLine,
            int endLine,
            LogicalLine logical,
            InstructionShape shape,
            List<HeredocMarker> heredocMarkers,
            List<HeredocBody> heredocBodies,
            List<Integer> emptyContinuationLines,
            List<Integer> skippedCommentLines) implements LineItem {

        public Instruction {
            heredocMarkers = List.copyOf(heredocMarkers);
            heredocBodies = List.copyOf(heredocBodies);
            emptyContinuationLines = List.copyOf(emptyContinuationLines);
            skippedCommentLines = List.copyOf(skippedCommentLines);
        }
    }

    /** Lines BuildKit cannot read at all (longer than its 65,535-byte limit); reported and skipped. */
    record Unreadable(int startLine) implements LineItem {
        @Override
        public int endLine() {
            return startLine;
        }
    }

    /**
     * A heredoc body: the source text between the instruction line and the terminator line, line endings included.
     * {@code terminatorLine} is -1 when the file ends before the terminator.
     */
    record HeredocBody(HeredocMarker marker, int contentStart, int contentEnd, int firstLine, int terminatorLine,
                       int terminatorStart, int terminatorEnd) {

        public boolean terminated() {
            return terminatorLine > 0;
        }
    }
}
