package dev.dlint.model;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The variables one instruction sees, as BuildKit computes them: the stage's ENV values and the ARGs declared so far
 * (global ARGs only where redeclared), one snapshot per instruction. A declared ARG without a value is known but
 * unset. Environment inherited from a base image is not visible to a static linter.
 */
public final class VariableScope {

    private static final VariableScope EMPTY = new VariableScope(PersistentMap.empty(), PersistentMap.empty());

    private final PersistentMap<String> values;
    private final PersistentMap<Boolean> declared;
    private final Map<String, String> valuesView = new ValuesView();

    private VariableScope(PersistentMap<String> values, PersistentMap<Boolean> declared) {
        this.values = values;
        this.declared = declared;
    }

    public static VariableScope empty() {
        return EMPTY;
    }

    /** The value of a set variable. */
    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The value of a set variable, {@code null} when it is not set (a shell environment's lookup). */
    public String valueOrNull(String name) {
        return values.get(name);
    }

    public boolean isSet(String name) {
        return values.containsKey(name);
    }

    /** Whether the name was declared by ARG or ENV, set or not. */
    public boolean isDeclared(String name) {
        return values.containsKey(name) || declared.containsKey(name);
    }

    /** Every name declared by ARG or ENV, set or not. */
    public Set<String> names() {
        Set<String> names = new HashSet<>();
        declared.forEach((name, unused) -> names.add(name));
        values.forEach((name, unused) -> names.add(name));
        return Collections.unmodifiableSet(names);
    }

    /** The set variables: a read-only view, cheap to look names up in (iterating it copies the entries once). */
    public Map<String, String> values() {
        return valuesView;
    }

    /** A scope with one variable set; shares everything else with this one. */
    public VariableScope with(String name, String value) {
        PersistentMap<String> changed = values.with(name, value);
        return changed == values ? this : new VariableScope(changed, declared);
    }

    /** A scope with a name declared but left unset. */
    public VariableScope declare(String name) {
        if (isDeclared(name)) {
            return this;
        }
        return new VariableScope(values, declared.with(name, Boolean.TRUE));
    }

    @Override
    public String toString() {
        return values().toString();
    }

    /** {@link #values()}: lookups go to the persistent map, iteration to a copy made on first use. */
    private final class ValuesView extends AbstractMap<String, String> {

        private Set<Map.Entry<String, String>> entries;

        @Override
        public String get(Object key) {
            return key instanceof String name ? values.get(name) : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && values.containsKey(name);
        }

        @Override
        public int size() {
            return values.size();
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            if (entries == null) {
                Map<String, String> copy = new HashMap<>();
                values.forEach(copy::put);
                entries = Collections.unmodifiableMap(copy).entrySet();
            }
            return entries;
        }
    }
}
