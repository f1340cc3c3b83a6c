package dev.dlint.rules.dockerfile;

import dev.dlint.facts.ExpandedWords;
import dev.dlint.facts.VariableReferences;
import dev.dlint.model.BaseImage;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import dev.dlint.model.VariableScope;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.ImageEnvironment;
import dev.dlint.rules.knowledge.VariableDeclarations;
import dev.dlint.text.DidYouMean;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A variable that an expanded word of a stage instruction (ENV, LABEL, COPY, ADD, WORKDIR, USER, VOLUME, STOPSIGNAL,
 * an ARG default) reads although no ARG or ENV before it declares it: it expands to an empty string. BuildKit also
 * knows the base image's environment; dlint cannot pull the image, so in a stage chain built on an image it reports
 * only what the file shows to be a mistake (a name declared elsewhere in the file, a predefined ARG not redeclared,
 * or a near miss of a name in scope) and never a name the base image is known to set. On {@code scratch}, whose
 * environment holds only PATH, it reports every undefined variable, as BuildKit does.
 */
@RuleInfo(summary = "An instruction reads a variable that no ARG or ENV before it declares",
        severity = Severity.WARNING, category = Category.CORRECTNESS, precision = Precision.HIGH)
public final class UndefinedVar implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        VariableDeclarations declarations = VariableDeclarations.of(dockerfile);
        for (Stage stage : dockerfile.stages()) {
            BaseImage root = context.facts().rootBase(stage);
            for (Instruction instruction : stage.instructions()) {
                for (ExpandedWords.Expansion expansion : ExpandedWords.of(instruction)) {
                    check(expansion, instruction, stage, root, declarations, context);
                }
            }
        }
    }

    private void check(ExpandedWords.Expansion expansion, Instruction instruction, Stage stage, BaseImage root,
                       VariableDeclarations declarations, DockerfileContext context) {
        Dockerfile dockerfile = context.facts().dockerfile();
        VariableScope scope = dockerfile.scope(instruction);
        String text = expansion.word().text();
        List<VariableReferences.Reference> references = expansion.heredoc()
                ? VariableReferences.inHeredoc(text, dockerfile.escape()) : VariableReferences.in(text, dockerfile.escape());
        Set<String> seen = new HashSet<>();
        for (VariableReferences.Reference reference : references) {
            String name = reference.name();
            boolean extendsItself = expansion.assigns().equals(Optional.of(name)); // PATH=$PATH:/x, X="$X -y"
            if (reference.defaulted() || extendsItself || !seen.add(name) || name.equals("PATH")
                    || scope.isDeclared(name) || expansion.declared().contains(name)) {
                continue;
            }
            Set<String> known = new HashSet<>(scope.values().keySet());
            known.addAll(expansion.declared());
            known.add("PATH");
            Optional<String> suggestion = DidYouMean.among(name, known);
            Optional<String> evidence = declarations.misplaced(name, instruction, stage);
            if (!(root instanceof BaseImage.Scratch) && (maySet(root, name)
                    || (evidence.isEmpty() && (suggestion.isEmpty() || name.length() < 4)))) {
                continue;
            }
            context.report(expansion.word().range(reference.start(), reference.end()), "Usage of undefined variable '$"
                    + name + "'" + suggestion.map(s -> " (did you mean $" + s + "?)").orElse("") + ": "
                    + evidence.orElse("no ARG or ENV before this line declares it") + ", so it expands to an empty"
                    + " string here.");
        }
    }

    private static boolean maySet(BaseImage root, String name) {
        return root instanceof BaseImage.External
                ? ImageEnvironment.maySet(((BaseImage.External) root).reference(), name)
                : !(root instanceof BaseImage.Scratch) && ImageEnvironment.maySetAnywhere(name);
    }
}
