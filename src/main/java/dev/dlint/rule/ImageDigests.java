package dev.dlint.rule;

import java.util.Optional;

/**
 * Where a rule learns the digest an image reference points to now, to offer a fix that pins it. Looking up needs a
 * registry, so it happens only when asked ({@code dlint fix --resolve-digests}); otherwise every lookup answers
 * with the reason it was not made.
 */
public interface ImageDigests {

    /**
     * The answer for one reference.
     *
     * @param digest the digest ({@code sha256:…}) of the manifest, or of the index for a multi-platform image
     * @param reason why there is no digest, for the finding's message
     */
    record Lookup(Optional<String> digest, String reason) {

        public static Lookup found(String digest) {
            return new Lookup(Optional.of(digest), "");
        }

        public static Lookup none(String reason) {
            return new Lookup(Optional.empty(), reason);
        }
    }

    /** The digest of {@code reference} ({@code alpine:3.20}, {@code ghcr.io/o/app:latest}). */
    Lookup lookup(String reference);

    /** No registry is asked: the default. */
    static ImageDigests offline() {
        return reference -> Lookup.none("digests are looked up only with dlint fix --resolve-digests");
    }
}
