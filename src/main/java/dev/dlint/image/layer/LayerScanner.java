package dev.dlint.image.layer;

import com.github.luben.zstd.ZstdInputStreamNoFinalizer;
import dev.dlint.image.Compression;
import dev.dlint.image.ContentHash;
import dev.dlint.image.Digest;
import dev.dlint.image.EntryType;
import dev.dlint.image.ImageFormatException;
import dev.dlint.image.Layer;
import dev.dlint.image.LayerEntry;
import dev.dlint.image.SecretKind;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Streams one layer blob once: sniffs the compression, decompresses, walks the tar up to its end-of-archive marker,
 * hashes every regular file's content, sniffs bounded heads for secrets, and hashes the whole stored and decompressed
 * streams for digest checks. Holds no file content in memory beyond one 64 KiB buffer.
 *
 * <p>An instance is not thread-safe; use one per thread.
 */
public final class LayerScanner {
    private static final int BUFFER = 64 * 1024;
    /** The most bytes one layer may decompress to: far above real layers, so that a bomb cannot run for hours. */
    public static final long MAX_UNCOMPRESSED_BYTES = 32L << 30;
    /** The largest ratio of decompressed to stored bytes, checked once a layer passed {@link #RATIO_FROM_BYTES}. */
    public static final long MAX_RATIO = 500;
    public static final long RATIO_FROM_BYTES = 256L << 20;
    /** The most entries one layer may have. */
    public static final int MAX_ENTRIES = 500_000;
    private static final String WHITEOUT = ".wh.";
    private static final String OPAQUE = ".wh..wh..opq";
    private static final String META_PREFIX = ".wh..wh.";

    private final byte[] buffer = new byte[Math.max(BUFFER, SecretRules.HEAD_BYTES)];
    private final MessageDigest fileDigest = sha256();

    /**
     * Scans a layer blob.
     *
     * @param member name used in messages
     * @param blob   the stored bytes; closed by the caller
     * @throws ImageFormatException for anything unreadable, naming the member
     */
    public ScannedLayer scan(String member, InputStream blob) {
        Progress progress = new Progress();
        Compression compression = null;
        try {
            HashingInputStream stored = new HashingInputStream(blob, sha256());
            BufferedInputStream buffered = new BufferedInputStream(stored, BUFFER);
            compression = sniff(member, buffered);
            HashingInputStream decompressed = new HashingInputStream(new BombGuard(decompress(compression, buffered,
                    member), stored), sha256());
            SafeTarReader tar = new SafeTarReader(decompressed);
            List<LayerEntry> entries = new ArrayList<>();
            Counter counter = new Counter();
            List<SecretSighting> secrets = new ArrayList<>();
            Set<String> seenSecretPaths = new HashSet<>();
            long contentBytes = 0;
            Optional<String> limit = Optional.empty();
            try {
                TarHeader h;
                while ((h = tar.next()) != null) {
                    if (entries.size() >= MAX_ENTRIES) {
                        limit = Optional.of("it has more than " + MAX_ENTRIES + " entries; the first " + MAX_ENTRIES
                                + " were analysed");
                        break;
                    }
                    progress.lastEntry = h.name();
                    LayerEntry entry = toEntry(h, tar, compression, secrets, seenSecretPaths);
                    contentBytes += h.size();
                    if (entry != null) {
                        entries.add(entry);
                        counter.add(entry.type());
                        noteGitDirectory(entry, secrets, seenSecretPaths);
                    }
                }
            } catch (LimitReached e) {
                limit = Optional.of(e.getMessage());
            } catch (TarLimitException e) {
                limit = Optional.of("it has " + e.getMessage() + "; the " + entries.size()
                        + " entries before them were analysed");
            }
            progress.lastEntry = null;
            if (limit.isPresent()) {
                return new ScannedLayer(member, Digest.sha256(stored.finish()), Digest.sha256(decompressed.finish()),
                        compression, stored.count(), decompressed.count(), 0, contentBytes, entries, counter.counts(),
                        secrets, limit);
            }
            long tarEnd = tar.offset();
            decompressed.drain(buffer);
            long trailing = decompressed.count() - tarEnd;
            buffered.transferTo(java.io.OutputStream.nullOutputStream());
            return new ScannedLayer(member, Digest.sha256(stored.finish()), Digest.sha256(decompressed.finish()),
                    compression, stored.count(), decompressed.count(), Math.max(0, trailing), contentBytes, entries,
                    counter.counts(), secrets, Optional.empty());
        } catch (ImageFormatException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImageFormatException(member, describeFailure(compression, progress, e), e);
        }
    }

