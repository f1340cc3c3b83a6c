package dev.dlint.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/** An ANTLR character stream over UTF-16 code units, so token indexes are Java string indexes. */
final class VirtualCharStream implements CharStream {

    private final char[] text;
    private final String name;
    private int index;

    VirtualCharStream(String text, String name) {
        this.text = text.toCharArray();
        this.name = name;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(text.length - 1, interval.b);
        return start > stop ? "" : new String(text, start, stop - start + 1);
    }

    @Override
    public void consume() {
        if (index >= text.length) {
            throw new IllegalStateException("cannot consume EOF");
        }
        index++;
    }

    @Override
    public int LA(int i) {
        int at = i > 0 ? index + i - 1 : index + i;
        if (i == 0 || at < 0 || at >= text.length) {
            return IntStream.EOF;
        }
        return text[at];
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int index) {
        this.index = Math.min(index, text.length);
    }

    @Override
    public int size() {
        return text.length;
    }

    @Override
    public String getSourceName() {
        return name;
    }
}
