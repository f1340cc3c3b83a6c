package dev.dlint.context;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for secrets in the first {@link #HEAD_BYTES} of a file: a PEM private key, an AWS access key id (not the
 * documentation ids ending in {@code EXAMPLE}), npm tokens, a password in {@code .netrc}/{@code .pypirc}, registry
 * auth in a Docker {@code config.json}. It reports
 * what and on which line, never the text. Files are opened without following symlinks, and only regular files.
 */
public final class SecretContent {

    /** How much of a file is read. */
    public static final int HEAD_BYTES = 64 * 1024;

    private static final Pattern PEM = Pattern.compile("-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----");
    private static final Pattern AWS_KEY = Pattern.compile(
            "(?<![0-9A-Z])AKIA(?![0-9A-Z]{9}EXAMPLE)[0-9A-Z]{16}(?![0-9A-Z])");
    private static final Pattern NPM_TOKEN = Pattern.compile("_authToken\\s*=\\s*(?!\\$\\{)[^\\s]");
    private static final Pattern NPM_AUTH = Pattern.compile("^\\s*(//\\S*:)?_auth\\s*=\\s*(?!\\$\\{)[^\\s]");
    private static final Pattern NETRC_PASSWORD = Pattern.compile("(^|\\s)password\\s+\\S");
    private static final Pattern PYPIRC_PASSWORD = Pattern.compile("^\\s*password\\s*[=:]\\s*\\S");
    private static final Pattern DOCKER_AUTH = Pattern.compile("\"auth\"\\s*:\\s*\"[^\"]+\"");

    private SecretContent() {
    }

    /**
     * Scans the head of a regular file; other entries (and files that cannot be read) yield nothing.
     *
     * @throws IOException when the file cannot be opened or read
     */
    public static List<SecretHit> scan(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attrs.isRegularFile()) {
            return List.of();
        }
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(HEAD_BYTES, Math.max(attrs.size(), 0)));
        try (SeekableByteChannel channel = Files.newByteChannel(file, Set.<OpenOption>of(StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS))) {
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // fill the head
            }
        }
        byte[] head = new byte[buffer.position()];
        buffer.flip();
        buffer.get(head);
        return scan(head, String.valueOf(file.getFileName()), file.toString().replace('\\', '/'));
    }

    /**
     * Scans bytes already read; {@code name} (the file name) and {@code path} select the name-specific checks.
     * At most {@link #HEAD_BYTES} are looked at.
     */
    public static List<SecretHit> scan(byte[] content, String name, String path) {
        int length = Math.min(content.length, HEAD_BYTES);
        String text = new String(content, 0, length, StandardCharsets.ISO_8859_1);
        String lowerName = name.toLowerCase(Locale.ROOT);
        boolean netrc = lowerName.equals(".netrc") || lowerName.equals("_netrc");
        boolean pypirc = lowerName.equals(".pypirc");
        boolean dockerConfig = path.endsWith(".docker/config.json") || lowerName.equals("config.json");
        List<SecretHit> hits = new ArrayList<>();
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String l = text.substring(start, end);
            find(hits, PEM, l, SecretEvidence.PEM_PRIVATE_KEY, line);
            find(hits, AWS_KEY, l, SecretEvidence.AWS_ACCESS_KEY_ID, line);
            find(hits, NPM_TOKEN, l, SecretEvidence.NPM_AUTH_TOKEN, line);
            find(hits, NPM_AUTH, l, SecretEvidence.NPM_AUTH, line);
            if (netrc) {
                find(hits, NETRC_PASSWORD, l, SecretEvidence.PASSWORD, line);
            }
            if (pypirc) {
                find(hits, PYPIRC_PASSWORD, l, SecretEvidence.PASSWORD, line);
            }
            if (dockerConfig) {
                find(hits, DOCKER_AUTH, l, SecretEvidence.DOCKER_AUTH, line);
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
            line++;
        }
        return List.copyOf(hits);
    }

    private static void find(List<SecretHit> hits, Pattern pattern, String line, SecretEvidence evidence, int n) {
        Matcher m = pattern.matcher(line);
        if (m.find()) {
            hits.add(new SecretHit(evidence, n));
        }
    }
}
