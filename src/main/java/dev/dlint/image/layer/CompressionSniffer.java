package dev.dlint.image.layer;

import dev.dlint.image.Compression;
import java.util.Optional;

/** Detects a layer blob's compression from its first bytes. */
public final class CompressionSniffer {
    /** How many leading bytes {@link #sniff} wants to see. */
    public static final int HEAD_BYTES = 512;

    private CompressionSniffer() {
    }

    /**
     * Returns the compression, or empty if the bytes are neither a known compressed format nor a tar (ustar magic, a
     * valid v7 header, or a zero block, which starts an empty tar).
     */
    public static Optional<Compression> sniff(byte[] head, int length) {
        if (length >= 2 && u(head[0]) == 0x1F && u(head[1]) == 0x8B) {
            return Optional.of(Compression.GZIP);
        }
        if (length >= 4 && u(head[0]) == 0x28 && u(head[1]) == 0xB5 && u(head[2]) == 0x2F && u(head[3]) == 0xFD) {
            return Optional.of(Compression.ZSTD);
        }
        if (length >= 4 && (u(head[0]) & 0xF0) == 0x50 && u(head[1]) == 0x2A && u(head[2]) == 0x4D
                && u(head[3]) == 0x18) {
            return Optional.of(Compression.ZSTD); // skippable frame first (zstd:chunked)
        }
        if (length >= 6 && u(head[0]) == 0xFD && head[1] == '7' && head[2] == 'z' && head[3] == 'X' && head[4] == 'Z'
                && head[5] == 0) {
            return Optional.of(Compression.XZ);
        }
        if (length >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') {
            return Optional.of(Compression.BZIP2);
        }
        if (length == 0) {
            return Optional.of(Compression.NONE); // an empty stream: no entries
        }
        if (length >= 263 && head[257] == 'u' && head[258] == 's' && head[259] == 't' && head[260] == 'a'
                && head[261] == 'r') {
            return Optional.of(Compression.NONE);
        }
        if (length >= 512 && (allZero(head, 512) || validChecksum(head))) {
            return Optional.of(Compression.NONE);
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean validChecksum(byte[] b) {
        long stored = 0;
        boolean any = false;
        for (int i = 148; i < 156; i++) {
            int c = b[i];
            if (c >= '0' && c <= '7') {
                stored = stored * 8 + (c - '0');
                any = true;
            } else if (c != 0 && c != ' ') {
                return false;
            }
        }
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (b[i] & 0xFF);
        }
        return any && stored == sum;
    }

    private static int u(byte b) {
        return b & 0xFF;
    }
}
