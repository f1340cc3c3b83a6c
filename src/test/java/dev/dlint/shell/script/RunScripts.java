package dev.dlint.shell.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately crude extraction of the shell text of {@code RUN} instructions from a Dockerfile, good enough to feed the
 * shell parser real-world input in tests. It joins backslash-continued lines (dropping comment and blank lines inside them,
 * as BuildKit does), skips exec-form and Windows files, and appends BuildKit here-document bodies to their instruction.
 */
final class RunScripts {
    private static final Pattern HEREDOC = Pattern.compile("<<(-?)\\s*([\"']?)([A-Za-z_][A-Za-z0-9_]*)\\2");
    private static final Pattern FLAG = Pattern.compile("^--[a-z-]+=\\S*\\s+");
    private static final Pattern WINDOWS = Pattern.compile(
            "(?im)^\\s*#\\s*escape\\s*=\\s*`|^\\s*SHELL\\s*\\[\\s*\"(powershell|pwsh|cmd)|^\\s*FROM\\s+\\S*(windows|nanoserver|servercore)");

    /** One {@code RUN} script and the 1-based line its instruction starts on. */
    record Run(int line, String script) {
    }

    private RunScripts() {
    }

    /** The shell-form {@code RUN} scripts of {@code dockerfile}; none for Windows Dockerfiles. */
    static List<Run> of(String dockerfile) {
        List<Run> runs = new ArrayList<>();
        if (WINDOWS.matcher(dockerfile).find()) {
            return runs;
        }
        String[] lines = dockerfile.split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            int first = i;
            String line = stripCr(lines[i++]);
            if (line.isBlank() || line.trim().startsWith("#")) {
                continue;
            }
            StringBuilder logical = new StringBuilder();
            while (line.stripTrailing().endsWith("\\") && i < lines.length) {
                String trimmed = line.stripTrailing();
                logical.append(trimmed, 0, trimmed.length() - 1);
                line = stripCr(lines[i++]);
                while (i < lines.length && (line.isBlank() || line.trim().startsWith("#"))) {
                    line = stripCr(lines[i++]);
                }
            }
            logical.append(line);
            StringBuilder bodies = new StringBuilder();
            String instruction = logical.toString().trim();
            String script = runScript(instruction);
            Matcher heredoc = HEREDOC.matcher(script == null ? "" : script);
            String firstBody = null;
            while (heredoc.find()) {
                boolean stripTabs = !heredoc.group(1).isEmpty();
                String delimiter = heredoc.group(3);
                StringBuilder body = new StringBuilder();
                while (i < lines.length) {
                    String bodyLine = stripCr(lines[i++]);
                    String candidate = stripTabs ? bodyLine.replaceFirst("^\t+", "") : bodyLine;
                    if (candidate.equals(delimiter)) {
                        break;
                    }
                    body.append(bodyLine).append('\n');
                }
                if (firstBody == null) {
                    firstBody = body.toString();
                }
                bodies.append('\n').append(body).append(delimiter);
            }
            if (script == null || script.startsWith("[")) {
                continue;
            }
            if (script.startsWith("<<") && firstBody != null) {
                runs.add(new Run(first + 1, firstBody)); // RUN <<EOF: the body is the script
            } else {
                runs.add(new Run(first + 1, script + bodies));
            }
        }
        return runs;
    }

    /** The text after {@code RUN} (or {@code ONBUILD RUN}) and its {@code --flags}, or null for other instructions. */
    private static String runScript(String instruction) {
        String rest = instruction;
        if (keyword(rest).equals("ONBUILD")) {
            rest = rest.substring("ONBUILD".length()).trim();
        }
        if (!keyword(rest).equals("RUN")) {
            return null;
        }
        rest = rest.substring(3).trim();
        Matcher flag = FLAG.matcher(rest);
        while (flag.find()) {
            rest = rest.substring(flag.end());
            flag = FLAG.matcher(rest);
        }
        return rest;
    }

    private static String keyword(String instruction) {
        int end = 0;
        while (end < instruction.length() && !Character.isWhitespace(instruction.charAt(end))) {
            end++;
        }
        return instruction.substring(0, end).toUpperCase(Locale.ROOT);
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