    /** A layer decompressed past {@link #MAX_UNCOMPRESSED_BYTES} or {@link #MAX_RATIO}. */
    private static final class LimitReached extends IOException {
        private static final long serialVersionUID = 1L;

        LimitReached(String message) {
            super(message);
        }
    }

    /** Counts decompressed bytes and stops the stream at the absolute and ratio limits. */
    private static final class BombGuard extends java.io.FilterInputStream {
        private final HashingInputStream stored;
        private long count;

        BombGuard(InputStream in, HashingInputStream stored) {
            super(in);
            this.stored = stored;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                check();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += Math.max(0, skipped);
            check();
            return skipped;
        }

        private void check() throws LimitReached {
            if (count > MAX_UNCOMPRESSED_BYTES) {
                throw new LimitReached("it decompresses to more than " + (MAX_UNCOMPRESSED_BYTES >> 30) + " GiB");
            }
            if (count > RATIO_FROM_BYTES && count > MAX_RATIO * Math.max(1, stored.count())) {
                throw new LimitReached("it decompresses to more than " + MAX_RATIO + " times its stored size ("
                        + stored.count() + " bytes stored, " + count + " decompressed so far): a decompression bomb");
            }
        }
    }

    private static String describeFailure(Compression compression, Progress progress, Exception e) {
        String what = e instanceof TarFormatException ? "corrupt tar" : compression == null ? "unreadable layer"
                : "corrupt or truncated " + compression.label() + (compression == Compression.NONE ? " tar" : " data");
        String msg = e.getMessage() == null || e.getMessage().isBlank()
                ? (e instanceof java.io.EOFException ? "unexpected end of data" : e.getClass().getSimpleName())
                : e.getMessage();
        int nl = msg.indexOf('\n');
        msg = nl < 0 ? msg : msg.substring(0, nl);
        String where = progress.lastEntry == null ? "" : " (in entry '" + EntryNames.abbreviate(progress.lastEntry)
                + "')";
        return what + ": " + msg + where;
    }

