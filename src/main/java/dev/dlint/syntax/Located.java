package dev.dlint.syntax;

import dev.dlint.model.Word;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import org.antlr.v4.runtime.Token;

/** Turns tokens of one instruction's virtual line into words and ranges of the source. */
final class Located {

    private final SourceText source;
    private final VirtualText.Line line;
    private final LogicalLine logical;

    Located(SourceText source, VirtualText.Line line) {
        this.source = source;
        this.line = line;
        this.logical = ((LineItem.Instruction) line.item()).logical();
    }

    LogicalLine logical() {
        return logical;
    }

    /** Offset of a token in the logical line. */
    int offset(Token token) {
        return token.getStartIndex() - line.start();
    }

    /** Exclusive end offset of a token in the logical line. */
    int end(Token token) {
        return token.getStopIndex() + 1 - line.start();
    }

    Word word(Token token) {
        return word(offset(token), end(token));
    }

    Word word(Token first, Token last) {
        return word(offset(first), end(last));
    }

    /** The logical-line span {@code [start, end)} as a word with exact per-character positions. */
    Word word(int start, int end) {
        if (end <= start) {
            int at = start < logical.length() ? logical.sourceOffset(start) : logical.sourceEnd(logical.length());
            return Word.empty(source, at);
        }
        int[] offsets = new int[end - start];
        for (int i = start; i < end; i++) {
            offsets[i - start] = logical.sourceOffset(i);
        }
        return Word.mapped(logical.text().substring(start, end), source, offsets);
    }

    SourceRange range(Token token) {
        return word(token).range();
    }

    SourceRange range(int start, int end) {
        int[] span = logical.sourceSpan(start, end);
        return source.range(span[0], span[1]);
    }
}
