package dev.dlint.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.testing.SharedFiles;
import dev.dlint.text.SourceRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every name a user may give a rule, and which findings each selects. */
class RuleNamesTest {

    private final RuleNames names = new RuleNames(BuiltinRules.catalog());

    /** hadolint 2.15's codes: DL1000, DL1001, DL3000–DL3067 but the four it retired, DL4000–DL4006 but DL4002. */
    private static final List<String> HADOLINT_CODES = hadolintCodes();

    private static List<String> hadolintCodes() {
        Set<String> codes = new TreeSet<>(List.of("DL1000", "DL1001"));
        IntStream.rangeClosed(3000, 3067).forEach(n -> codes.add("DL" + n));
        IntStream.rangeClosed(4000, 4006).forEach(n -> codes.add("DL" + n));
        codes.removeAll(List.of("DL4002"));
        return List.copyOf(codes);
    }

    @Test
    void everyHadolintCodeIsARuleCaseOrAcceptedWithANote() {
        for (String code : HADOLINT_CODES) {
            RuleNames.Name name = names.resolve(code);
            assertThat(name.rule().isPresent() ^ name.skip().isPresent()).as(code).isTrue();
            assertThat(name.id()).isEqualTo(code);
        }
        assertThat(names.resolve("dl3049").rule().orElseThrow().name()).isEqualTo("LabelSchema");
        assertThat(names.resolve("dl3031").skip()).isPresent();
        assertThat(names.resolve("DL3017").skip().orElseThrow().reason()).contains("retired");
    }

    /** The list above agrees with the catalogue reference, when it is present. */
    @Test
    void theCodeListMatchesTheCatalogueReference() throws IOException {
        Path catalogue = SharedFiles.require("reference/catalogue.md");
        Set<String> documented = new TreeSet<>();
        Matcher m = Pattern.compile("\\b(DL\\d{4})(?:–(\\d{2}))?").matcher(Files.readString(catalogue));
        while (m.find()) {
            documented.add(m.group(1));
            if (m.group(2) != null) {
                int from = Integer.parseInt(m.group(1).substring(4));
                int to = Integer.parseInt(m.group(2));
                for (int n = from; n <= to; n++) {
                    documented.add(m.group(1).substring(0, 4) + String.format("%02d", n));
                }
            }
        }
        documented.remove("DL4002"); // "DL4002 is unused"
        documented.add("DL1000"); // the parse error, which integrations.md describes rather than the rule table
        assertThat(documented).containsExactlyInAnyOrderElementsOf(HADOLINT_CODES);
    }

    @Test
    void everyBuildKitCheckAndShellCheckCodeIsAccepted() {
        for (String check : BuildKitChecks.NAMES) {
            assertThat(names.find(check)).as(check).isPresent();
        }
        RuleNames.Name sc = names.resolve("sc2086");
        assertThat(sc.id()).isEqualTo("SC2086");
        assertThat(sc.rule().orElseThrow().name()).isEqualTo("ShellCheck");
        assertThat(sc.wholeRule()).isFalse();
    }

    @Test
    void aNameThatIsNobodysIsSuggestedOnlyWhenCloseInName() {
        assertThatThrownBy(() -> names.resolve("DL4002")).hasMessage("unknown rule 'DL4002' (no hadolint check has"
                + " this code; see 'dlint rules')");
        assertThatThrownBy(() -> names.resolve("DL3068")).hasMessageNotContaining("did you mean");
        assertThatThrownBy(() -> names.resolve("SC99999")).hasMessageNotContaining("did you mean");
        assertThatThrownBy(() -> names.resolve("UnpinnedBaseImg")).hasMessageContaining("(did you mean UnpinnedBaseImage?)");
        assertThatThrownBy(() -> names.resolve("StageNameCasng")).hasMessageContaining("did you mean StageNameCasing?");
        assertThatThrownBy(() -> names.resolve("Frobnicate")).hasMessage("unknown rule 'Frobnicate' (see 'dlint rules')");
    }

    @Test
    void listsTakeCommasAndSpaces() {
        assertThat(names.resolveAll(List.of("DL3006, DL3007", "UnpinnedPackage"))).extracting(RuleNames.Name::id)
                .containsExactly("DL3006", "DL3007", "UnpinnedPackage");
    }

    @Test
    void aRuleNameSelectsEveryFindingAnAliasOnlyTheFindingsCarryingIt() {
        Finding untagged = finding("UnpinnedBaseImage", List.of("DL3006"));
        Finding latest = finding("UnpinnedBaseImage", List.of("DL3007"));
        RuleNames.Name rule = names.resolve("unpinnedbaseimage");
        RuleNames.Name dl3007 = names.resolve("DL3007");
        assertThat(rule.wholeRule()).isTrue();
        assertThat(rule.selects(untagged) && rule.selects(latest)).isTrue();
        assertThat(dl3007.selects(latest)).isTrue();
        assertThat(dl3007.selects(untagged)).isFalse();
        assertThat(names.resolve("DL3049").selects(untagged)).isFalse();
    }

    private static Finding finding(String rule, List<String> aliases) {
        return new Finding(rule, Severity.WARNING, "m", new TextLocation(new SourceRange(1, 1, 1, 2)), List.of(),
                Optional.empty(), Optional.empty(), aliases);
    }
}
