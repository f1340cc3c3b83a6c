package dev.dlint.engine;

import dev.dlint.config.ConfigException;
import dev.dlint.config.Configuration;
import dev.dlint.config.YamlFiles;
import dev.dlint.config.YamlNode;
import dev.dlint.rule.Rule;
import dev.dlint.rule.RuleCatalog;
import dev.dlint.rule.RuleKind;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.rule.RuleOption;
import dev.dlint.rule.RuleOptionException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of one kind from a catalogue, created once, with their options checked against each configuration
 * before any input is read.
 *
 * @param <R> the rule interface of that kind
 */
final class RuleSet<R extends Rule> {

    /** One rule and its metadata. */
    record Entry<R>(RuleMetadata meta, R rule) {
    }

    private final List<Entry<R>> entries;
    private final Map<Configuration, Boolean> checked = new IdentityHashMap<>();

    RuleSet(RuleCatalog catalog, RuleKind kind, Class<R> type) {
        List<Entry<R>> list = new ArrayList<>();
        for (RuleMetadata meta : catalog.rules(kind)) {
            list.add(new Entry<>(meta, type.cast(catalog.create(meta))));
        }
        this.entries = List.copyOf(list);
    }

    List<Entry<R>> entries() {
        return entries;
    }

    /**
     * Checks the configured options of every rule once per configuration: unknown keys and invalid values.
     *
     * @throws ConfigException naming the configuration file, line and option
     */
    synchronized void checkOptions(Configuration config) throws ConfigException {
        if (checked.containsKey(config)) {
            return;
        }
        for (Entry<R> entry : entries) {
            Map<String, Object> values = config.options(entry.meta().name());
            if (values.isEmpty()) {
                continue;
            }
            try {
                check(entry.rule().options(), values);
            } catch (RuleOptionException e) {
                Path file = config.source().orElse(Path.of(".dlint.yaml"));
                throw new ConfigException(file, optionLine(file, entry.meta(), e.option()),
                        "rules." + entry.meta().name() + "." + e.option() + ": " + e.getMessage());
            }
        }
        checked.put(config, Boolean.TRUE);
    }

    private static void check(List<RuleOption<?>> options, Map<String, Object> values) {
        Set<String> known = new TreeSet<>();
        for (RuleOption<?> option : options) {
            known.add(option.key());
            option.read(values);
        }
        for (String key : new TreeSet<>(values.keySet())) {
            if (!known.contains(key)) {
                throw new RuleOptionException(key, "unknown option '" + key + "'" + (known.isEmpty()
                        ? " (this rule has no options)" : " (known: " + String.join(", ", known) + ")"));
            }
        }
    }

    /** The line of {@code rules: {<rule or alias>: {<option>: …}}} in the file, or 1 when it cannot be found. */
    private static int optionLine(Path file, RuleMetadata rule, String option) {
        YamlNode root;
        try {
            root = YamlFiles.read(file);
        } catch (ConfigException e) {
            return 1;
        }
        Optional<YamlNode> section = YamlFiles.at(root, "rules");
        if (section.isEmpty() || !(section.get() instanceof YamlNode.Mapping)) {
            return 1;
        }
        for (String key : ((YamlNode.Mapping) section.get()).entries().keySet()) {
            if (rule.isNamed(key)) {
                return YamlFiles.keyLine(root, "rules", key, option);
            }
        }
        return 1;
    }
}
