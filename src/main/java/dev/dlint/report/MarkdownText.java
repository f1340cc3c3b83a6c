package dev.dlint.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the small Markdown subset of rule documents as plain text: headings lose their {@code #} marks and get a
 * blank line before them, fenced code
 * is indented by four spaces, inline code, emphasis and escapes lose their markers, and links keep their text with
 * the target in parentheses. List markers and paragraphs stay as written.
 */
public final class MarkdownText {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]*)\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)\\s]*)\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![*\\w])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");

    private MarkdownText() {
    }

    /** The plain-text rendering of {@code markdown}. */
    public static String toPlainText(String markdown) {
        StringBuilder out = new StringBuilder();
        boolean inFence = false;
        int blankRun = 0;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            String rendered;
            if (inFence) {
                rendered = line.isEmpty() ? "" : "    " + line;
            } else {
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    if (out.length() > 0 && blankRun == 0) {
                        out.append('\n');
                    }
                    blankRun = 0;
                    rendered = inline(heading.group(1));
                } else {
                    rendered = inline(line);
                }
            }
            if (rendered.isBlank()) {
                blankRun++;
                if (blankRun > 1 || out.length() == 0) {
                    continue;
                }
                rendered = "";
            } else {
                blankRun = 0;
            }
            out.append(rendered.stripTrailing()).append('\n');
        }
        return out.toString().strip();
    }

    /** Removes inline markup from one line outside code blocks. */
    static String inline(String line) {
        StringBuilder out = new StringBuilder();
        Matcher code = INLINE_CODE.matcher(line);
        int last = 0;
        while (code.find()) {
            out.append(markup(line.substring(last, code.start())));
            out.append(code.group(2).strip());
            last = code.end();
        }
        out.append(markup(line.substring(last)));
        return out.toString();
    }

    private static String markup(String text) {
        String s = IMAGE.matcher(text).replaceAll("$1");
        s = LINK.matcher(s).replaceAll(match -> {
            String label = match.group(1);
            String target = match.group(2);
            String replacement = target.isEmpty() || target.equals(label) ? label : label + " (" + target + ")";
            return Matcher.quoteReplacement(replacement);
        });
        s = STRONG.matcher(s).replaceAll("$2");
        s = EMPHASIS.matcher(s).replaceAll("$1");
        return ESCAPE.matcher(s).replaceAll("$1");
    }
}
