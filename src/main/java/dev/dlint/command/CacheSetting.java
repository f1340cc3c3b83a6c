package dev.dlint.command;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An option or environment variable that keeps a package manager's cache out of its default place:
 * {@code apk --no-cache}, {@code pip --no-cache-dir}, {@code PIP_NO_CACHE_DIR=1}, {@code npm_config_cache=/tmp/x}.
 *
 * @param name        the option's spelling ({@code --no-cache-dir}) or the variable's name ({@code PIP_NO_CACHE_DIR})
 * @param effect      what it does
 * @param valuePrefix for an option, the value it must start with ({@code maven.repo.local=} of {@code -D}); empty for any
 */
public record CacheSetting(String name, Effect effect, String valuePrefix) {
    private static final Set<String> TRUTHY = Set.of("1", "true", "on", "yes");

    /** What a setting does to the cache. */
    public enum Effect {
        /** No cache is written: a flag, or a variable with a {@linkplain #isTruthy(String) truthy} value. */
        DISABLES,
        /** The cache goes where the value says (which may still be in the layer, or {@code /dev/null}). */
        RELOCATES
    }

    public CacheSetting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(valuePrefix, "valuePrefix");
    }

    static CacheSetting disables(String name) {
        return new CacheSetting(name, Effect.DISABLES, "");
    }

    static CacheSetting relocates(String name) {
        return new CacheSetting(name, Effect.RELOCATES, "");
    }

    /** Whether a value turns a boolean setting on: {@code 1}, {@code true}, {@code on} or {@code yes}, in any case. */
    public static boolean isTruthy(String value) {
        return TRUTHY.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** Whether this variable, set to {@code value}, moves or disables the cache. */
    public boolean appliesTo(String value) {
        return effect == Effect.DISABLES ? isTruthy(value) : !value.isEmpty();
    }
}
