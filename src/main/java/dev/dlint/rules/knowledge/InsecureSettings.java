package dev.dlint.rules.knowledge;

import dev.dlint.command.Invocation;
import dev.dlint.command.Option;
import dev.dlint.facts.CommandUse;
import dev.dlint.shell.script.Assignment;
import dev.dlint.shell.script.Word;
import dev.dlint.text.SourceRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings that turn off the checks downloads rely on, read from commands: TLS certificate verification (curl
 * {@code -k}, wget {@code --no-check-certificate}, pip {@code --trusted-host}, npm/yarn {@code strict-ssl false}, git
 * {@code http.sslVerify=false}, and variables such as {@code GIT_SSL_NO_VERIFY}) and package signature checks (apt
 * {@code --allow-unauthenticated}/{@code --force-yes}, rpm {@code --nosignature}, dnf/yum {@code --nogpgcheck}, zypper
 * {@code --no-gpg-checks}, apk {@code --allow-untrusted}, {@code [trusted=yes]} in an APT source line).
 */
public final class InsecureSettings {

    /**
     * One setting found.
     *
     * @param range   the exact characters
     * @param what    the setting as the message names it
     * @param instead the safe alternative
     */
    public record Hit(SourceRange range, String what, String instead) {
    }

    private static final String PRIVATE_CA = "if the server has a private CA, give its certificate instead";

    private InsecureSettings() {
    }

    /** TLS verification turned off by this command or its environment. */
    public static List<Hit> tls(CommandUse use) {
        List<Hit> hits = new ArrayList<>();
        variables(use, hits);
        if (use.invocation().isEmpty()) {
            return hits;
        }
        Invocation inv = use.invocation().get();
        if (inv.is("curl")) {
            options(use, inv.all("--insecure"), PRIVATE_CA + " (--cacert ca.pem, or add it to the image's trust store)",
                    hits);
        } else if (inv.is("wget")) {
            options(use, inv.all("--no-check-certificate"), PRIVATE_CA + " (--ca-certificate=ca.pem)", hits);
        } else if (inv.is("pip")) {
            options(use, inv.all("--trusted-host"), "use an HTTPS index with a valid certificate (--cert ca.pem for a"
                    + " private CA)", hits);
            if (inv.isWithin("config")) {
                setting(use, "trusted-host", null, "use an HTTPS index with a valid certificate", hits);
            }
        } else if (inv.is("npm") || inv.is("yarn") || inv.is("pnpm")) {
            setting(use, "strict-ssl", "false", PRIVATE_CA + " (" + inv.spelled() + " config set cafile ca.pem)", hits);
            setting(use, "enableStrictSsl", "false", PRIVATE_CA + " (yarn config set caFilePath ca.pem)", hits);
        } else if (inv.is("git")) {
            for (Option option : inv.all("-c")) {
                if (option.value().map(InsecureSettings::gitSslOff).orElse(false)) {
                    hits.add(new Hit(use.range(option.valueSpan().orElse(option.span())), "git -c "
                            + option.value().get(), PRIVATE_CA + " (git -c http.sslCAInfo=ca.pem)"));
                }
            }
            if (inv.isWithin("config")) {
                setting(use, "http.sslverify", "false", PRIVATE_CA + " (git config http.sslCAInfo ca.pem)", hits);
            }
        }
        return hits;
    }

    /**
     * Package signature checks turned off by this command.
     *
     * @param run every command of the RUN, to tell packages built or copied into the build (apk {@code add
     *            --allow-untrusted} of local files when nothing in the RUN downloads) from fetched ones
     */
    public static List<Hit> signatures(CommandUse use, List<CommandUse> run) {
        List<Hit> hits = new ArrayList<>();
        trustedSources(use, hits);
        if (use.invocation().isEmpty()) {
            return hits;
        }
        Invocation inv = use.invocation().get();
        String keep = "keep signature checks on: import the repository's key (signed-by=…/gpg --dearmor) and let "
                + inv.spelled() + " verify";
        if (inv.is("apt-get") || inv.is("apt") || inv.is("aptitude")) {
            for (String flag : List.of("--allow-unauthenticated", "--force-yes", "--allow-insecure-repositories")) {
                options(use, inv.all(flag), keep, hits);
            }
            for (Option option : inv.all("-o")) {
                String value = option.value().orElse("").toLowerCase(Locale.ROOT);
                if (value.matches(".*(allowunauthenticated|allowinsecurerepositories|allow-insecure)=(true|yes|1)")) {
                    hits.add(new Hit(use.range(option.valueSpan().orElse(option.span())), "-o " + option.value().get(),
                            keep));
                }
            }
        } else if (inv.is("rpm")) {
            options(use, inv.all("--nosignature"), keep, hits);
        } else if (inv.is("dnf") || inv.is("yum") || inv.is("microdnf") || inv.is("tdnf")) {
            options(use, inv.all("--nogpgcheck"), keep, hits);
            for (Option option : inv.all("--setopt")) {
                if (option.value().orElse("").matches("(.*\\.)?(gpgcheck|repo_gpgcheck)=(0|false|no)")) {
                    hits.add(new Hit(use.range(option), "--setopt=" + option.value().get(), keep));
                }
            }
        } else if (inv.is("zypper")) {
            options(use, inv.all("--no-gpg-checks"), keep, hits);
        } else if (inv.is("apk") && (inv.isWithin("add") || inv.isWithin("upgrade") || inv.isWithin("fix"))
                && !(localPackages(inv) && run.stream().noneMatch(c -> c.is("curl", "wget")))) {
            options(use, inv.all("--allow-untrusted"), "sign the package, or add its public key to /etc/apk/keys", hits);
        }
        return hits;
    }

