package dev.dlint.image.layer;

import dev.dlint.image.SecretKind;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies files as secret-looking from their path and, where the name alone is not enough, from a bounded head of
 * their content ({@link #HEAD_BYTES}). Never keeps or returns the content.
 */
public final class SecretRules {
    /** How much of a file's head is inspected. */
    public static final int HEAD_BYTES = 64 * 1024;

    private static final Set<String> SSH_KEY_NAMES = Set.of("id_rsa", "id_dsa", "id_ecdsa", "id_ed25519",
            "id_ecdsa_sk", "id_ed25519_sk");
    private static final Set<String> ENV_TEMPLATES = Set.of("example", "sample", "template", "dist", "defaults",
            "tmpl", "tpl");
    private static final Set<String> CREDENTIAL_NAMES = Set.of(".netrc", "_netrc", ".git-credentials", ".pgpass",
            ".vault-token", ".boto", ".s3cfg", ".htpasswd");
    private static final byte[] PEM_BEGIN = "-----BEGIN ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PRIVATE_KEY = "PRIVATE KEY-----".getBytes(StandardCharsets.US_ASCII);

    private SecretRules() {
    }

    /** What the scanner must do for a regular file at {@code path}. */
    public enum Need {
        /** The path alone decides (or the file is not a candidate; only the PEM check applies). */
        PATH_ONLY,
        /** The head of the content decides. */
        CONTENT
    }

    /** Whether the content head is needed to classify {@code path}. */
    public static Need need(String path) {
        String name = lowerName(path);
        if (name.equals(".npmrc") || name.equals(".pypirc") || name.equals(".yarnrc.yml") || name.equals(".yarnrc")
                || name.equals(".my.cnf") || path.endsWith(".docker/config.json") || name.endsWith(".json")) {
            return Need.CONTENT;
        }
        return Need.PATH_ONLY;
    }

    /** Classifies a regular file by its path alone. */
    public static Optional<SecretKind> byPath(String path) {
        String name = lowerName(path);
        String lower = path.toLowerCase(Locale.ROOT);
        if (SSH_KEY_NAMES.contains(name)) {
            return Optional.of(SecretKind.PRIVATE_KEY);
        }
        if (name.endsWith(".p12") || name.endsWith(".pfx") || name.endsWith(".jks") || name.endsWith(".keystore")) {
            return Optional.of(SecretKind.KEYSTORE);
        }
        if (name.equals(".env") || (name.startsWith(".env.")
                && !ENV_TEMPLATES.contains(name.substring(".env.".length())))) {
            return Optional.of(SecretKind.ENV_FILE);
        }
        if (lower.endsWith(".aws/credentials") || lower.endsWith(".config/gcloud/credentials.db")
                || name.equals("application_default_credentials.json") || lower.endsWith(".azure/accesstokens.json")) {
            return Optional.of(SecretKind.CLOUD_CREDENTIALS);
        }
        if (lower.endsWith(".kube/config")) {
            return Optional.of(SecretKind.REGISTRY_CREDENTIALS);
        }
        if (CREDENTIAL_NAMES.contains(name) || name.endsWith(".token") || name.equals("token")) {
            return Optional.of(SecretKind.CREDENTIALS_FILE);
        }
        return Optional.empty();
    }

    /** Classifies a regular file from its path and the first {@code length} bytes of its content. */
    public static Optional<SecretKind> byContent(String path, byte[] head, int length) {
        Optional<SecretKind> byPath = byPath(path);
        if (byPath.isPresent()) {
            return byPath;
        }
        if (containsPrivateKeyPem(head, length)) {
            return Optional.of(SecretKind.PRIVATE_KEY);
        }
        if (need(path) != Need.CONTENT) {
            return Optional.empty();
        }
        String name = lowerName(path);
        String text = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        if (name.equals(".npmrc") || name.equals(".yarnrc")) {
            return hit(text.contains("_authToken") || text.contains("_auth=") || text.contains("_auth =")
                    || text.contains("_password"), SecretKind.PACKAGE_REGISTRY_TOKEN);
        }
        if (name.equals(".yarnrc.yml")) {
            return hit(text.contains("npmAuthToken") || text.contains("npmAuthIdent"),
                    SecretKind.PACKAGE_REGISTRY_TOKEN);
        }
        if (name.equals(".pypirc")) {
            return hit(text.contains("password"), SecretKind.PACKAGE_REGISTRY_TOKEN);
        }
        if (name.equals(".my.cnf")) {
            return hit(text.contains("password"), SecretKind.CREDENTIALS_FILE);
        }
        if (path.endsWith(".docker/config.json")) {
            return hit(text.contains("\"auth\"") || text.contains("\"identitytoken\""),
                    SecretKind.REGISTRY_CREDENTIALS);
        }
        if (name.endsWith(".json")) {
            return hit(text.contains("\"private_key\"") && text.contains("\"service_account\""),
                    SecretKind.CLOUD_CREDENTIALS);
        }
        return Optional.empty();
    }

    /** True if the head contains {@code -----BEGIN … PRIVATE KEY-----}. */
    public static boolean containsPrivateKeyPem(byte[] head, int length) {
        int from = 0;
        while (true) {
            int begin = indexOf(head, length, PEM_BEGIN, from);
            if (begin < 0) {
                return false;
            }
            int lineEnd = begin + PEM_BEGIN.length;
            int limit = Math.min(length, lineEnd + 40);
            while (lineEnd < limit && head[lineEnd] != '\n') {
                lineEnd++;
            }
            if (indexOf(head, lineEnd, PRIVATE_KEY, begin) >= 0) {
                return true;
            }
            from = begin + 1;
        }
    }

    private static int indexOf(byte[] data, int length, byte[] needle, int from) {
        byte first = needle[0];
        int last = length - needle.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (data[i] != first) {
                continue;
            }
            for (int j = 1; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Optional<SecretKind> hit(boolean condition, SecretKind kind) {
        return condition ? Optional.of(kind) : Optional.empty();
    }

    private static String lowerName(String path) {
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
