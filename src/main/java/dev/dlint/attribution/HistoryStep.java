package dev.dlint.attribution;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A history {@code created_by} read as the instruction that wrote it, whichever builder did:
 * <ul>
 *   <li>Docker's classic builder and buildah: {@code /bin/sh -c <cmd>} (a RUN), {@code |N K=v … /bin/sh -c <cmd>}
 *       (a RUN with build arguments), {@code /bin/sh -c #(nop)  ENV K=v} (metadata, one or two spaces),
 *       {@code /bin/sh -c #(nop) COPY file:<sha256> in <dst> } (only the destination is comparable: the source is a
 *       content hash; also {@code dir:}, {@code multi:} and ADD);</li>
 *   <li>BuildKit: {@code RUN /bin/sh -c <cmd> # buildkit}, {@code RUN |N K=v … /bin/sh -c <cmd> # buildkit},
 *       {@code COPY --chown=u src dst # buildkit}, {@code WORKDIR /x}, {@code ENV K=v}, {@code CMD ["a" "b"]};</li>
 *   <li>kaniko: the instruction as written ({@code RUN mkdir -p /x}, {@code COPY a b}, {@code ENV A=1}).</li>
 * </ul>
 * Anything else (a {@code buildah commit --created-by} text, ko, jib) becomes a RUN-like step whose text is the whole
 * string, which only a close textual match ties to an instruction.
 *
 * @param keyword         the instruction keyword, upper case ({@code RUN}, {@code COPY}, …)
 * @param text            what follows the keyword, without the builder's wrapping, whitespace collapsed
 * @param destinationOnly whether {@code text} is only the destination of a COPY/ADD (the classic builder's form)
 */
public record HistoryStep(String keyword, String text, boolean destinationOnly) {

    private static final Set<String> KEYWORDS = Set.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE",
            "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");
    private static final String SHELL = "/bin/sh -c ";
    private static final String NOP = "#(nop)";
    private static final String BUILDKIT = "# buildkit";
    private static final Pattern BUILD_ARGS = Pattern.compile("^\\|(\\d+)(?: |$)");
    private static final Pattern CLASSIC_TRANSFER =
            Pattern.compile("^(?:--\\S+ +)*(?:file|dir|multi):[0-9a-f]{6,} in (.*)$");

    public HistoryStep {
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(text, "text");
    }

    /** Reads one {@code created_by}. */
    public static HistoryStep parse(String createdBy) {
        String text = collapse(createdBy);
        if (text.endsWith(BUILDKIT)) {
            text = text.substring(0, text.length() - BUILDKIT.length()).stripTrailing();
        }
        String keyword = firstWord(text);
        if (KEYWORDS.contains(keyword)) {
            String rest = text.substring(keyword.length()).strip();
            if (keyword.equals("RUN")) {
                return new HistoryStep("RUN", shellCommand(rest), false);
            }
            return transfer(keyword, rest);
        }
        String command = withoutBuildArgs(text);
        if (command.startsWith(SHELL) || command.equals(SHELL.strip())) {
            String body = command.length() > SHELL.length() ? command.substring(SHELL.length()).strip() : "";
            if (body.startsWith(NOP)) {
                String nop = body.substring(NOP.length()).strip();
                String nopKeyword = firstWord(nop);
                if (KEYWORDS.contains(nopKeyword)) {
                    return transfer(nopKeyword, nop.substring(nopKeyword.length()).strip());
                }
                return new HistoryStep("", nop, false);
            }
            return new HistoryStep("RUN", body, false);
        }
        return new HistoryStep("RUN", text, false);
    }

    /** COPY and ADD in the classic builder's {@code file:<hash> in <dst>} form keep only the destination. */
    private static HistoryStep transfer(String keyword, String rest) {
        if (keyword.equals("COPY") || keyword.equals("ADD")) {
            Matcher classic = CLASSIC_TRANSFER.matcher(rest);
            if (classic.matches()) {
                return new HistoryStep(keyword, classic.group(1).strip(), true);
            }
        }
        return new HistoryStep(keyword, rest, false);
    }

    /** The command of a RUN, without a build-argument prefix and {@code /bin/sh -c}. */
    private static String shellCommand(String rest) {
        String command = withoutBuildArgs(rest);
        if (command.startsWith(SHELL)) {
            return command.substring(SHELL.length()).strip();
        }
        return command;
    }

    /**
     * Drops the {@code |N K=v …} prefix of the classic builder and BuildKit: everything up to {@code /bin/sh -c}
     * when it follows, else N words (values never contain spaces there: the builders quote nothing).
     */
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
                return "";
            }
            rest = rest.substring(space + 1);
        }
        return rest;
    }

    /** The first word, upper-cased (kaniko keeps the Dockerfile's own spelling of the keyword). */
    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return (space < 0 ? text : text.substring(0, space)).toUpperCase(Locale.ROOT);
    }

    /** One line: every run of whitespace (newlines of heredoc RUNs included) becomes one space. */
    static String collapse(String text) {
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
