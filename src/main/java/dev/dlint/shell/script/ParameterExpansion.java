package dev.dlint.shell.script;

import java.util.List;
import java.util.Objects;

/**
 * {@code $name}, {@code $1}, {@code $@} or <code>${…}</code>.
 *
 * @param text    the expansion as written, e.g. <code>${JAVA_HOME:-/opt/java}</code>
 * @param name    the parameter's name, e.g. {@code JAVA_HOME}, {@code 1} or {@code @}; empty if none could be read
 * @param quoted  whether the expansion is inside double quotes
 * @param operand the parts of whatever follows the name inside the braces, operator included: {@code :-/opt/java} for the
 *                example above. Empty for an unbraced expansion
 */
public record ParameterExpansion(int start, int end, String text, String name, boolean quoted, List<WordPart> operand)
        implements WordPart {
    public ParameterExpansion {
        Ranges.check(start, end);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        operand = List.copyOf(operand);
    }

    @Override
    public String unquoted() {
        return text;
    }
}
