package dev.dlint.image;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A history {@code created_by} as people read it: the instruction that made the layer, without the builders'
 * wrapping ({@code /bin/sh -c}, {@code #(nop)}, {@code # buildkit}, build-argument prefixes), on one line.
 *
 * <p>Examples: {@code /bin/sh -c apt-get update} → {@code RUN apt-get update};
 * {@code RUN |1 V=2 /bin/sh -c make # buildkit} → {@code RUN make};
 * {@code /bin/sh -c #(nop)  ENV A=1} → {@code ENV A=1};
 * {@code /bin/sh -c #(nop) COPY file:3f…c2 in /app } → {@code COPY file:3f…c2 in /app}.
 */
public final class CreatedBy {
    private static final String SHELL = "/bin/sh -c ";
    private static final String NOP = "#(nop)";
    private static final String BUILDKIT_SUFFIX = "# buildkit";
    private static final Pattern BUILD_ARGS = Pattern.compile("^\\|(\\d+) ");
    private static final Pattern CONTENT_HASH = Pattern.compile("\\b((?:file|dir|multi):)([0-9a-f]{12})[0-9a-f]{52}\\b");

    private CreatedBy() {
    }

    /** The readable form of {@code createdBy}; {@code ""} stays {@code ""}. */
    public static String readable(String createdBy) {
        String text = collapse(createdBy);
        boolean run = false;
        if (text.startsWith("RUN ")) {
            run = true;
            text = text.substring(4);
        }
        text = withoutBuildArgs(text);
        if (text.startsWith(SHELL)) {
            text = text.substring(SHELL.length()).stripLeading();
            if (text.startsWith(NOP)) {
                text = text.substring(NOP.length()).strip();
                run = false;
            } else {
                run = true;
            }
        }
        if (text.endsWith(BUILDKIT_SUFFIX)) {
            text = text.substring(0, text.length() - BUILDKIT_SUFFIX.length()).stripTrailing();
        }
        Matcher hash = CONTENT_HASH.matcher(text);
        text = hash.replaceAll("$1$2…");
        return run ? "RUN " + text : text;
    }

    /** {@link #readable} cut to at most {@code max} characters, ending in {@code …} when cut. */
    public static String abbreviated(String createdBy, int max) {
        return abbreviate(readable(createdBy), max);
    }

    /** {@code text} cut to at most {@code max} characters (never inside a surrogate pair), ending in {@code …}. */
    public static String abbreviate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - 1);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** Drops BuildKit's and the classic builder's {@code |N K=v …} build-argument prefix. */
    private static String withoutBuildArgs(String text) {
        Matcher m = BUILD_ARGS.matcher(text);
        if (!m.find()) {
            return text;
        }
        int shell = text.indexOf(SHELL);
        if (shell > 0) {
            return text.substring(shell);
        }
        String rest = text.substring(m.end());
        int count;
        try {
            count = Integer.parseInt(m.group(1));
        } catch (NumberFormatException e) {
            return text;
        }
        for (int i = 0; i < count; i++) {
            int space = rest.indexOf(' ');
            if (space < 0) {
                return text;
            }
            rest = rest.substring(space + 1);
        }
        return rest;
    }

    /** One line: every run of whitespace (newlines of heredoc RUNs included) becomes one space. */
    private static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }
}
