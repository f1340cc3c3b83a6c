package dev.dlint.rules.knowledge;

import dev.dlint.facts.CommandUse;
import dev.dlint.model.VariableScope;
import dev.dlint.shell.script.Word;
import dev.dlint.text.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets written on a command line of a RUN, which the image history keeps: values of password and token options
 * ({@code --password x}, {@code --token=x}), MySQL's glued {@code -px}, curl's {@code -u user:password}, credentials
 * in URLs ({@code https://user:token@host}), {@code Authorization} and token headers, and {@code user:password} piped
 * to chpasswd. A value counts when it is written literally or comes from an ARG or ENV (whose values the history and
 * the image configuration keep too); not when it is read at run time ({@code $(cat /run/secrets/x)}), comes from a
 * variable the RUN sets itself or from a {@code --mount=type=secret,env=…}, or names a file or standard input.
 */
public final class CommandLineSecrets {

    /**
     * One secret on a command line.
     *
     * @param range the secret's characters
     * @param how   how it is given, for the message, without the secret: {@code --password}, {@code a URL's password}
     */
    public record Secret(SourceRange range, String how) {
    }

    private static final Pattern OPTION = Pattern.compile(
            "--((?:[a-z0-9]+-)*(?:password|passwd|pass|token|secret|api-?key|apitoken|secret-key|access-key))");
    private static final Set<String> MYSQL = Set.of("mysql", "mysqladmin", "mysqldump", "mysqlimport", "mysqlshow",
            "mysqlcheck", "mariadb", "mariadb-admin", "mariadb-dump", "mysqlpump");
    private static final Pattern URL = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://([^/@\\s:]*)(?::([^/@\\s]*))?@");
    private static final Pattern TOKEN = Pattern.compile("(?:ghp|gho|ghs|ghu|github_pat|glpat|xox[abpr])[-_][A-Za-z0-9_-]+");
    private static final Pattern HEADER = Pattern.compile(
            "(?i)\\s*(authorization|proxy-authorization|private-token|x-api-key|api-key|x-auth-token|x-access-token"
                    + "|x-jfrog-art-api)\\s*:\\s*(?:(?:bearer|basic|token|digest)\\s+)?(\\S.*)");

    private CommandLineSecrets() {
    }

    /**
     * The secrets of one command.
     *
     * @param scope        the variables of the RUN (ARG and ENV)
     * @param mountedNames variables the RUN gets from secret mounts, which are not recorded
     */
    public static List<Secret> of(CommandUse use, VariableScope scope, Set<String> mountedNames) {
        List<Secret> secrets = new ArrayList<>();
        if (use.invocation().isEmpty()) {
            return secrets;
        }
        Judge judge = new Judge(scope, mountedNames);
        String tool = use.invocation().get().tool();
        List<Word> words = use.invocation().get().command().args();
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            String text = word.unquoted();
            Matcher option = OPTION.matcher(text.toLowerCase(Locale.ROOT));
            if (option.lookingAt() && !option.group(1).startsWith("no-")) {
                int end = option.end();
                if (end < text.length() && text.charAt(end) == '=') {
                    add(use, word, text.substring(end + 1), "--" + option.group(1), judge, secrets);
                } else if (end == text.length() && i + 1 < words.size() && !words.get(i + 1).unquoted().startsWith("-")) {
                    add(use, words.get(i + 1), words.get(i + 1).unquoted(), "--" + option.group(1), judge, secrets);
                    i++;
                }
                continue;
            }
            if (MYSQL.contains(tool) && text.matches("-p.+")) {
                add(use, word, text.substring(2), "-p", judge, secrets);
            } else if (tool.equals("curl") && (text.equals("-u") || text.equals("--user")) && i + 1 < words.size()) {
                String credentials = words.get(i + 1).unquoted();
                int colon = credentials.indexOf(':');
                if (colon >= 0 && colon + 1 < credentials.length()) {
                    add(use, words.get(i + 1), credentials.substring(colon + 1), text + " user:password", judge, secrets);
                }
            } else if ((tool.equals("curl") || tool.equals("wget")) && (text.equals("-H") || text.equals("--header"))
                    && i + 1 < words.size()) {
                header(use, words.get(i + 1), judge, secrets);
            } else if (text.startsWith("--header=")) {
                header(use, word, judge, secrets);
            }
            url(use, word, judge, secrets);
        }
        return secrets;
    }

    /**
     * {@code echo "user:password" | chpasswd}: the password of the piped line.
     *
     * @param chpasswds the {@code chpasswd} commands of the RUN, picked out once per RUN: a RUN of many commands
     *                  would otherwise be searched again for every echo
     */
    public static Optional<Secret> chpasswd(CommandUse echo, List<CommandUse> chpasswds, VariableScope scope,
                                            Set<String> mountedNames) {
        if (chpasswds.isEmpty() || !echo.is("echo", "printf") || echo.command().context().pipelineIndex() != 0
                || chpasswds.stream().noneMatch(c -> c.command().context().pipeline().equals(echo.command().context()
                        .pipeline()))) {
            return Optional.empty();
        }
        for (Word word : echo.invocation().get().command().args()) {
            String text = word.unquoted();
            int colon = text.indexOf(':');
            if (colon > 0 && colon + 1 < text.length()) {
                List<Secret> found = new ArrayList<>();
                add(echo, word, text.substring(colon + 1).split("\\\\n|\\s")[0], "a user:password line piped to"
                        + " chpasswd", new Judge(scope, mountedNames), found);
                return found.stream().findFirst();
            }
        }
        return Optional.empty();
    }

    private static void header(CommandUse use, Word word, Judge judge, List<Secret> secrets) {
        Matcher m = HEADER.matcher(word.unquoted().replaceFirst("^--header=", ""));
        if (m.matches()) {
            add(use, word, m.group(2).strip(), "the " + m.group(1) + " header", judge, secrets);
        }
    }

    private static void url(CommandUse use, Word word, Judge judge, List<Secret> secrets) {
        Matcher m = URL.matcher(word.unquoted());
        while (m.find()) {
            String user = m.group(1);
            String password = m.group(2);
            if (password != null && !password.isEmpty()) {
                add(use, word, password, "a URL's password (" + scheme(m.group()) + "user:…@)", judge, secrets);
            } else if (password == null && (TOKEN.matcher(user).matches() || secretVariable(user))) {
                add(use, word, user, "a token in a URL (" + scheme(m.group()) + "…@)", judge, secrets);
            }
        }
    }

    private static String scheme(String match) {
        return match.substring(0, match.indexOf("://") + 3);
    }

    private static boolean secretVariable(String text) {
        Matcher m = Pattern.compile("\\$\\{?(\\w+)}?").matcher(text);
        return m.matches() && SecretNames.match(m.group(1), "") != SecretNames.Match.NONE;
    }

    private static void add(CommandUse use, Word word, String value, String how, Judge judge, List<Secret> secrets) {
        if (!judge.recorded(value)) {
            return;
        }
        int at = word.raw().indexOf(value);
        SourceRange range = at < 0 ? use.command().range(word)
                : use.command().script().range(word.start() + at, word.start() + at + value.length());
        secrets.add(new Secret(range, how));
    }

    /** Whether a value would be recorded: literal, or from ARG/ENV. */
    private record Judge(VariableScope scope, Set<String> mounted) {
        boolean recorded(String value) {
            String v = value.strip();
            if (v.isEmpty() || v.equals("-") || v.startsWith("$(") || v.startsWith("`") || v.startsWith("@")
                    || v.startsWith("/") || v.startsWith("file:") || v.startsWith("env:") || v.contains("/run/secrets")
                    || v.contains("src=") || v.contains("id=")) {
                return false;
            }
            Matcher variable = Pattern.compile("\\$\\{?(\\w+)(?::?[-=?+][^}]*)?}?").matcher(v);
            if (variable.find()) {
                String name = variable.group(1);
                return scope.isDeclared(name) && !mounted.contains(name);
            }
            return !v.contains("$");
        }
    }
}