    private static Compression sniff(String member, BufferedInputStream in) throws IOException {
        byte[] head = new byte[CompressionSniffer.HEAD_BYTES];
        in.mark(head.length);
        int n = in.readNBytes(head, 0, head.length);
        in.reset();
        Optional<Compression> c = CompressionSniffer.sniff(head, n);
        if (c.isEmpty()) {
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < Math.min(4, n); i++) {
                hex.append(String.format("%02x", head[i]));
            }
            throw new ImageFormatException(member, "not a tar, gzip or zstd stream (starts with " + hex + ")");
        }
        return c.get();
    }

    private static InputStream decompress(Compression c, InputStream in, String member) throws IOException {
        switch (c) {
            case GZIP:
                return new GzipCompressorInputStream(in, true);
            case ZSTD:
                ZstdInputStreamNoFinalizer z = new ZstdInputStreamNoFinalizer(in);
                z.setContinuous(false);
                return new BufferedInputStream(z, BUFFER);
            case BZIP2:
                return new BZip2CompressorInputStream(in, true);
            case XZ:
                throw new ImageFormatException(member, "xz-compressed layers are not supported");
            default:
                return in;
        }
    }

    private LayerEntry toEntry(TarHeader h, SafeTarReader tar, Compression compression,
                               List<SecretSighting> secrets, Set<String> seenSecretPaths) throws IOException {
        String path = EntryNames.normalize(h.name());
        if (path.isEmpty() || h.typeflag() == 'V') {
            return null; // the root entry, or a GNU volume label
        }
        EntryType type = typeOf(h, path);
        if (type == EntryType.FILE && compression == Compression.GZIP && isLandmark(path)) {
            return null; // estargz landmark files are not part of the filesystem
        }
        String link = null;
        if (type == EntryType.HARDLINK) {
            link = EntryNames.normalize(h.linkName());
        } else if (type == EntryType.SYMLINK) {
            link = h.linkName();
        }
        ContentHash hash = null;
        if (type == EntryType.FILE) {
            hash = hashContent(path, tar, secrets, seenSecretPaths);
        }
        long size = type == EntryType.FILE || type == EntryType.HARDLINK ? h.size() : 0;
        return new LayerEntry(path, type, size, h.mode(), h.uid(), h.gid(), link, hash, tarFacts(h));
    }

    /** The header as Go's tar reader reports it to dive (a NUL typeflag is read as a file or, ending in /, a dir). */
    private static LayerEntry.TarFacts tarFacts(TarHeader h) {
        byte flag = h.typeflag();
        if (flag == 0) {
            flag = h.name().endsWith("/") ? (byte) '5' : (byte) '0';
        }
        boolean link = h.typeflag() == '1' || h.typeflag() == '2';
        return new LayerEntry.TarFacts(flag, link ? h.linkName() : "", h.name().startsWith("/"));
    }

    private ContentHash hashContent(String path, SafeTarReader tar, List<SecretSighting> secrets,
                                    Set<String> seenSecretPaths) throws IOException {
        fileDigest.reset();
        int head = 0;
        while (head < SecretRules.HEAD_BYTES) {
            int n = tar.read(buffer, head, SecretRules.HEAD_BYTES - head);
            if (n < 0) {
                break;
            }
            head += n;
        }
        Optional<SecretKind> secret = SecretRules.byContent(path, buffer, head);
        if (secret.isPresent() && seenSecretPaths.add(path)) {
            secrets.add(new SecretSighting(path, secret.get()));
        }
        fileDigest.update(buffer, 0, head);
        int n;
        while ((n = tar.read(buffer, 0, buffer.length)) >= 0) {
            fileDigest.update(buffer, 0, n);
        }
        return ContentHash.of(fileDigest.digest());
    }

    private static void noteGitDirectory(LayerEntry entry, List<SecretSighting> secrets, Set<String> seen) {
        String p = entry.path();
        int at = p.startsWith(".git/") || p.equals(".git") ? 0 : p.indexOf("/.git");
        if (at < 0) {
            return;
        }
        int start = at == 0 && p.startsWith(".git") ? 0 : at + 1;
        int end = start + 4;
        boolean component = end == p.length() || p.charAt(end) == '/';
        if (!component) {
            return;
        }
        boolean isDir = end < p.length() || entry.type() == EntryType.DIRECTORY;
        String gitDir = p.substring(0, end);
        if (isDir && seen.add(gitDir)) {
            secrets.add(new SecretSighting(gitDir, SecretKind.GIT_DIRECTORY));
        }
    }

    private static EntryType typeOf(TarHeader h, String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.startsWith(WHITEOUT)) {
            if (name.equals(OPAQUE)) {
                return EntryType.OPAQUE_MARKER;
            }
            if (name.startsWith(META_PREFIX) || name.length() == WHITEOUT.length()) {
                return EntryType.IGNORED_MARKER;
            }
            return EntryType.WHITEOUT;
        }
        switch (h.typeflag()) {
            case '1':
                return EntryType.HARDLINK;
            case '2':
                return EntryType.SYMLINK;
            case '3':
            case '4':
                return EntryType.DEVICE;
            case '5':
            case 'D':
                return EntryType.DIRECTORY;
            case '6':
                return EntryType.FIFO;
            case '0':
            case 0:
                return h.name().endsWith("/") ? EntryType.DIRECTORY : EntryType.FILE;
            default:
                return EntryType.FILE;
        }
    }

    private static boolean isLandmark(String path) {
        return path.equals(".prefetch.landmark") || path.equals(".no.prefetch.landmark");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static final class Progress {
        String lastEntry;
    }

    private static final class Counter {
        int files;
        int dirs;
        int symlinks;
        int hardlinks;
        int whiteouts;
        int other;

        void add(EntryType t) {
            switch (t) {
                case FILE:
                    files++;
                    break;
                case DIRECTORY:
                    dirs++;
                    break;
                case SYMLINK:
                    symlinks++;
                    break;
                case HARDLINK:
                    hardlinks++;
                    break;
                case WHITEOUT:
                case OPAQUE_MARKER:
                    whiteouts++;
                    break;
                default:
                    other++;
            }
        }

        Layer.EntryCounts counts() {
            return new Layer.EntryCounts(files, dirs, symlinks, hardlinks, whiteouts, other);
        }
    }
}
