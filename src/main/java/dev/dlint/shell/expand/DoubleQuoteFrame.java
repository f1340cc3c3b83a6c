package dev.dlint.shell.expand;

import static dev.dlint.shell.expand.CodePointScanner.EOF;

/**
 * A double-quoted string. {@code $} expands inside it; the escape character escapes only {@code "},
 * {@code $} and itself, and stays literal before anything else.
 */
final class DoubleQuoteFrame implements Frame {

    private final boolean rawEscapes;
    private final StringBuilder text = new StringBuilder();

    private DoubleQuoteFrame(boolean rawEscapes) {
        this.rawEscapes = rawEscapes;
    }

    /** Consumes the opening quote at the scanner position. */
    static DoubleQuoteFrame open(LexRun run, boolean rawEscapes) {
        DoubleQuoteFrame frame = new DoubleQuoteFrame(rawEscapes);
        run.appendQuoteIfRaw(frame.text, run.scanner().next());
        return frame;
    }

    @Override
    public Step run(LexRun run) {
        CodePointScanner in = run.scanner();
        int escape = run.options().escape();
        while (true) {
            int next = in.peek();
            if (next == EOF) {
                throw run.fail("unexpected end of statement while looking for matching double-quote");
            }
            if (next == '"') {
                run.appendQuoteIfRaw(text, in.next());
                return new Step.Done(text.toString());
            }
            if (run.atBraceExpansion()) {
                return new Step.Nest(BraceExpansionFrame.open(run));
            }
            if (next == '$') {
                String expansion = run.readSimpleExpansion();
                run.checkLength((long) text.length() + expansion.length());
                text.append(expansion);
                continue;
            }
            int character = in.next();
            if (character == escape) {
                if (rawEscapes) {
                    text.appendCodePoint(character);
                }
                int following = in.peek();
                if (following == EOF) {
                    continue; // reported as an unterminated string on the next turn
                }
                if (following == '"' || following == '$' || following == escape) {
                    character = in.next();
                }
            }
            text.appendCodePoint(character);
        }
    }

    @Override
    public void accept(String nestedValue, LexRun run) {
        run.checkLength((long) text.length() + nestedValue.length());
        text.append(nestedValue);
    }
}
