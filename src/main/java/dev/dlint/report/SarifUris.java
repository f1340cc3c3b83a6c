package dev.dlint.report;

import dev.dlint.text.Utf8;
import java.nio.charset.StandardCharsets;

/**
 * URIs for SARIF {@code artifactLocation}s. A repository-relative path becomes a relative reference (resolved
 * against {@code %SRCROOT%}); a path outside the repository becomes an absolute {@code file:} URI. Every byte outside
 * RFC 3986's unreserved set and {@code /} is percent-encoded (UTF-8), so spaces, {@code %}, {@code :}, {@code #},
 * backslashes and non-ASCII names stay valid {@code uri-reference}s; GitHub decodes them before reading the file.
 */
final class SarifUris {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SarifUris() {
    }

    /** The URI of a reported path; absolute paths become {@code file:///…}. */
    static String of(String reportedPath) {
        if (RepositoryPaths.isOutsideRoot(reportedPath)) {
            String path = reportedPath.startsWith("/") ? reportedPath : "/" + reportedPath;
            return "file://" + encodePath(path);
        }
        return encodePath(reportedPath);
    }

    /** Percent-encodes everything but {@code A-Z a-z 0-9 - . _ ~ /}. */
    static String encodePath(String path) {
        byte[] bytes = Utf8.sanitize(path).getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 8);
        for (byte b : bytes) {
            int c = b & 0xFF;
            boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
            if (unreserved) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
