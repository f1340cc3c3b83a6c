package dev.dlint.rule;

import java.util.List;
import java.util.Optional;

/**
 * The rules dlint has, as metadata, and a way to create one. The engine, the configuration and the reporters work
 * through this interface; only the generated catalogue knows the rule classes, and it creates a rule only when it runs.
 */
public interface RuleCatalog {

    /** Every rule, Dockerfile rules first, each kind in catalogue order. */
    List<RuleMetadata> rules();

    /** A new instance of the rule (rules are stateless, so one instance per run is enough). */
    Rule create(RuleMetadata rule);

    default List<RuleMetadata> rules(RuleKind kind) {
        return rules().stream().filter(r -> r.kind() == kind).toList();
    }

    /** The rule named {@code id} by name or alias (case-insensitive). */
    default Optional<RuleMetadata> find(String id) {
        return rules().stream().filter(m -> m.isNamed(id)).findFirst();
    }

    /** The rule with exactly this name. */
    default Optional<RuleMetadata> named(String name) {
        return rules().stream().filter(m -> m.name().equals(name)).findFirst();
    }
}
