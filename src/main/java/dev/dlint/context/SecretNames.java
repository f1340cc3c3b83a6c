package dev.dlint.context;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Files whose name says they hold a secret. Items marked not {@link CatalogItem#certain() certain}
 * ({@code .npmrc}, {@code .pypirc}, {@code .netrc}, {@code .docker/config.json}) hold one only when
 * {@link SecretContent} finds a token or password in them. Public keys ({@code *.pub}) and dotenv templates
 * ({@code .env.example}, {@code .env.sample}, {@code .env.template}, {@code .env.dist}, {@code .env.defaults})
 * are not secrets.
 */
public final class SecretNames {

    private static final EntryKind FILE = EntryKind.FILE;

    /** The catalogue, as data. */
    public static final List<CatalogItem> ITEMS = List.of(
            new CatalogItem(".env*", FILE, true, "dotenv file"),
            new CatalogItem("*.pem", FILE, true, "PEM certificate or key"),
            new CatalogItem("*.key", FILE, true, "private key"),
            new CatalogItem("id_rsa*", FILE, true, "SSH private key"),
            new CatalogItem("id_ed25519*", FILE, true, "SSH private key"),
            new CatalogItem(".npmrc", FILE, false, "npm configuration (may hold a registry token)"),
            new CatalogItem(".pypirc", FILE, false, "PyPI configuration (may hold a password)"),
            new CatalogItem(".netrc", FILE, false, "netrc credentials"),
            new CatalogItem("credentials.json", FILE, true, "service credentials"),
            new CatalogItem(".aws/credentials", FILE, true, "AWS credentials"),
            new CatalogItem(".docker/config.json", FILE, false, "Docker client configuration (may hold registry auth)"),
            new CatalogItem("*.p12", FILE, true, "PKCS#12 keystore"),
            new CatalogItem("*.pfx", FILE, true, "PKCS#12 keystore"),
            new CatalogItem("kubeconfig", FILE, true, "Kubernetes credentials"),
            new CatalogItem(".kube/config", FILE, true, "Kubernetes credentials"));

    /** Names that look like secrets but are templates or public halves. */
    public static final Set<String> ENV_TEMPLATE_SUFFIXES = Set.of(".example", ".sample", ".template", ".dist",
            ".defaults");

    private SecretNames() {
    }

    /** The catalogue item for a file at {@code path}, if its name says it holds a secret. */
    public static Optional<CatalogItem> match(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.endsWith(".pub")) {
            return Optional.empty();
        }
        if (name.startsWith(".env")) {
            for (String suffix : ENV_TEMPLATE_SUFFIXES) {
                if (name.endsWith(suffix)) {
                    return Optional.empty();
                }
            }
        }
        for (CatalogItem item : ITEMS) {
            if (item.matches(path, FILE)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** The catalogue item for {@code entry} when it is a regular file whose name says it holds a secret. */
    public static Optional<CatalogItem> match(ContextEntry entry) {
        return entry.isFile() ? match(entry.path()) : Optional.empty();
    }
}
