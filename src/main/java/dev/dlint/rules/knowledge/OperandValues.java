package dev.dlint.rules.knowledge;

import dev.dlint.command.Operand;
import dev.dlint.model.VariableScope;
import dev.dlint.syntax.Expansions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The words an operand stands for once the shell expands it with the variables a command sees: {@code git-${v}}
 * with {@code v=2.39} is {@code git-2.39}, {@code $PACKAGES} with {@code PACKAGES="curl git"} is {@code curl} and
 * {@code git}, and a variable no ARG, ENV or earlier command sets is empty. Unknown when a variable is declared
 * without a value (an ARG without default: the value comes at build time) or the word runs a command substitution.
 */
public final class OperandValues {

    private OperandValues() {
    }

    /** The words, or empty when they are not known before the build. */
    public static Optional<List<String>> of(Operand operand, VariableScope scope, char escape) {
        String text = operand.text();
        if (operand.isStatic()) {
            return Optional.of(List.of(text));
        }
        if (text.contains("$(") || text.contains("`")) {
            return Optional.empty();
        }
        Expansions.Expanded expanded = Expansions.expand(text, scope, escape);
        if (!expanded.ok() || expanded.unset().stream().anyMatch(scope::isDeclared)) {
            return Optional.empty();
        }
        String value = expanded.value().strip();
        return Optional.of(value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+")));
    }
}
