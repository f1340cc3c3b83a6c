package dev.dlint.report;

import dev.dlint.rule.Severity;
import dev.dlint.text.Utf8;

/** Small text helpers shared by the line-oriented formats. */
final class ReportText {

    private ReportText() {
    }

    /** The text on one line: line breaks become spaces, other control characters and invalid input become U+FFFD. */
    static String oneLine(String text) {
        return sanitizeControls(text).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** Invalid input becomes U+FFFD, and so do control characters other than tab, line feed and carriage return. */
    static String sanitizeControls(String text) {
        String s = Utf8.sanitize(text);
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
            if (control && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(control ? '\uFFFD' : c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** The first line of a text. */
    static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    /** GCC's words, also SARIF's levels: error, warning, and note for info and style. */
    static String gnuLevel(Severity severity) {
        return severity.inThreeLevels("error", "warning", "note");
    }

    /** "N problems (a errors, b warnings) in M files". */
    static String summary(long total, int[] countsBySeverity, int files) {
        StringBuilder parts = new StringBuilder();
        for (Severity s : Severity.values()) {
            int n = countsBySeverity[s.ordinal()];
            if (n > 0) {
                parts.append(parts.length() == 0 ? "" : ", ").append(n).append(' ').append(s.label())
                        .append(n == 1 || s == Severity.INFO || s == Severity.STYLE ? "" : "s");
            }
        }
        return total + (total == 1 ? " problem" : " problems") + " (" + parts + ") in " + files
                + (files == 1 ? " file" : " files");
    }
}
