package dev.dlint.image;

/** The SHA-256 of a regular file's content, stored compactly as four longs. */
public record ContentHash(long w0, long w1, long w2, long w3) {

    /** Builds a hash from the 32 raw bytes of a SHA-256 digest. */
    public static ContentHash of(byte[] sha256) {
        if (sha256.length != 32) {
            throw new IllegalArgumentException("expected 32 bytes, got " + sha256.length);
        }
        return new ContentHash(word(sha256, 0), word(sha256, 8), word(sha256, 16), word(sha256, 24));
    }

    /** The 64 lower-case hex digits. */
    public String toHex() {
        return String.format("%016x%016x%016x%016x", w0, w1, w2, w3);
    }

    @Override
    public String toString() {
        return "sha256:" + toHex();
    }

    private static long word(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (b[at + i] & 0xFFL);
        }
        return v;
    }
}
