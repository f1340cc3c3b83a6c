package dev.dlint.model;

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

    private static final VariableScope EMPTY = new VariableScope(Map.of(), Set.of());

    private final Map<String, String> values;
    private final Set<String> declared;

    private VariableScope(Map<String, String> values, Set<String> declared) {
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

    public boolean isSet(String name) {
        return values.containsKey(name);
    }

    /** Whether the name was declared by ARG or ENV, set or not. */
    public boolean isDeclared(String name) {
        return values.containsKey(name) || declared.contains(name);
    }

    /** Every name declared by ARG or ENV, set or not. */
    public Set<String> names() {
        Set<String> names = new HashSet<>(declared);
        names.addAll(values.keySet());
        return Collections.unmodifiableSet(names);
    }

    /** The set variables. */
    public Map<String, String> values() {
        return values;
    }

    /** A copy with one variable set. */
    public VariableScope with(String name, String value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(name, value);
        return new VariableScope(Collections.unmodifiableMap(copy), declared);
    }

    /** A copy with a name declared but left unset. */
    public VariableScope declare(String name) {
        if (isDeclared(name)) {
            return this;
        }
        Set<String> copy = new HashSet<>(declared);
        copy.add(name);
        return new VariableScope(values, Collections.unmodifiableSet(copy));
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
