package dev.dlint.report.image;

import dev.dlint.text.Utf8;

/** Text from an image (paths, history commands, names) made safe for a terminal: no control characters. */
final class TerminalText {

    private TerminalText() {
    }

    /** Control characters (C0, DEL, C1) become {@code \xNN}; unpaired surrogates become U+FFFD. */
    static String clean(String text) {
        String valid = Utf8.sanitize(text);
        StringBuilder out = null;
        for (int i = 0; i < valid.length(); i++) {
            char c = valid.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F);
            if (control && out == null) {
                out = new StringBuilder(valid.length() + 8).append(valid, 0, i);
            }
            if (control) {
                out.append(String.format("\\x%02x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? valid : out.toString();
    }
}
