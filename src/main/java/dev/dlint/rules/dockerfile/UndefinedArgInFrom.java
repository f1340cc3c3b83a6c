package dev.dlint.rules.dockerfile;

import dev.dlint.facts.Expanded;
import dev.dlint.facts.ExpandedWords;
import dev.dlint.facts.VariableReferences;
import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.PredefinedArgs;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.text.DidYouMean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A FROM line (its image or {@code --platform}) that reads a variable no ARG before the first FROM declares and
 * BuildKit does not predefine. Such a variable is always empty there, even with {@code --build-arg}.
 */
@RuleInfo(summary = "FROM uses a build argument that is not declared before the first FROM",
        severity = Severity.WARNING, category = Category.CORRECTNESS, precision = Precision.VERY_HIGH)
public final class UndefinedArgInFrom extends InstructionRule<FromInstruction> {

    public UndefinedArgInFrom() {
        super(FromInstruction.class);
    }

    @Override
    protected void check(FromInstruction from, DockerfileContext context) {
        Dockerfile dockerfile = context.facts().dockerfile();
        Set<String> declared = new HashSet<>(PredefinedArgs.NAMES);
        for (ArgInstruction arg : dockerfile.globalArgs()) {
            arg.declarations().stream().map(ArgDeclaration::name).map(Word::text).forEach(declared::add);
        }
        List<Word> words = new ArrayList<>();
        from.image().ifPresent(words::add);
        from.platform().flatMap(ExpandedWords::flagValue).ifPresent(words::add);
        for (Word word : words) {
            if (!Expanded.of(word.text(), dockerfile.scope(from), dockerfile.escape()).ok()) {
                continue; // BuildKit fails on the expansion itself (an unsupported ${a:b} modifier, say)
            }
            Set<String> reported = new HashSet<>();
            for (VariableReferences.Reference reference : VariableReferences.in(word.text(), dockerfile.escape())) {
                String name = reference.name();
                if (!declared.contains(name) && reported.add(name)) {
                    context.report(word.range(reference.start(), reference.end()), "FROM argument '" + name
                            + "' is not declared" + DidYouMean.among(name, declared).map(s -> " (did you mean " + s
                            + "?)").orElse("") + ": a FROM line sees only the ARGs declared before the first FROM, so "
                            + name + " is empty here" + (reference.defaulted() ? " and its default is always used" : "")
                            + ", even with --build-arg. Declare it with ARG " + name + " before the first FROM.");
                }
            }
        }
    }
}
