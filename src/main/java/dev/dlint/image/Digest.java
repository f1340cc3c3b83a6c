package dev.dlint.image;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A content digest such as {@code sha256:5f70bf18…}: algorithm plus lower-case hex encoding.
 *
 * <p>Only {@code sha256} (64 hex digits) and {@code sha512} (128 hex digits) are accepted.
 */
public record Digest(String algorithm, String hex) {
    private static final Pattern HEX = Pattern.compile("[0-9a-f]+");

    /** Validates the parts; use {@link #parse(String)} for the {@code alg:hex} form. */
    public Digest {
        int expected = expectedLength(algorithm);
        if (expected < 0) {
            throw new IllegalArgumentException("unsupported digest algorithm '" + algorithm + "'");
        }
        if (hex == null || hex.length() != expected || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("malformed " + algorithm + " digest '" + hex + "'");
        }
    }

    /** Parses {@code sha256:<64 hex>}; throws {@link IllegalArgumentException} with a readable message otherwise. */
    public static Digest parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("missing digest");
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("malformed digest '" + abbreviate(text) + "'");
        }
        return new Digest(text.substring(0, colon), text.substring(colon + 1));
    }

    /** A sha256 digest of the given 32 raw bytes. */
    public static Digest sha256(byte[] raw) {
        return new Digest("sha256", toHex(raw));
    }

    /** True if {@code text} parses as a digest. */
    public static boolean isDigest(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The Java {@link java.security.MessageDigest} algorithm name. */
    public String javaAlgorithm() {
        return algorithm.toUpperCase(Locale.ROOT).replace("SHA", "SHA-");
    }

    /** The first 12 hex digits, the usual short form. */
    public String shortHex() {
        return hex.substring(0, 12);
    }

    @Override
    public String toString() {
        return algorithm + ":" + hex;
    }

    static String toHex(byte[] raw) {
        StringBuilder sb = new StringBuilder(raw.length * 2);
        for (byte b : raw) {
            sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return sb.toString();
    }

    private static int expectedLength(String algorithm) {
        if ("sha256".equals(algorithm)) {
            return 64;
        }
        if ("sha512".equals(algorithm)) {
            return 128;
        }
        return -1;
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
