package dev.dlint.image.layer;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A streaming tar reader for untrusted layer streams.
 *
 * <p>It understands ustar, GNU (long names {@code L}/{@code K}, old sparse {@code S}) and PAX ({@code x} per file,
 * {@code g} global, applied to later entries) headers, verifies header checksums, and stops at the first zero block
 * (the end-of-archive marker), so data after it (e.g. an estargz TOC) is never parsed. Extension records are capped
 * at {@link #MAX_EXTENSION_BYTES}; content is only ever streamed, never buffered.
 */
public final class SafeTarReader {
    /** Largest PAX or GNU long-name record accepted. */
    public static final int MAX_EXTENSION_BYTES = 1024 * 1024;
    private static final int BLOCK = 512;
    private static final int MAX_SPARSE_EXTENSION_BLOCKS = 10_000;
    /** The most extension headers (GNU long names, PAX) before one entry: a real entry has at most three. */
    public static final int MAX_EXTENSIONS_PER_ENTRY = 1_000;
    /** The most PAX global headers in one layer: real layers have at most one (from {@code git archive}). */
    public static final int MAX_GLOBAL_HEADERS = 10_000;

    private final InputStream in;
    private final byte[] block = new byte[BLOCK];
    private final Map<String, String> globalPax = new HashMap<>();
    private long remaining;
    private long padding;
    private boolean atEnd;
    private int globalHeaders;
    private long offset;

    /** Reads tar records from {@code in} (which should be buffered or deliver large reads). */
    public SafeTarReader(InputStream in) {
        this.in = in;
    }

    /** Offset of the next unread byte in the tar stream. */
    public long offset() {
        return offset;
    }

    /**
     * Advances to the next entry, skipping any unread content of the current one.
     *
     * @return the header, or {@code null} at the end-of-archive marker or a clean end of stream
     * @throws TarFormatException for corrupt or truncated input
     */
    public TarHeader next() throws IOException {
        if (atEnd) {
            return null;
        }
        skipRest();
        String longName = null;
        String longLink = null;
        Map<String, String> pax = null;
        int extensions = 0;
        while (true) {
            if (!readBlockOrEnd()) {
                atEnd = true;
                return null;
            }
            if (isZeroBlock()) {
                atEnd = true;
                return null;
            }
            verifyChecksum();
            byte type = block[156];
            long size = parseNumber(124, 12, "size");
            if (size < 0) {
                throw new TarFormatException("negative entry size");
            }
            if (isExtension(type)) {
                checkExtensionCounts(type, ++extensions);
            }
            switch (type) {
                case 'L':
                    longName = readExtension(size, "GNU long name");
                    continue;
                case 'K':
                    longLink = readExtension(size, "GNU long link name");
                    continue;
                case 'x':
                case 'X':
                    pax = parsePax(readExtension(size, "PAX header"));
                    continue;
                case 'g':
                    globalPax.putAll(parsePax(readExtension(size, "PAX global header")));
                    continue;
                default:
                    return finishHeader(type, size, longName, longLink, pax);
            }
        }
    }

    private static boolean isExtension(byte type) {
        return type == 'L' || type == 'K' || type == 'x' || type == 'X' || type == 'g';
    }

    private void checkExtensionCounts(byte type, int extensions) throws TarLimitException {
        if (extensions > MAX_EXTENSIONS_PER_ENTRY) {
            throw new TarLimitException("more than " + MAX_EXTENSIONS_PER_ENTRY
                    + " extension headers (PAX or GNU long names) in a row before one entry");
        }
        if (type == 'g' && ++globalHeaders > MAX_GLOBAL_HEADERS) {
            throw new TarLimitException("more than " + MAX_GLOBAL_HEADERS + " PAX global headers");
        }
    }

    private TarHeader finishHeader(byte type, long headerSize, String longName, String longLink,
                                   Map<String, String> pax) throws IOException {
        boolean gnu = block[257] == 'u' && block[262] == ' ';
        String name = longName != null ? stripNul(longName) : headerName(gnu);
        String link = longLink != null ? stripNul(longLink) : cString(157, 100);
        int mode = (int) parseNumber(100, 8, "mode");
        long uid = parseNumber(108, 8, "uid");
        long gid = parseNumber(116, 8, "gid");
        long size = headerSize;
        boolean sparse = false;
        Map<String, String> merged = new HashMap<>(globalPax);
        merged.remove("path");
        merged.remove("linkpath");
        merged.remove("size");
        if (pax != null) {
            merged.putAll(pax);
        }
        if (merged.containsKey("path")) {
            name = merged.get("path");
        }
        if (merged.containsKey("linkpath")) {
            link = merged.get("linkpath");
        }
        uid = paxLong(merged, "uid", uid);
        gid = paxLong(merged, "gid", gid);
        size = paxLong(merged, "size", size);
        if (merged.containsKey("GNU.sparse.name")) {
            name = merged.get("GNU.sparse.name");
        }
        if (merged.keySet().stream().anyMatch(k -> k.startsWith("GNU.sparse."))) {
            sparse = true;
        }
        if (type == 'S') {
            sparse = true;
            skipSparseExtensionBlocks();
        }
        if (size < 0) {
            throw new TarFormatException("negative entry size for '" + name + "'");
        }
        boolean hasData = type != '1' && type != '2' && type != '3' && type != '4' && type != '5' && type != '6';
        remaining = hasData ? size : 0;
        padding = hasData ? (BLOCK - (size % BLOCK)) % BLOCK : 0;
        return new TarHeader(name, link, type, size, mode, uid, gid, sparse);
    }

    private void skipSparseExtensionBlocks() throws IOException {
        boolean extended = block[482] != 0;
        int count = 0;
        while (extended) {
            if (++count > MAX_SPARSE_EXTENSION_BLOCKS) {
                throw new TarFormatException("too many GNU sparse extension blocks");
            }
            readBlock();
            extended = block[504] != 0;
        }
    }

    /** Reads content of the current entry; returns -1 when it is exhausted. */
    public int read(byte[] b, int off, int len) throws IOException {
        if (remaining <= 0) {
            return -1;
        }
        int want = (int) Math.min(len, remaining);
        int n = in.read(b, off, want);
        if (n < 0) {
            throw new TarFormatException("truncated entry content (" + remaining + " bytes missing)");
        }
        remaining -= n;
        offset += n;
        return n;
    }

    private void skipRest() throws IOException {
        long toSkip = remaining + padding;
        remaining = 0;
        padding = 0;
        byte[] scratch = toSkip > 0 ? new byte[(int) Math.min(toSkip, 64 * 1024)] : null;
        while (toSkip > 0) {
            int n = in.read(scratch, 0, (int) Math.min(scratch.length, toSkip));
            if (n < 0) {
                throw new TarFormatException("truncated entry content (" + toSkip + " bytes missing)");
            }
            toSkip -= n;
            offset += n;
        }
    }

    private String readExtension(long size, String what) throws IOException {
        if (size > MAX_EXTENSION_BYTES) {
            throw new TarFormatException(what + " of " + size + " bytes exceeds the limit of "
                    + MAX_EXTENSION_BYTES);
        }
        byte[] data = new byte[(int) size];
        readFully(data, 0, data.length);
        long pad = (BLOCK - (size % BLOCK)) % BLOCK;
        byte[] scratch = new byte[BLOCK];
        readFully(scratch, 0, (int) pad);
        return new String(data, StandardCharsets.UTF_8);
    }

    private static Map<String, String> parsePax(String text) throws TarFormatException {
        Map<String, String> out = new HashMap<>();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int pos = 0;
        while (pos < bytes.length) {
            if (bytes[pos] == 0) {
                break;
            }
            int space = pos;
            while (space < bytes.length && bytes[space] != ' ') {
                space++;
            }
            int len;
            try {
                len = Integer.parseInt(new String(bytes, pos, space - pos, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                throw new TarFormatException("malformed PAX record length");
            }
            if (len <= space - pos + 1 || pos + len > bytes.length || bytes[pos + len - 1] != '\n') {
                throw new TarFormatException("malformed PAX record");
            }
            String record = new String(bytes, space + 1, pos + len - space - 2, StandardCharsets.UTF_8);
            int eq = record.indexOf('=');
            if (eq <= 0) {
                throw new TarFormatException("malformed PAX record (no key)");
            }
            out.put(record.substring(0, eq), record.substring(eq + 1));
            pos += len;
        }
        return out;
    }

    private static long paxLong(Map<String, String> pax, String key, long fallback) throws TarFormatException {
        String v = pax.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new TarFormatException("malformed PAX " + key + " value");
        }
    }

    private String headerName(boolean gnu) {
        String name = cString(0, 100);
        boolean ustar = block[257] == 'u' && block[258] == 's' && block[259] == 't' && block[260] == 'a'
                && block[261] == 'r';
        if (ustar && !gnu) {
            String prefix = cString(345, 155);
            if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
        }
        return name;
    }

    private String cString(int at, int len) {
        int end = at;
        while (end < at + len && block[end] != 0) {
            end++;
        }
        return new String(block, at, end - at, StandardCharsets.UTF_8);
    }

    private static String stripNul(String s) {
        int nul = s.indexOf('\0');
        return nul < 0 ? s : s.substring(0, nul);
    }

    private long parseNumber(int at, int len, String field) throws TarFormatException {
        if ((block[at] & 0x80) != 0) {
            // base-256: big-endian two's complement, first byte's high bit is the marker
            if ((block[at] & 0x40) != 0) {
                throw new TarFormatException("negative base-256 " + field);
            }
            long v = block[at] & 0x3F;
            for (int i = at + 1; i < at + len; i++) {
                if (v > (Long.MAX_VALUE >> 8)) {
                    throw new TarFormatException(field + " field overflows");
                }
                v = (v << 8) | (block[i] & 0xFF);
            }
            return v;
        }
        long v = 0;
        int i = at;
        int end = at + len;
        while (i < end && (block[i] == ' ' || block[i] == 0)) {
            i++;
        }
        boolean any = false;
        for (; i < end; i++) {
            byte c = block[i];
            if (c == 0 || c == ' ') {
                break;
            }
            if (c < '0' || c > '7') {
                throw new TarFormatException("invalid octal digit in the " + field + " field");
            }
            if (v > (Long.MAX_VALUE >> 3)) {
                throw new TarFormatException(field + " field overflows");
            }
            v = (v << 3) | (c - '0');
            any = true;
        }
        return any ? v : 0;
    }

    private void verifyChecksum() throws TarFormatException {
        long stored = parseNumber(148, 8, "checksum");
        long unsigned = 0;
        long signed = 0;
        for (int i = 0; i < BLOCK; i++) {
            byte b = (i >= 148 && i < 156) ? (byte) ' ' : block[i];
            unsigned += b & 0xFF;
            signed += b;
        }
        if (stored != unsigned && stored != signed) {
            throw new TarFormatException("header checksum mismatch (not a tar stream, or corrupt)");
        }
    }

    private boolean isZeroBlock() {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /** Reads one block; false on a clean end of stream before any byte. */
    private boolean readBlockOrEnd() throws IOException {
        int n = 0;
        while (n < BLOCK) {
            int r = in.read(block, n, BLOCK - n);
            if (r < 0) {
                if (n == 0) {
                    return false;
                }
                throw new TarFormatException("truncated tar header");
            }
            n += r;
        }
        offset += BLOCK;
        return true;
    }

    private void readBlock() throws IOException {
        if (!readBlockOrEnd()) {
            throw new TarFormatException("truncated tar header");
        }
    }

    private void readFully(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int r = in.read(b, off + n, len - n);
            if (r < 0) {
                throw new EOFException("truncated tar extension record");
            }
            n += r;
        }
        offset += len;
    }
}
