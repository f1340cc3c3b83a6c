package dev.dlint.syntax;

import dev.dlint.syntax.antlr.DockerfileLexer;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The state behind {@code DockerfileLexer.g4}: what the grammar's modes cannot express.
 *
 * <ul>
 *   <li>Line-level tokens. Directive, comment and blank lines, heredoc bodies and terminators are whole virtual lines
 *       whose kind the {@link LineScanner} already decided; they are emitted here as single tokens.</li>
 *   <li>The heredoc queue. The current instruction's {@code <<EOF} markers, in order, become HEREDOC_MARKER tokens;
 *       their bodies follow the instruction line.</li>
 *   <li>Mode selection. After a keyword the lexer reads flags; at the offset where BuildKit's flag scan stops it
 *       switches to the argument mode of the keyword's form (JSON, words, text, key-value with the file's escape
 *       character), or back to keywords for an ONBUILD trigger.</li>
 * </ul>
 */
public abstract class DockerfileLexerBase extends Lexer {

    private VirtualText virtualText;
    private char escape = '\\';
    private int lineIndex;
    private VirtualText.Line line;
    private InstructionShape shape;
    private int nextMarker;

    protected DockerfileLexerBase(CharStream input) {
        super(input);
    }

    /** Supplies the layout the input stream was built from; must be called before the first token. */
    public void useLayout(VirtualText virtualText, char escape) {
        this.virtualText = virtualText;
        this.escape = escape;
    }

    @Override
    public Token nextToken() {
        int index = _input.index();
        if (virtualText == null || index >= virtualText.text().length()) {
            return super.nextToken();
        }
        advanceLine(index);
        switch (line.kind()) {
            case DIRECTIVE:
                return lineToken(DockerfileLexer.DIRECTIVE);
            case COMMENT:
                return lineToken(DockerfileLexer.COMMENT);
            case BLANK:
                // A run of blank lines is one token: ten million newlines must not become ten million tokens.
                while (lineIndex + 1 < virtualText.lines().size()
                        && virtualText.lines().get(lineIndex + 1).kind() == VirtualText.Kind.BLANK) {
                    line = virtualText.lines().get(++lineIndex);
                }
                return lineToken(DockerfileLexer.BLANK);
            case HEREDOC_BODY:
                return lineToken(DockerfileLexer.HEREDOC_BODY);
            case HEREDOC_END:
                return lineToken(DockerfileLexer.HEREDOC_END);
            default:
                return instructionToken(index);
        }
    }

    private void advanceLine(int index) {
        List<VirtualText.Line> lines = virtualText.lines();
        boolean moved = false;
        while (line == null || index >= line.end()) {
            line = lines.get(line == null ? 0 : ++lineIndex);
            moved = true;
        }
        if (moved && line.kind() == VirtualText.Kind.INSTRUCTION) {
            LineItem.Instruction item = (LineItem.Instruction) line.item();
            shape = item.shape();
            nextMarker = 0;
            mode(DEFAULT_MODE);
        }
    }

    private Token instructionToken(int index) {
        int offset = index - line.start();
        selectArgumentMode(offset);
        List<HeredocMarker> markers = ((LineItem.Instruction) line.item()).heredocMarkers();
        if (nextMarker < markers.size() && markers.get(nextMarker).start() == offset) {
            HeredocMarker marker = markers.get(nextMarker++);
            return manualToken(DockerfileLexer.HEREDOC_MARKER, index, line.start() + marker.end());
        }
        while (nextMarker < markers.size() && markers.get(nextMarker).start() < offset) {
            nextMarker++; // a marker that does not start on a token boundary stays part of its word
        }
        boolean keyword = _mode == DEFAULT_MODE;
        Token token = super.nextToken();
        if (keyword && token.getType() != DockerfileLexer.EOL) {
            mode(DockerfileLexer.FLAGS);
        }
        return token;
    }

    /** Switches from flags to the arguments exactly where BuildKit's flag scan ended. */
    private void selectArgumentMode(int offset) {
        if (_mode == DockerfileLexer.FLAGS && offset == shape.restStart() && shape.hasRest()) {
            mode(argumentMode(shape));
            if (shape.form() == InstructionShape.ArgumentForm.TRIGGER) {
                shape = shape.trigger();
            }
        } else if (_mode == DockerfileLexer.TEXT && shape.form() == InstructionShape.ArgumentForm.HEALTHCHECK
                && offset == shape.healthCommandStart() && shape.isJsonForm()) {
            mode(DockerfileLexer.JSON);
        }
    }

    private int argumentMode(InstructionShape s) {
        switch (s.form()) {
            case JSON:
                return DockerfileLexer.JSON;
            case WORDS:
                return DockerfileLexer.WORDS;
            case KEY_VALUE:
                return escape == '`' ? DockerfileLexer.KEY_VALUE_BACKTICK : DockerfileLexer.KEY_VALUE;
            case TRIGGER:
                return DEFAULT_MODE;
            default:
                return DockerfileLexer.TEXT;
        }
    }

    private Token lineToken(int type) {
        return manualToken(type, _input.index(), line.end());
    }

    private Token manualToken(int type, int start, int stopExclusive) {
        Token token = _factory.create(_tokenFactorySourcePair, type, null, Token.DEFAULT_CHANNEL, start,
                stopExclusive - 1, 0, start);
        _input.seek(stopExclusive);
        return token;
    }
}
