package dev.dlint.cache;

import java.util.Locale;
import java.util.Objects;

/**
 * Why a step rebuilds.
 *
 * @param kind what kind of input changed
 * @param detail for people: which changed file matched which source, which build argument, which step or stage
 */
public record Cause(Kind kind, String detail) {

    /** The kinds of input a step's cache key depends on. */
    public enum Kind {
        /** A changed file of the context that a COPY/ADD source or a RUN bind mount selects. */
        FILE,
        /** A changed build argument in scope (every RUN after its declaration, and words that expand it). */
        ARG,
        /** The step before it rebuilt, so its own cache key changed. */
        PARENT,
        /** A stage it copies from, mounts or is built on rebuilds in a way that can change what it reads. */
        STAGE;

        /** The lower-case name used in JSON. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Cause {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }
}
