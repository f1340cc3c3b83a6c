package dev.dlint.image.testing;

import com.github.luben.zstd.ZstdOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds a layer tar in memory, entry by entry, in the given order. */
public final class TestLayer {
    private final List<TarArchiveEntry> entries = new ArrayList<>();
    private final List<byte[]> contents = new ArrayList<>();

    /** A directory entry. */
    public TestLayer dir(String path) {
        TarArchiveEntry e = new TarArchiveEntry(path.endsWith("/") ? path : path + "/");
        e.setMode(040755);
        return add(e, null);
    }

    /** A regular file of {@code size} pseudo-random bytes derived from {@code seed}. */
    public TestLayer file(String path, int size, long seed) {
        return file(path, content(size, seed), 0644);
    }

    /** A regular file whose content is derived from its path (distinct paths, distinct content). */
    public TestLayer file(String path, int size) {
        return file(path, size, path.hashCode() * 31L + size);
    }

    /** A regular file with the given content and permissions. */
    public TestLayer file(String path, byte[] content, int mode) {
        TarArchiveEntry e = new TarArchiveEntry(path);
        e.setSize(content.length);
        e.setMode(0100000 | mode);
        return add(e, content);
    }

    /** A whiteout {@code dir/.wh.name} for {@code path = dir/name}. */
    public TestLayer whiteout(String path) {
        int slash = path.lastIndexOf('/');
        String wh = slash < 0 ? ".wh." + path : path.substring(0, slash + 1) + ".wh." + path.substring(slash + 1);
        TarArchiveEntry e = new TarArchiveEntry(wh);
        e.setMode(0);
        return add(e, new byte[0]);
    }

    /** An opaque marker for directory {@code dir}. */
    public TestLayer opaque(String dir) {
        TarArchiveEntry e = new TarArchiveEntry(dir + "/.wh..wh..opq");
        e.setMode(0755);
        return add(e, new byte[0]);
    }

    /** A hardlink {@code path} → {@code target}. */
    public TestLayer hardlink(String path, String target) {
        TarArchiveEntry e = new TarArchiveEntry(path, TarArchiveEntry.LF_LINK);
        e.setLinkName(target);
        return add(e, null);
    }

    /** A symlink {@code path} → {@code target}. */
    public TestLayer symlink(String path, String target) {
        TarArchiveEntry e = new TarArchiveEntry(path, TarArchiveEntry.LF_SYMLINK);
        e.setLinkName(target);
        return add(e, null);
    }

    /** Any entry. */
    public TestLayer add(TarArchiveEntry e, byte[] content) {
        entries.add(e);
        contents.add(content);
        return this;
    }

    /** The uncompressed tar (PAX for long names and big numbers). */
    public byte[] tar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream out = new TarArchiveOutputStream(bytes)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (int i = 0; i < entries.size(); i++) {
                out.putArchiveEntry(entries.get(i));
                if (contents.get(i) != null) {
                    out.write(contents.get(i));
                }
                out.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** gzip of {@code data}. */
    public static byte[] gzip(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GzipCompressorOutputStream out = new GzipCompressorOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** zstd of {@code data}. */
    public static byte[] zstd(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZstdOutputStream out = new ZstdOutputStream(bytes)) {
            out.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Deterministic pseudo-random bytes. */
    public static byte[] content(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }
}
