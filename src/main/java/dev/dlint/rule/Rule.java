package dev.dlint.rule;

import java.util.List;

/**
 * What every rule has besides its check: the options it reads. A rule class is final, has a public no-argument
 * constructor, carries {@link RuleInfo}, and implements {@link DockerfileRule} or {@link ImageRule}; the build's
 * annotation processor refuses anything else and lists the rule in the catalogue.
 */
public interface Rule {

    /** The options this rule reads from {@code rules: {Name: {key: value}}}; any other key is a configuration error. */
    default List<RuleOption<?>> options() {
        return List.of();
    }
}
