package dev.dlint.command;

import java.util.Objects;

/**
 * A variable set for the duration of one command: {@code PIP_NO_CACHE_DIR=1 pip install x}, {@code env A=1 cmd},
 * {@code sudo A=1 cmd}. (Variables exported earlier in the script or by {@code ENV} are not here.)
 *
 * @param name     the variable
 * @param value    its value, quotes removed and expansions as written
 * @param isStatic whether the value has no expansion
 * @param span     the whole {@code NAME=VALUE} word
 * @param setBy    {@code ""} for a shell assignment before the command, otherwise the wrapper that set it ({@code env})
 */
public record EnvironmentAssignment(String name, String value, boolean isStatic, Span span, String setBy) {
    public EnvironmentAssignment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(setBy, "setBy");
    }
}
