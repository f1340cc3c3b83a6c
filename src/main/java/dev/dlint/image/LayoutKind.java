package dev.dlint.image;

/** The saved-image layout that was detected. */
public enum LayoutKind {
    /** {@code docker save} of Docker ≤ 24: {@code manifest.json} and {@code <id>/layer.tar}. */
    DOCKER_SAVE_LEGACY,
    /** {@code docker save} of Docker ≥ 25: {@code manifest.json} plus an OCI layout. */
    DOCKER_SAVE_OCI,
    /** containers/image {@code docker-archive:} (top-level {@code <diffid>.tar}, symlinked {@code <id>/layer.tar}). */
    CONTAINERS_DOCKER_ARCHIVE,
    /** go-containerregistry tarball (kaniko, crane): {@code manifest.json} only, config {@code sha256:<hex>}. */
    GGCR_TARBALL,
    /** An OCI image layout (directory or {@code oci-archive} tar). */
    OCI_LAYOUT
}
