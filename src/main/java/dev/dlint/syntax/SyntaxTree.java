package dev.dlint.syntax;

import dev.dlint.syntax.antlr.DockerfileLexer;
import dev.dlint.syntax.antlr.DockerfileParser;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * The ANTLR parse of one file: the scanned lines, the virtual text the lexer read, and the parse tree. Parses with
 * SLL prediction first and falls back to full LL only if SLL fails.
 */
public record SyntaxTree(SourceText source, LineScanner.Result lines, VirtualText virtualText,
                         DockerfileParser.DockerfileContext tree, List<GrammarError> grammarErrors) {

    /** A token sequence the grammar rejected (never expected: every mode's tokens are accepted). */
    public record GrammarError(int virtualIndex, String message) {
    }

    public static SyntaxTree parse(SourceText source) {
        LineScanner.Result lines = LineScanner.scan(source);
        VirtualText virtualText = VirtualText.of(source, lines.items());
        DockerfileLexer lexer = new DockerfileLexer(new VirtualCharStream(virtualText.text(), "Dockerfile"));
        lexer.useLayout(virtualText, lines.escape());
        lexer.removeErrorListeners();
        List<GrammarError> errors = new ArrayList<>();
        lexer.addErrorListener(collector(errors));
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        DockerfileParser parser = new DockerfileParser(tokens);
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        DockerfileParser.DockerfileContext tree;
        try {
            tree = parser.dockerfile();
        } catch (ParseCancellationException e) {
            tokens.seek(0);
            parser.reset();
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new DefaultErrorStrategy());
            parser.addErrorListener(collector(errors));
            tree = parser.dockerfile();
        }
        return new SyntaxTree(source, lines, virtualText, tree, List.copyOf(errors));
    }

    private static BaseErrorListener collector(List<GrammarError> errors) {
        return new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
                                    String msg, RecognitionException e) {
                int index = offendingSymbol instanceof Token ? ((Token) offendingSymbol).getStartIndex()
                        : recognizer instanceof Lexer ? ((Lexer) recognizer).getCharIndex() : 0;
                errors.add(new GrammarError(Math.max(0, index), msg));
            }
        };
    }
}
