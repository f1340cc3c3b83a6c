package dev.dlint.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.facts.VariableUses.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariableUsesTest {

    @Test
    void plainAndBracedReferencesWithTheirSpans() {
        assertThat(VariableUses.references("${A}/x:$B_1-$c ${D:-def}", '\\')).containsExactly(
                new Reference("A", 0, 4), new Reference("B_1", 7, 11), new Reference("c", 12, 14),
                new Reference("D", 15, 24));
    }

    @Test
    void singleQuotesAndEscapesAreNotExpansions() {
        assertThat(VariableUses.references("'$A' \\$B \"$C\" '\"$D\"'", '\\')).extracting(Reference::name)
                .containsExactly("C");
        assertThat(VariableUses.references("`$A $B", '`')).extracting(Reference::name).containsExactly("B");
    }

    @Test
    void aDollarWithoutANameIsNoReference() {
        assertThat(VariableUses.references("cost: $5 and $ and ${", '\\')).isEqualTo(List.of());
    }
}
