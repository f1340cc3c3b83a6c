package dev.dlint.context;

import java.util.Objects;

/** One piece of evidence and the 1-based line it is on; never the secret text. */
public record SecretHit(SecretEvidence evidence, int line) {

    public SecretHit {
        Objects.requireNonNull(evidence, "evidence");
    }
}
