package dev.dlint.image.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** Writes outer archives (docker save, OCI layout) from members given as bytes. */
public final class TestArchives {
    private TestArchives() {
    }

    /** Members of an outer archive, in order; a value of type {@link Link} becomes a symlink. */
    public static final class Members {
        private final Map<String, Object> members = new LinkedHashMap<>();

        /** Adds a file member. */
        public Members put(String name, byte[] data) {
            members.put(name, data);
            return this;
        }

        /** Adds a text member. */
        public Members put(String name, String text) {
            return put(name, text.getBytes(StandardCharsets.UTF_8));
        }

        /** Adds a symlink member. */
        public Members symlink(String name, String target) {
            members.put(name, new Link(target));
            return this;
        }

        /** Writes an uncompressed tar. */
        public Path writeTar(Path file) {
            try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(file))) {
                out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                for (Map.Entry<String, Object> m : members.entrySet()) {
                    if (m.getValue() instanceof Link link) {
                        TarArchiveEntry e = new TarArchiveEntry(m.getKey(), TarArchiveEntry.LF_SYMLINK);
                        e.setLinkName(link.target());
                        out.putArchiveEntry(e);
                    } else {
                        byte[] data = (byte[]) m.getValue();
                        TarArchiveEntry e = new TarArchiveEntry(m.getKey());
                        e.setSize(data.length);
                        out.putArchiveEntry(e);
                        out.write(data);
                    }
                    out.closeArchiveEntry();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return file;
        }

        /** Writes the members as files below a directory. */
        public Path writeDirectory(Path dir) {
            try {
                for (Map.Entry<String, Object> m : members.entrySet()) {
                    Path p = dir.resolve(m.getKey());
                    Files.createDirectories(p.getParent());
                    if (m.getValue() instanceof Link link) {
                        Files.createSymbolicLink(p, Path.of(link.target()));
                    } else {
                        Files.write(p, (byte[]) m.getValue());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return dir;
        }
    }

    private record Link(String target) {
    }

    /** sha256 hex of data. */
    public static String sha256(byte[] data) {
        try {
            StringBuilder sb = new StringBuilder();
            for (byte b : MessageDigest.getInstance("SHA-256").digest(data)) {
                sb.append(String.format("%02x", b));
            }
            return sb.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The diff_id (sha256 of the decompressed stream) of a layer blob. */
    public static String diffId(byte[] blob) {
        if (blob.length >= 2 && (blob[0] & 0xFF) == 0x1F && (blob[1] & 0xFF) == 0x8B) {
            try (GzipCompressorInputStream in = new GzipCompressorInputStream(
                    new java.io.ByteArrayInputStream(blob), true)) {
                return "sha256:" + sha256(in.readAllBytes());
            } catch (IOException e) {
                return "sha256:" + sha256(blob); // a deliberately broken blob: any well-formed digest will do
            }
        }
        if (blob.length >= 4 && (blob[0] & 0xFF) == 0x28 && (blob[1] & 0xFF) == 0xB5) {
            try (com.github.luben.zstd.ZstdInputStream in = new com.github.luben.zstd.ZstdInputStream(
                    new java.io.ByteArrayInputStream(blob))) {
                return "sha256:" + sha256(in.readAllBytes());
            } catch (IOException e) {
                return "sha256:" + sha256(blob);
            }
        }
        return "sha256:" + sha256(blob);
    }

    /** A config JSON with diff_ids, history (one entry per layer unless given) and a user. */
    public static String config(List<byte[]> layerBlobs, List<String> createdBy, String user) {
        StringBuilder diff = new StringBuilder();
        for (byte[] blob : layerBlobs) {
            diff.append(diff.length() == 0 ? "" : ",").append('"').append(diffId(blob)).append('"');
        }
        StringBuilder hist = new StringBuilder();
        for (String c : createdBy) {
            hist.append(hist.length() == 0 ? "" : ",").append("{\"created_by\":\"").append(c).append("\"}");
        }
        return "{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{\"User\":\"" + user + "\"},"
                + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[" + diff + "]},\"history\":[" + hist + "]}";
    }

    /** A legacy docker-save archive ({@code <id>/layer.tar}) of uncompressed layers. */
    public static Path dockerSave(Path file, String tag, List<byte[]> layers) {
        List<String> createdBy = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            createdBy.add("/bin/sh -c step " + i);
        }
        return dockerSave(file, tag, layers, config(layers, createdBy, ""));
    }

    /** A legacy docker-save archive with the given config JSON. */
    public static Path dockerSave(Path file, String tag, List<byte[]> layers, String config) {
        return dockerSaveMembers(tag, layers, config).writeTar(file);
    }

    /** The members of a legacy docker-save archive. */
    public static Members dockerSaveMembers(String tag, List<byte[]> layers, String config) {
        Members m = new Members();
        String configHex = sha256(config.getBytes(StandardCharsets.UTF_8));
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < layers.size(); i++) {
            String id = String.format("%064x", i + 1);
            m.put(id + "/VERSION", "1.0");
            m.put(id + "/json", "{}");
            m.put(id + "/layer.tar", layers.get(i));
            names.append(i == 0 ? "" : ",").append('"').append(id).append("/layer.tar\"");
        }
        m.put(configHex + ".json", config);
        m.put("manifest.json", "[{\"Config\":\"" + configHex + ".json\",\"RepoTags\":[\"" + tag + "\"],\"Layers\":["
                + names + "]}]");
        m.put("repositories", "{}");
        return m;
    }

    /** A descriptor JSON for a blob. */
    public static String descriptor(String mediaType, byte[] blob, String extra) {
        return "{\"mediaType\":\"" + mediaType + "\",\"digest\":\"sha256:" + sha256(blob) + "\",\"size\":"
                + blob.length + extra + "}";
    }

    /** Adds a blob under {@code blobs/sha256/} and returns its bytes. */
    public static byte[] blob(Members m, byte[] data) {
        m.put("blobs/sha256/" + sha256(data), data);
        return data;
    }

    /** Builds an OCI image manifest (and its config and layer blobs) into {@code m}; returns the manifest bytes. */
    public static byte[] ociImage(Members m, List<byte[]> layerBlobs, String layerMediaType, String user) {
        List<String> createdBy = new ArrayList<>();
        for (int i = 0; i < layerBlobs.size(); i++) {
            createdBy.add("RUN step " + i);
        }
        byte[] config = blob(m, config(layerBlobs, createdBy, user).getBytes(StandardCharsets.UTF_8));
        StringBuilder layers = new StringBuilder();
        for (byte[] l : layerBlobs) {
            blob(m, l);
            layers.append(layers.length() == 0 ? "" : ",").append(descriptor(layerMediaType, l, ""));
        }
        String manifest = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\","
                + "\"config\":" + descriptor("application/vnd.oci.image.config.v1+json", config, "")
                + ",\"layers\":[" + layers + "]}";
        return blob(m, manifest.getBytes(StandardCharsets.UTF_8));
    }

    /** Concatenates arrays. */
    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
