package dev.dlint.attribution;

import java.util.Locale;

/** How a layer was tied to its instruction. */
public enum Match {
    /** A BuildKit provenance attestation names the step and its source lines: exact. */
    PROVENANCE,
    /** The image config's history was aligned with the Dockerfile's instructions. */
    HISTORY;

    /** {@code provenance} / {@code history}, as the JSON document writes it. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
