package dev.dlint.rules.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Variable names that say they hold a secret. BuildKit's pattern ({@code getSecretsRegex}) wants a secret word
 * between underscores or at an end ({@code DB_PASSWORD}, {@code GITHUB_TOKEN}, {@code API_KEY}) and lets
 * {@code public}, {@code file} and {@code version} words clear a name. hadolint's DL3064 also matches names where the
 * word is glued to others ({@code PGPASSWORD}, {@code githubToken}); dlint accepts those when a word of the name
 * (split at {@code _ - .} and camelCase) ends with a secret word, which keeps {@code TOKENIZERS_PARALLELISM} and
 * {@code GOPRIVATE} clear. Two kinds of names are never secrets, whatever the pattern says: GPG and PGP key names
 * ({@code GPG_KEY} holds a public key's fingerprint), and names whose value is a file name or path
 * ({@code RESET_PASSWORD=reset-password.sh}, {@code TLS_KEY=/etc/tls/server.key}). Nor is the {@code Key} leaf of
 * an ASP.NET hierarchical configuration path whose value is a plain name ({@code DefaultProcess__Filters__0__Key=ProcessId}:
 * a filter's key field, not a key).
 */
public final class SecretNames {

    /** Which tools would call a name a secret. */
    public enum Match {
        /** BuildKit's pattern (and hadolint's) matches. */
        BUILDKIT,
        /** Only hadolint's DL3064 would flag it. */
        HADOLINT,
        NONE
    }

    private static final Pattern BUILDKIT = Pattern.compile(
            "(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)");
    private static final Pattern ALLOWED = Pattern.compile("(?i)(?:_|^)(?:public|file|version)(?:_|$)");
    private static final Set<String> GLUED = Set.of("password", "passwd", "secret", "token", "apikey", "credential",
            "credentials");
    private static final Set<String> CLEARING = Set.of("public", "file", "version", "path", "dir");
    private static final Set<String> PUBLIC_KEYS = Set.of("gpg", "pgp", "gnupg");
    private static final Pattern CONFIG_KEY_LEAF = Pattern.compile("(?i).+__key");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z]*");
    private static final Pattern FILE = Pattern.compile(
            "(\\.{0,2}/|~/|/)\\S*|[\\w.-]+(/[\\w.-]+)+|[\\w.-]+\\.(sh|py|key|pem|crt|cer|der|json|txt|conf|cfg|ya?ml|xml|properties|p12|pfx|jks|env|ini)");

    private SecretNames() {
    }

    /**
     * Which tools would call a variable a secret.
     *
     * @param value the value it is given, quotes removed; empty when it has none
     */
    public static Match match(String name, String value) {
        boolean configurationField = CONFIG_KEY_LEAF.matcher(name).matches() && PLAIN_NAME.matcher(value).matches();
        if (configurationField || FILE.matcher(value).matches() || Arrays.stream(words(name))
                .anyMatch(w -> PUBLIC_KEYS.contains(w.toLowerCase(Locale.ROOT)))) {
            return Match.NONE;
        }
        return match(name);
    }

    private static String[] words(String name) {
        return name.split("[_.-]|(?<=[a-z0-9])(?=[A-Z])");
    }

    static Match match(String name) {
        if (BUILDKIT.matcher(name).find()) {
            return ALLOWED.matcher(name).find() ? Match.NONE : Match.BUILDKIT;
        }
        String[] words = words(name);
        boolean cleared = Arrays.stream(words).anyMatch(w -> CLEARING.contains(w.toLowerCase(Locale.ROOT)));
        boolean secret = Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT))
                .anyMatch(w -> GLUED.stream().anyMatch(w::endsWith));
        return secret && !cleared ? Match.HADOLINT : Match.NONE;
    }
}
