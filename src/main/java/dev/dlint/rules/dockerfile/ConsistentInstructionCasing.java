package dev.dlint.rules.dockerfile;

import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.Keyword;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Locale;

/**
 * An instruction keyword cased unlike the majority of the file's keywords, or in mixed case ({@code From}). As in
 * BuildKit the majority counts the FROM lines and stage instructions (a tie means upper case); dlint also checks the
 * ARGs before the first FROM and the keywords of ONBUILD triggers, which BuildKit skips.
 */
@RuleInfo(summary = "An instruction keyword is not cased like the rest of the file", severity = Severity.STYLE,
        category = Category.STYLE, precision = Precision.VERY_HIGH)
public final class ConsistentInstructionCasing implements DockerfileRule, Fixable {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        int lower = 0;
        int upper = 0;
        List<Keyword> counted = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            counted.add(stage.from().keyword());
            stage.instructions().forEach(i -> counted.add(i.keyword()));
        }
        for (Keyword keyword : counted) {
            lower += keyword.text().equals(keyword.text().toLowerCase(Locale.ROOT)) ? 1 : 0;
            upper += keyword.text().equals(keyword.text().toUpperCase(Locale.ROOT)) ? 1 : 0;
        }
        boolean majorityLower = lower > upper;
        Map<Keyword, Word> asKeywords = new IdentityHashMap<>();
        for (Stage stage : dockerfile.stages()) {
            stage.from().asKeyword().ifPresent(as -> asKeywords.put(stage.from().keyword(), as));
        }
        counted.forEach(keyword -> check(keyword, Optional.ofNullable(asKeywords.get(keyword)), majorityLower, true,
                context));
        dockerfile.globalArgs().forEach(arg -> check(arg.keyword(), Optional.empty(), majorityLower, false, context));
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof OnbuildInstruction) {
                ((OnbuildInstruction) instruction).trigger()
                        .ifPresent(trigger -> check(trigger.keyword(), Optional.empty(), majorityLower, false, context));
            }
        }
    }

    /**
     * @param as       the AS of a FROM line: recased with FROM, so the fix does not make FromAsCasing report
     * @param buildKit whether BuildKit checks this keyword too
     */
    private static void check(Keyword keyword, Optional<Word> as, boolean majorityLower, boolean buildKit,
                              DockerfileContext context) {
        String wanted = majorityLower ? keyword.text().toLowerCase(Locale.ROOT) : keyword.upper();
        if (wanted.equals(keyword.text())) {
            return;
        }
        List<TextEdit> edits = new ArrayList<>(List.of(new TextEdit(keyword.range(), wanted)));
        String wantedAs = majorityLower ? "as" : "AS";
        as.filter(word -> !word.text().equals(wantedAs)).ifPresent(word -> edits.add(new TextEdit(word.range(), wantedAs)));
        String description = "Write " + wanted + (edits.size() > 1 ? " … " + wantedAs : "");
        RuleContext.FindingBuilder finding = context.report(keyword.range(), "Command '" + keyword.text() + "' should match the case of the"
                + " command majority (" + (majorityLower ? "lowercase" : "uppercase") + "): write " + wanted + ".")
                .safeFix(description, edits);
        if (!buildKit) {
            finding.as();
        }
    }
}