    /** A value that turns TLS verification off, for a variable of that name (ENV, ARG, a shell assignment). */
    public static Optional<String> tlsVariable(String name, String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        boolean off = v.equals("0") || v.equals("false") || v.equals("no");
        switch (name) {
            case "GIT_SSL_NO_VERIFY": // git stops verifying when the variable is set at all, whatever its value
                return Optional.of(PRIVATE_CA + " (GIT_SSL_CAINFO=ca.pem)");
            case "NODE_TLS_REJECT_UNAUTHORIZED":
                return v.equals("0") ? Optional.of(PRIVATE_CA + " (NODE_EXTRA_CA_CERTS=ca.pem)") : Optional.empty();
            case "PYTHONHTTPSVERIFY":
                return v.equals("0") ? Optional.of(PRIVATE_CA + " (SSL_CERT_FILE=ca.pem)") : Optional.empty();
            case "npm_config_strict_ssl":
            case "NPM_CONFIG_STRICT_SSL":
                return off ? Optional.of(PRIVATE_CA + " (npm_config_cafile=ca.pem)") : Optional.empty();
            case "PIP_TRUSTED_HOST":
                return v.isEmpty() ? Optional.empty() : Optional.of("use an HTTPS index with a valid certificate");
            default:
                return Optional.empty();
        }
    }

    private static boolean gitSslOff(String setting) {
        String s = setting.toLowerCase(Locale.ROOT);
        return s.matches("http(\\..*)?\\.sslverify=(false|0|no|off)");
    }

    private static void options(CommandUse use, List<Option> options, String instead, List<Hit> hits) {
        for (Option option : options) {
            hits.add(new Hit(use.range(option), option.spelled() + option.value().map(v -> "=" + v).orElse(""),
                    instead));
        }
    }

    /**
     * {@code config set key value}, {@code key=value}, {@code --key=value} and {@code --key value} among the words;
     * {@code value} null for a key that is insecure with any value.
     */
    private static void setting(CommandUse use, String key, String value, String instead, List<Hit> hits) {
        List<Word> words = use.command().command().args();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).unquoted();
            String bare = word.replaceFirst("^--", "").replaceFirst("^global\\.", "");
            String next = i + 1 < words.size() ? words.get(i + 1).unquoted() : "";
            boolean keyed = bare.equalsIgnoreCase(key) && (value == null ? !next.isEmpty() : next.equalsIgnoreCase(value));
            boolean joined = value != null && bare.equalsIgnoreCase(key + "=" + value);
            if (keyed || joined) {
                int end = keyed && value != null ? i + 1 : i;
                hits.add(new Hit(use.command().script().range(words.get(i).start(), words.get(end).end()),
                        word + (keyed && value != null ? " " + next : ""), instead));
                return;
            }
        }
    }

    /** Variables set for the command: {@code NAME=value cmd}, {@code env NAME=value cmd}, {@code export NAME=value}. */
    private static void variables(CommandUse use, List<Hit> hits) {
        for (Assignment assignment : use.command().command().assignments()) {
            tlsVariable(assignment.name(), assignment.value().unquoted()).ifPresent(instead -> hits.add(new Hit(
                    use.command().script().range(assignment.start(), assignment.end()), assignment.name() + "="
                    + assignment.value().unquoted(), instead)));
        }
        use.invocation().ifPresent(inv -> inv.environment().stream().filter(e -> !e.setBy().isEmpty())
                .forEach(e -> tlsVariable(e.name(), e.value()).ifPresent(instead -> hits.add(new Hit(
                        use.range(e.span()), e.name() + "=" + e.value(), instead)))));
        if (use.command().command().isNamed("export", "declare", "typeset", "readonly")) {
            for (Word word : use.command().command().args()) {
                String text = word.unquoted();
                int eq = text.indexOf('=');
                if (eq > 0) {
                    tlsVariable(text.substring(0, eq), text.substring(eq + 1)).ifPresent(instead -> hits.add(
                            new Hit(use.command().range(word), text, instead)));
                }
            }
        }
    }

    /** Whether every package operand is a file path ({@code ./x.apk}, {@code /tmp/packages/*.apk}). */
    private static boolean localPackages(Invocation apk) {
        return apk.operandsAfterSubcommand().stream().allMatch(o -> o.text().contains("/") || o.text().endsWith(".apk"));
    }

    /**
     * {@code [trusted=yes]} in a word: an APT source line written without signature checks; not for a local
     * repository ({@code file:}, {@code copy:}) of packages the build made itself.
     */
    private static void trustedSources(CommandUse use, List<Hit> hits) {
        for (Word word : use.command().command().words()) {
            int at = word.raw().indexOf("trusted=yes");
            String after = at < 0 ? "" : word.raw().substring(at).replaceFirst("^[^\\]]*]\\s*", "");
            if (at >= 0 && word.raw().lastIndexOf('[', at) >= 0 && !after.startsWith("file:")
                    && !after.startsWith("copy:")) {
                hits.add(new Hit(use.command().script().range(word.start() + at, word.start() + at + 11),
                        "[trusted=yes]", "drop trusted=yes and give the repository's key with signed-by=…"));
            }
        }
    }
}
