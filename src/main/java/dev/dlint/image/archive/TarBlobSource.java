package dev.dlint.image.archive;

import dev.dlint.image.ImageFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * An uncompressed outer tar, indexed by walking its headers with seeks (content is never read while indexing). Member
 * data is read with positional reads on one {@link FileChannel}, which is safe from several threads.
 */
final class TarBlobSource implements BlobSource {
    private static final int MAX_LINK_HOPS = 16;

    private final String description;
    private final FileChannel channel;
    private final Map<String, Member> members;

    private record Member(String name, long offset, long size, String linkTarget, boolean symlink) {
        boolean isLink() {
            return linkTarget != null;
        }
    }

    private TarBlobSource(String description, FileChannel channel, Map<String, Member> members) {
        this.description = description;
        this.channel = channel;
        this.members = members;
    }

    static TarBlobSource open(Path file) {
        String description = file.toString();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            sniffOuter(channel, description);
            Map<String, Member> members = index(channel, description);
            return new TarBlobSource(description, channel, members);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImageFormatException ife) {
                closeQuietly(channel);
                throw ife;
            }
            Optional<String> truncated = channel == null ? Optional.empty() : OuterTarProbe.truncation(channel);
            closeQuietly(channel);
            if (truncated.isPresent()) {
                throw new ImageFormatException(description, truncated.get(), e);
            }
            throw new ImageFormatException(description, "unreadable tar archive: " + message(e), e);
        }
    }

    private static void sniffOuter(FileChannel channel, String description) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(512);
        while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
            // fill
        }
        byte[] b = head.array();
        int n = head.position();
        if (n >= 2 && (b[0] & 0xFF) == 0x1F && (b[1] & 0xFF) == 0x8B) {
            throw new ImageFormatException(description,
                    "the archive is gzip-compressed; decompress it first (e.g. gunzip), dlint needs a seekable tar");
        }
        if (n >= 4 && (b[0] & 0xFF) == 0x28 && (b[1] & 0xFF) == 0xB5 && (b[2] & 0xFF) == 0x2F && (b[3] & 0xFF) == 0xFD) {
            throw new ImageFormatException(description,
                    "the archive is zstd-compressed; decompress it first, dlint needs a seekable tar");
        }
        boolean ustar = n >= 263 && b[257] == 'u' && b[258] == 's' && b[259] == 't' && b[260] == 'a' && b[261] == 'r';
        if (n < 512 || !ustar) {
            boolean v7 = n == 512 && looksLikeV7Header(b);
            if (!v7) {
                throw new ImageFormatException(description,
                        "not a tar archive or directory (found " + n + " bytes without a tar header)");
            }
        }
    }

    private static boolean looksLikeV7Header(byte[] b) {
        // checksum field (148..155) must be octal digits/spaces/NUL and the name must be non-empty
        if (b[0] == 0) {
            return false;
        }
        for (int i = 148; i < 156; i++) {
            int c = b[i];
            if (!(c == 0 || c == ' ' || (c >= '0' && c <= '7'))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Member> index(FileChannel channel, String description) throws IOException {
        long fileSize = channel.size();
        Map<String, Member> members = new LinkedHashMap<>();
        // TarFile seeks over content; it does not close a channel passed in through the builder-less constructor
        // when we keep our own handle, so give it a non-closing view.
        try (TarFile tar = new TarFile(new NonClosingChannel(channel))) {
            for (TarArchiveEntry e : tar.getEntries()) {
                String name = MemberNames.normalize(e.getName(), description);
                if (name.isEmpty() || e.isDirectory()) {
                    continue;
                }
                if (e.isSparse()) {
                    throw new ImageFormatException(name, "sparse member in the outer archive is not supported");
                }
                if (e.isSymbolicLink() || e.isLink()) {
                    String target = e.isSymbolicLink()
                            ? MemberNames.resolveRelative(name, e.getLinkName())
                            : MemberNames.normalize(e.getLinkName(), name);
                    members.put(name, new Member(name, 0, 0, target, e.isSymbolicLink()));
                    continue;
                }
                if (!e.isFile()) {
                    continue;
                }
                long offset = e.getDataOffset();
                long size = e.getSize();
                if (size < 0 || offset < 0 || offset > fileSize || size > fileSize - offset) {
                    throw new ImageFormatException(name, "declares " + size
                            + " bytes but the archive ends before them (truncated archive)");
                }
                members.put(name, new Member(name, offset, size, null, false));
            }
        }
        return members;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (Member m : members.values()) {
            if (resolve(m.name()).isPresent()) {
                names.add(m.name());
            }
        }
        return names;
    }

    @Override
    public Optional<Long> size(String name) {
        return resolve(name).map(Member::size);
    }

    @Override
    public InputStream open(String name) {
        Member m = resolve(name).orElseThrow(
                () -> new ImageFormatException(name, "member not found in " + description));
        return new ChannelSliceInputStream(channel, m.offset(), m.size());
    }

    private Optional<Member> resolve(String rawName) {
        String name = rawName;
        for (int hop = 0; hop <= MAX_LINK_HOPS; hop++) {
            Member m = members.get(name);
            if (m == null) {
                return Optional.empty();
            }
            if (!m.isLink()) {
                return Optional.of(m);
            }
            name = m.linkTarget();
        }
        throw new ImageFormatException(rawName, "link loop or more than " + MAX_LINK_HOPS + " links in a chain");
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }

    static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e instanceof java.io.EOFException ? "unexpected end of data" : e.getClass().getSimpleName();
        }
        return m;
    }
}
