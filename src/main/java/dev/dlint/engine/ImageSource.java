package dev.dlint.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where {@code dlint image} reads an image from, with dive's names ({@code --source docker-archive}, the
 * {@code docker-archive://} prefix): a saved archive or OCI layout, or a local engine ({@code docker}, {@code podman})
 * asked to save the image first.
 */
public enum ImageSource {
    /** A {@code docker save} / {@code podman save} / skopeo {@code docker-archive:} tar. */
    DOCKER_ARCHIVE("docker-archive", false),
    /** An OCI image layout in a tar ({@code buildah push oci-archive:}, {@code skopeo copy … oci-archive:}). */
    OCI_ARCHIVE("oci-archive", false),
    /** An OCI image layout directory ({@code skopeo copy … oci:DIR}). */
    OCI_DIR("oci-dir", false),
    /** An image in the local podman storage, saved with {@code podman image save}. */
    PODMAN("podman", true),
    /** An image in the Docker engine, saved with {@code docker image save}. */
    DOCKER("docker", true);

    private final String userName;
    private final boolean engine;

    ImageSource(String userName, boolean engine) {
        this.userName = userName;
        this.engine = engine;
    }

    /** The name {@code --source} takes and the prefix before {@code ://}. */
    public String userName() {
        return userName;
    }

    /** Whether the image lives in an engine (docker, podman) rather than in a file. */
    public boolean isEngine() {
        return engine;
    }

    /** The source named {@code name} (any case). */
    public static Optional<ImageSource> named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.userName.equals(wanted)).findFirst();
    }

    /** The names, for messages: {@code docker-archive, oci-archive, oci-dir, podman, docker}. */
    public static String names() {
        return Arrays.stream(values()).map(ImageSource::userName).collect(Collectors.joining(", "));
    }
}
