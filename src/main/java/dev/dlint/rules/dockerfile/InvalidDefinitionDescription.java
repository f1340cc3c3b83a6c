package dev.dlint.rules.dockerfile;

import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.Comment;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comment right above a named FROM or an ARG that does not start with the stage or argument name. BuildKit takes
 * that comment as the description {@code docker build --call=outline} and {@code --call=targets} print. BuildKit's
 * check is experimental: it runs only with {@code # check=experimental=InvalidDefinitionDescription} (or
 * {@code all}), or when enabled in the configuration. Linter pragmas among the comments ({@code # hadolint
 * ignore=…}, {@code # dlint ignore=…}, {@code # check=skip=…}) are not descriptions: the last other comment is judged.
 */
@RuleInfo(summary = "The comment above a FROM or ARG is not a description starting with its name",
        severity = Severity.INFO, category = Category.STYLE, enabledByDefault = false, precision = Precision.VERY_HIGH)
public final class InvalidDefinitionDescription extends InstructionRule<Instruction> {

    /** Linter pragmas, which belong above the instruction they silence and are never descriptions. */
    private static final Pattern PRAGMA = Pattern.compile("(?i)(hadolint|dlint)\\s|check\\s*=");

    public InvalidDefinitionDescription() {
        super(Instruction.class);
    }

    @Override
    protected void check(Instruction instruction, DockerfileContext context) {
        List<String> names;
        if (instruction instanceof ArgInstruction) {
            names = ((ArgInstruction) instruction).declarations().stream().map(ArgDeclaration::name)
                    .map(Word::text).toList();
        } else if (instruction instanceof FromInstruction && ((FromInstruction) instruction).stageName().isPresent()) {
            names = List.of(((FromInstruction) instruction).stageName().get().text().toLowerCase(Locale.ROOT));
        } else {
            return;
        }
        List<Comment> comments = instruction.header().comments().stream()
                .filter(c -> !PRAGMA.matcher(c.text()).lookingAt()).toList();
        if (comments.isEmpty() || names.isEmpty()) {
            return;
        }
        Comment last = comments.get(comments.size() - 1);
        if (names.contains(last.text().split(" ", 2)[0])) {
            return;
        }
        String example = names.size() == 1 ? names.get(0) : "<arg_key>";
        context.report(last.range(), "Comment for " + instruction.name() + " should follow the format: `# " + example
                + " <description>`: BuildKit shows the comment right above a " + instruction.name() + " as its"
                + " description. Start it with " + (names.size() == 1 ? "the name" : "one of the names")
                + ", or put a line with a bare # between it and the " + instruction.name() + ".");
    }
}
