package dev.dlint.rule;

/**
 * Marks a rule whose findings may carry a {@link Fix}. The catalogue's {@code fixable} flag is derived from it, the
 * context refuses fixes from rules without it, and the catalogue test requires before/after fixtures for every rule
 * with it.
 */
public interface Fixable {
}
