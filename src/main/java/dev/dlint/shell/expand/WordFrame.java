package dev.dlint.shell.expand;

import static dev.dlint.shell.expand.CodePointScanner.EOF;

/**
 * A word: either the whole input, or the word inside {@code ${v:-word}}, {@code ${v#word}},
 * {@code ${v/word/word}}, which ends at a given stop character.
 */
final class WordFrame implements Frame {

    private final int stopChar;
    private final boolean rawEscapes;
    private final WordCollector words;
    private final StringBuilder text = new StringBuilder();
    private int nestedStart;
    private boolean nestedSplits;

    private WordFrame(int stopChar, boolean rawEscapes, WordCollector words) {
        this.stopChar = stopChar;
        this.rawEscapes = rawEscapes;
        this.words = words;
    }

    /** The whole input; its words go to {@code words}. */
    static WordFrame wholeInput(boolean rawEscapes, WordCollector words) {
        return new WordFrame(EOF, rawEscapes, words);
    }

    /** A word inside {@code ${…}} that ends at {@code stopChar}, which is consumed but not kept. */
    static WordFrame until(int stopChar, boolean rawEscapes) {
        return new WordFrame(stopChar, rawEscapes, null);
    }

    @Override
    public Step run(LexRun run) {
        CodePointScanner in = run.scanner();
        boolean quotesAreSpecial = !run.options().skipProcessQuotes();
        int next;
        while ((next = in.peek()) != EOF) {
            int start = in.position();
            if (next == stopChar) {
                in.next();
                return new Step.Done(text.toString());
            }
            if (run.atBraceExpansion()) {
                return nest(start, true, BraceExpansionFrame.open(run));
            } else if (next == '$') {
                append(run.readSimpleExpansion(), true, start, in, run);
            } else if (next == '<') {
                append(run.readRedirection(), false, start, in, run);
            } else if (quotesAreSpecial && next == '\'') {
                append(run.readSingleQuoted(), false, start, in, run);
            } else if (quotesAreSpecial && next == '"') {
                return nest(start, false, DoubleQuoteFrame.open(run, rawEscapes));
            } else if (!readCharacter(run, in, start)) {
                break;
            }
        }
        if (stopChar != EOF) {
            throw run.fail("unexpected end of statement while looking for matching " + GoText.runeToString(stopChar));
        }
        return new Step.Done(text.toString());
    }

    /**
     * Reads a plain character or an escape pair. Returns false when the input ends right after the
     * escape character, which is then dropped (or kept, with raw escapes).
     */
    private boolean readCharacter(LexRun run, CodePointScanner in, int start) {
        int character = in.next();
        if (character != run.options().escape()) {
            text.appendCodePoint(character);
            if (words != null) {
                words.addChar(character, start, in.position());
            }
            return true;
        }
        if (rawEscapes) {
            appendRawChar(character, start, in.position());
        }
        int escaped = in.next();
        if (escaped == EOF) {
            return false;
        }
        appendRawChar(escaped, start, in.position());
        return true;
    }

    private void appendRawChar(int character, int start, int end) {
        text.appendCodePoint(character);
        if (words != null) {
            words.addRawChar(character, start, end);
        }
    }

    private void append(String value, boolean splits, int start, CodePointScanner in, LexRun run) {
        run.checkLength((long) text.length() + value.length());
        text.append(value);
        if (words == null) {
            return;
        }
        if (splits) {
            words.addString(value, start, in.position());
        } else {
            words.addRawString(value, start, in.position());
        }
    }

    private Step nest(int start, boolean splits, Frame child) {
        nestedStart = start;
        nestedSplits = splits;
        return new Step.Nest(child);
    }

    @Override
    public void accept(String nestedValue, LexRun run) {
        append(nestedValue, nestedSplits, nestedStart, run.scanner(), run);
    }
}
