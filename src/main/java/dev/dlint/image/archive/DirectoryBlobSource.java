package dev.dlint.image.archive;

import dev.dlint.image.ImageFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** An image stored as a directory (an OCI layout, or an unpacked {@code docker save}). */
final class DirectoryBlobSource implements BlobSource {
    private static final int MAX_FILES = 1_000_000;

    private final Path root;
    private final Path realRoot;

    DirectoryBlobSource(Path root) {
        this.root = root;
        try {
            this.realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new ImageFormatException(root.toString(), "cannot open directory: " + TarBlobSource.message(e), e);
        }
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public List<String> names() {
        List<String> names = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(realRoot)) {
            walk.limit(MAX_FILES).filter(Files::isRegularFile)
                    .forEach(p -> names.add(realRoot.relativize(p).toString().replace('\\', '/')));
        } catch (IOException | UncheckedIOException e) {
            throw new ImageFormatException(describe(), "cannot list directory: " + TarBlobSource.message(e), e);
        }
        names.sort(null);
        return names;
    }

    @Override
    public Optional<Long> size(String name) {
        return resolve(name).map(p -> {
            try {
                return Files.size(p);
            } catch (IOException e) {
                throw new ImageFormatException(name, "cannot read: " + TarBlobSource.message(e), e);
            }
        });
    }

    @Override
    public InputStream open(String name) throws IOException {
        Path p = resolve(name).orElseThrow(() -> new ImageFormatException(name, "member not found in " + describe()));
        return Files.newInputStream(p);
    }

    private Optional<Path> resolve(String rawName) {
        String name = MemberNames.normalize(rawName, describe());
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Path candidate = realRoot.resolve(name);
        if (!Files.exists(candidate)) {
            return Optional.empty();
        }
        try {
            Path real = candidate.toRealPath();
            if (!real.startsWith(realRoot)) {
                throw new ImageFormatException(name, "resolves outside the image directory");
            }
            return Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            throw new ImageFormatException(name, "cannot resolve: " + TarBlobSource.message(e), e);
        }
    }

    @Override
    public void close() {
        // nothing held open
    }
}
