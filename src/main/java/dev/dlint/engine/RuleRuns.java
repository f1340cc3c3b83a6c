package dev.dlint.engine;

import dev.dlint.config.Configuration;
import dev.dlint.rule.Finding;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.rule.RuleOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * The rule runs of one input, for {@link Engine} and {@link ImageEngine}: runs each rule the configuration enables
 * with its options, drops the findings ignored by an alias they carry, re-grades the others with the configured
 * severity, and records a rule that fails instead of
 * letting it stop the others.
 */
final class RuleRuns {

    private final Configuration config;
    private final List<String> failures = new ArrayList<>();

    RuleRuns(Configuration config) {
        this.config = config;
    }

    /**
     * The findings of one rule at their configured severity; none when the rule is off or fails.
     *
     * @param contexts makes the rule's context from its metadata and options
     */
    <C extends RuleContext> List<Finding> run(RuleMetadata meta, BiFunction<RuleMetadata, RuleOptions, C> contexts,
                                              Consumer<C> check) {
        if (!config.runs(meta)) {
            return List.of();
        }
        C context = contexts.apply(meta, new RuleOptions(config.options(meta.name()), config.trustedRegistries(),
                config.dialect().settingNames(config.source())));
        try {
            check.accept(context);
        } catch (RuntimeException | StackOverflowError e) {
            failures.add(meta.name() + ": " + e);
            return List.of();
        }
        List<Finding> graded = new ArrayList<>();
        for (Finding finding : context.findings()) {
            config.apply(meta, finding).ifPresent(graded::add);
        }
        return graded;
    }

    /** The read error a file reports when some rule failed. */
    Optional<String> failure() {
        return failures.isEmpty() ? Optional.empty()
                : Optional.of("internal error in rule " + String.join("; ", failures) + " (please report this)");
    }
}
