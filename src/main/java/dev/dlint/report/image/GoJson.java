package dev.dlint.report.image;

import dev.dlint.image.analysis.GoFloat;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes JSON exactly as Go's {@code json.MarshalIndent(v, "", "  ")} does, so that dive's export can be reproduced
 * byte for byte: two-space indentation, {@code "key": value}, empty arrays as {@code []}, strings escaped as
 * {@code encoding/json} escapes them ({@code <}, {@code >}, {@code &}, U+2028 and U+2029 as {@code \\uXXXX}, invalid
 * UTF-16 as U+FFFD) and floats in Go's shortest form. Streaming: nothing is buffered beyond the writer.
 */
final class GoJson {

    private final Writer out;
    private int depth;
    /** Per open container: whether it has a member yet. */
    private final boolean[] hasMember = new boolean[64];

    GoJson(Writer out) {
        this.out = out;
    }

    void beginObject() throws IOException {
        open('{');
    }

    void endObject() throws IOException {
        close('}');
    }

    void beginArray() throws IOException {
        open('[');
    }

    void endArray() throws IOException {
        close(']');
    }

    /** Starts a member of the current object: {@code "name": }. */
    void name(String name) throws IOException {
        separate();
        string(name);
        out.write(": ");
        pendingValue = true;
    }

    void value(String text) throws IOException {
        beforeValue();
        string(text);
    }

    void value(long number) throws IOException {
        beforeValue();
        out.write(Long.toString(number));
    }

    void value(boolean flag) throws IOException {
        beforeValue();
        out.write(flag ? "true" : "false");
    }

    /** A float64 as Go writes it; NaN and infinities have no JSON form (Go fails), so they are written as 0. */
    void value(double number) throws IOException {
        beforeValue();
        out.write(Double.isFinite(number) ? GoFloat.json(number) : "0");
    }

    void field(String name, String text) throws IOException {
        name(name);
        value(text);
    }

    void field(String name, long number) throws IOException {
        name(name);
        value(number);
    }

    void field(String name, boolean flag) throws IOException {
        name(name);
        value(flag);
    }

    /** Whether the next value completes a {@code "name": } (no separator or newline before it). */
    private boolean pendingValue;

    private void beforeValue() throws IOException {
        if (pendingValue) {
            pendingValue = false;
            return;
        }
        separate();
    }

    private void separate() throws IOException {
        if (depth > 0) {
            if (hasMember[depth]) {
                out.write(',');
            }
            hasMember[depth] = true;
            newline();
        }
    }

    private void open(char c) throws IOException {
        beforeValue();
        out.write(c);
        depth++;
        if (depth >= hasMember.length) {
            throw new IllegalStateException("JSON nested too deeply");
        }
        hasMember[depth] = false;
    }

    private void close(char c) throws IOException {
        boolean any = hasMember[depth];
        depth--;
        if (any) {
            newline();
        }
        out.write(c);
    }

    private void newline() throws IOException {
        out.write('\n');
        for (int i = 0; i < depth; i++) {
            out.write("  ");
        }
    }

    private void string(String s) throws IOException {
        out.write('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    out.write("\\\"");
                    break;
                case '\\':
                    out.write("\\\\");
                    break;
                case '\n':
                    out.write("\\n");
                    break;
                case '\r':
                    out.write("\\r");
                    break;
                case '\t':
                    out.write("\\t");
                    break;
                case '\b':
                    out.write("\\b");
                    break;
                case '\f':
                    out.write("\\f");
                    break;
                case '<':
                case '>':
                case '&':
                case '\u2028':
                case '\u2029':
                    out.write(String.format("\\u%04x", (int) c));
                    break;
                default:
                    if (c < 0x20) {
                        out.write(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.write(c);
                        out.write(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.write('\ufffd');
                    } else {
                        out.write(c);
                    }
            }
        }
        out.write('"');
    }
}
