package dev.dlint.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a word reads variables, as BuildKit's lexer reads them. */
class VariableReferencesTest {

    private static List<String> names(List<VariableReferences.Reference> references) {
        return references.stream().map(r -> r.name() + (r.defaulted() ? "?" : "") + "@" + r.start() + "-" + r.end())
                .toList();
    }

    @Test
    void plainBracedAndDefaultedReferences() {
        assertThat(names(VariableReferences.in("$a/${b}/${c:-x}/${d-y}/${e:+z}/${f#p}", '\\')))
                .containsExactly("a@0-2", "b@3-7", "c?@8-15", "d?@16-22", "e?@23-30", "f@31-37");
    }

    @Test
    void singleQuotesAndEscapesAreLiteralDoubleQuotesAreNot() {
        assertThat(names(VariableReferences.in("'$a' \\$b \"$c\" \"\\$d\"", '\\'))).containsExactly("c@10-12");
        assertThat(names(VariableReferences.in("`$a $b", '`'))).containsExactly("b@4-6");
    }

    @Test
    void positionalAndLoneDollarsAreNotNamesAndAlternativesAreNotRead() {
        assertThat(names(VariableReferences.in("$1 $ $$ ${a:-$b} tail", '\\'))).containsExactly("a?@8-16");
    }

    @Test
    void heredocBodiesTakeQuotesAsOrdinaryCharacters() {
        assertThat(names(VariableReferences.inHeredoc("say '$a'", '\\'))).containsExactly("a@5-7");
    }
}
