package dev.dlint.image.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Finds where an outer archive that the tar reader rejected is cut off, so that the error names the member: walks
 * the headers with positional reads (content is skipped, never read) until a header or a member's data runs past the
 * end of the file.
 */
final class OuterTarProbe {
    private static final int BLOCK = 512;
    private static final int MAX_LONG_NAME = 64 * 1024;

    private OuterTarProbe() {
    }

    /** {@code member 'x': declares 47104 bytes but the archive ends after 20000 of them (truncated archive)}. */
    static Optional<String> truncation(FileChannel channel) {
        try {
            long size = channel.size();
            long at = 0;
            String longName = null;
            String last = null;
            ByteBuffer header = ByteBuffer.allocate(BLOCK);
            while (true) {
                header.clear();
                int n = readFully(channel, header, at);
                if (n == 0) {
                    return last == null ? Optional.empty() : Optional.of("the archive ends after member '" + last
                            + "' without an end-of-archive marker (truncated archive)");
                }
                if (n < BLOCK) {
                    return Optional.of("the archive ends inside the header after member '"
                            + (last == null ? "(none)" : last) + "' (truncated archive)");
                }
                byte[] b = header.array();
                if (zero(b)) {
                    return Optional.empty();
                }
                long entrySize = number(b, 124, 12);
                byte type = b[156];
                String name = longName != null ? longName : name(b);
                long data = at + BLOCK;
                if (entrySize < 0 || data + entrySize > size) {
                    long present = Math.max(0, size - data);
                    String what = type == 'L' || type == 'x' || type == 'g' ? "the extended header of the next member"
                            : "member '" + name + "'";
                    return Optional.of(what + " declares " + entrySize + " bytes but the archive ends after "
                            + present + " of them (truncated archive)");
                }
                if (type == 'L' && entrySize <= MAX_LONG_NAME) {
                    ByteBuffer text = ByteBuffer.allocate((int) entrySize);
                    readFully(channel, text, data);
                    longName = cString(text.array(), 0, (int) entrySize);
                } else if (type != 'x' && type != 'g' && type != 'K') {
                    last = name;
                    longName = null;
                }
                at = data + (entrySize + BLOCK - 1) / BLOCK * BLOCK;
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private static boolean zero(byte[] b) {
        for (byte x : b) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static String name(byte[] b) {
        String name = cString(b, 0, 100);
        boolean ustar = b[257] == 'u' && b[258] == 's' && b[259] == 't' && b[260] == 'a' && b[261] == 'r';
        boolean gnu = ustar && b[262] == ' ';
        String prefix = ustar && !gnu ? cString(b, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static String cString(byte[] b, int at, int len) {
        int end = at;
        while (end < at + len && b[end] != 0) {
            end++;
        }
        return new String(b, at, end - at, StandardCharsets.UTF_8);
    }

    /** An octal or base-256 number field; -1 when unreadable. */
    private static long number(byte[] b, int at, int len) {
        if ((b[at] & 0x80) != 0) {
            long v = b[at] & 0x3F;
            for (int i = at + 1; i < at + len; i++) {
                v = (v << 8) | (b[i] & 0xFF);
            }
            return v;
        }
        long v = 0;
        for (int i = at; i < at + len; i++) {
            byte c = b[i];
            if (c == 0 || c == ' ') {
                if (v > 0) {
                    break;
                }
                continue;
            }
            if (c < '0' || c > '7') {
                return -1;
            }
            v = (v << 3) | (c - '0');
        }
        return v;
    }
}
