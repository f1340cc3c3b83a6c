package dev.dlint.rules.knowledge;

import dev.dlint.context.BuildContext;
import dev.dlint.context.CatalogItem;
import dev.dlint.context.ContextEntry;
import dev.dlint.context.CopyOutcome;
import dev.dlint.context.EntryKind;
import dev.dlint.context.IgnorePattern;
import dev.dlint.context.NeverNeeded;
import dev.dlint.context.SecretContent;
import dev.dlint.context.SecretEvidence;
import dev.dlint.context.SecretHit;
import dev.dlint.context.SecretNames;
import dev.dlint.facts.ContextCopy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the secrets a COPY/ADD would put into a layer: files whose name says they hold one ({@link SecretNames}),
 * confirmed by their content where the name alone is not enough, and other text files whose first 64 KiB hold a
 * private key, an access key id or a registry token ({@link SecretContent}). A {@code .pem} that holds only
 * certificates, a {@code .key} that is a zip archive (a Keynote file) or a public key, and files below directories
 * an image never needs ({@code node_modules}, {@code .git}: their test keys are reported by the other context rules
 * as litter) are not secrets here. Content is read within a budget per Dockerfile; what is found is never kept.
 * One instance serves one Dockerfile.
 */
public final class ContextSecrets {

    /**
     * A secret a COPY takes.
     *
     * @param entry        the file
     * @param what         what it is, without its content ({@code "dotenv file"}, {@code "a PEM private key on line
     *                     1"})
     * @param reincludedBy the {@code !} pattern of the ignore file that sends it although an earlier line excludes it
     */
    public record Secret(ContextEntry entry, String what, Optional<IgnorePattern> reincludedBy) {
    }

    /** How many files the content of which is read at most, per Dockerfile. */
    static final int MAX_SCANNED_FILES = 5_000;
    /** Larger files are not read for content (their names are still checked). */
    static final long MAX_SCANNED_SIZE = 1_000_000;

    private static final Set<String> BINARY = Set.of("png", "jpg", "jpeg", "gif", "webp", "ico", "svg", "woff",
            "woff2", "ttf", "otf", "eot", "jar", "class", "war", "ear", "so", "dll", "exe", "dylib", "a", "o", "zip",
            "gz", "tgz", "bz2", "xz", "zst", "7z", "tar", "rar", "pdf", "mp3", "mp4", "mov", "avi", "wav", "ogg",
            "pyc", "whl", "egg", "node", "wasm", "bin", "dat", "db", "sqlite", "psd", "lock", "map", "min.js");

    private final BuildContext context;
    private final Map<String, List<SecretHit>> scanned = new HashMap<>();
    private int budget = MAX_SCANNED_FILES;

    public ContextSecrets(BuildContext context) {
        this.context = context;
    }

    /** The secrets {@code copy} takes, in path order. */
    public List<Secret> in(ContextCopy copy) {
        if (copy.selection().outcome() != CopyOutcome.SELECTED) {
            return List.of();
        }
        List<Secret> secrets = new ArrayList<>();
        for (ContextEntry entry : copy.selection().entries()) {
            if (!entry.isFile() || belowLitter(entry.path())) {
                continue;
            }
            Optional<String> what = judge(entry);
            if (what.isPresent()) {
                secrets.add(new Secret(entry, what.get(), entry.decidedBy().filter(IgnorePattern::exclusion)));
            }
        }
        return List.copyOf(secrets);
    }

    private Optional<String> judge(ContextEntry entry) {
        Optional<CatalogItem> byName = SecretNames.match(entry);
        String name = entry.name().toLowerCase(Locale.ROOT);
        if (byName.isPresent()) {
            CatalogItem item = byName.get();
            String description = item.description().replaceAll("\\s*\\(.*\\)$", "");
            Optional<List<SecretHit>> hits = content(entry, true);
            if (name.endsWith(".pem") || name.endsWith(".key")) {
                if (hits.isPresent() && hits.get().stream().noneMatch(h -> h.evidence()
                        == SecretEvidence.PEM_PRIVATE_KEY) && notPrivate(entry)) {
                    return Optional.empty(); // certificates, public keys, Keynote archives
                }
            } else if (!item.certain()) {
                return hits.filter(h -> !h.isEmpty()).map(h -> description + " with " + evidence(h.get(0)));
            }
            return Optional.of(description + hits.filter(h -> !h.isEmpty()).map(h -> ", " + evidence(h.get(0)))
                    .orElse(""));
        }
        if (isBinary(name)) {
            return Optional.empty();
        }
        return content(entry, false).filter(h -> !h.isEmpty()).map(h -> evidence(h.get(0)));
    }

    /**
     * Whether a .pem/.key file without a PEM private key holds nothing private: its head is a zip archive (a
     * Keynote document), certificates, or a public key. A binary (DER) key or an unreadable file stays a secret.
     */
    private boolean notPrivate(ContextEntry entry) {
        byte[] head;
        try (InputStream in = Files.newInputStream(context.root().resolve(entry.path()), LinkOption.NOFOLLOW_LINKS)) {
            head = in.readNBytes(4096);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return true;
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.contains("-----BEGIN CERTIFICATE-----") || text.contains("PUBLIC KEY-----")
                || text.startsWith("ssh-") || text.contains("-----BEGIN X509 CRL-----");
    }

    /** The content evidence of a file, read once; empty when it was not read (budget, size, unreadable). */
    private Optional<List<SecretHit>> content(ContextEntry entry, boolean named) {
        List<SecretHit> known = scanned.get(entry.path());
        if (known != null) {
            return Optional.of(known);
        }
        if (entry.isUnreadable() || entry.size() > MAX_SCANNED_SIZE && !named || budget <= 0) {
            return Optional.empty();
        }
        budget--;
        try {
            List<SecretHit> hits = SecretContent.scan(context.root().resolve(entry.path()));
            scanned.put(entry.path(), hits);
            return Optional.of(hits);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String evidence(SecretHit hit) {
        String what;
        switch (hit.evidence()) {
            case PEM_PRIVATE_KEY:
                what = "a PEM private key";
                break;
            case AWS_ACCESS_KEY_ID:
                what = "an AWS access key id";
                break;
            case NPM_AUTH_TOKEN:
                what = "an npm _authToken";
                break;
            case NPM_AUTH:
                what = "npm _auth credentials";
                break;
            case PASSWORD:
                what = "a password";
                break;
            default:
                what = "registry credentials";
                break;
        }
        return what + " on line " + hit.line();
    }

    private static boolean belowLitter(String path) {
        int from = 0;
        while (true) {
            int slash = path.indexOf('/', from);
            if (slash < 0) {
                return false;
            }
            if (NeverNeeded.match(path.substring(0, slash), EntryKind.DIRECTORY).isPresent()) {
                return true;
            }
            from = slash + 1;
        }
    }

    private static boolean isBinary(String name) {
        for (String extension : BINARY) {
            if (name.endsWith("." + extension)) {
                return true;
            }
        }
        return false;
    }
}
