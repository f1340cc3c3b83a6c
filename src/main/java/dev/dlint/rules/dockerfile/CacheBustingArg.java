package dev.dlint.rules.dockerfile;

import dev.dlint.facts.VariableUses;
import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.LabelInstruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Edits;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.RuleOption;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.rules.knowledge.EnvironmentReaders;
import dev.dlint.rules.knowledge.VolatileArgs;
import java.util.ArrayList;
import java.util.List;

/**
 * An ARG whose value changes on every build (a commit id, a build date) declared inside a stage before RUN steps:
 * BuildKit passes every declared ARG to later RUNs as an environment variable, so each new value misses the cache
 * for all of them.
 */
@RuleInfo(summary = "A build argument that changes on every build is declared before RUN steps that do not need it",
        severity = Severity.WARNING, category = Category.CACHE)
public final class CacheBustingArg implements DockerfileRule, Fixable {

    /** More ARG names to treat as volatile, beyond those recognised by their name. */
    static final RuleOption<List<String>> NAMES = RuleOption.strings("names",
            "more ARG names whose values change on every build");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(NAMES);
    }

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Stage stage : dockerfile.stages()) {
            List<Instruction> body = stage.instructions();
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof ArgInstruction) {
                    check(dockerfile, (ArgInstruction) body.get(i), body.subList(i + 1, body.size()), context);
                }
            }
        }
    }

    /** Whether an instruction reads a variable that an earlier ENV set from the volatile ARG. */
    private static boolean usesCopy(Instruction instruction, Instruction env) {
        for (var pair : ((EnvInstruction) env).pairs()) {
            if (VariableUses.uses(instruction, pair.key().text())) {
                return true;
            }
        }
        return false;
    }

    private void check(Dockerfile dockerfile, ArgInstruction arg, List<Instruction> after, DockerfileContext context) {
        List<String> extra = context.option(NAMES);
        for (ArgDeclaration declaration : arg.declarations()) {
            String name = declaration.name().text();
            if (!VolatileArgs.isVolatile(name) && !extra.contains(name)) {
                continue;
            }
            List<RunInstruction> busted = new ArrayList<>();
            List<Instruction> copies = new ArrayList<>();
            Instruction firstUse = null;
            boolean explicit = false;
            for (Instruction instruction : after) {
                boolean named = VariableUses.uses(instruction, name)
                        || copies.stream().anyMatch(c -> usesCopy(instruction, c));
                boolean uses = named || instruction instanceof RunInstruction
                        && EnvironmentReaders.mayReadUnnamed((RunInstruction) instruction);
                explicit = named;
                if (uses && instruction instanceof EnvInstruction) {
                    copies.add(instruction); // ENV X=$GIT_COMMIT: the value now busts later RUNs through X
                } else if (uses && !(instruction instanceof LabelInstruction)) {
                    firstUse = instruction;
                    break;
                } else if (instruction instanceof RunInstruction) {
                    busted.add((RunInstruction) instruction);
                }
            }
            if (busted.isEmpty()) {
                continue;
            }
            RunInstruction first = busted.get(0);
            String where = firstUse == null ? "after the last RUN of the stage"
                    : "just before line " + firstUse.range().startLine() + (explicit ? ", where it is first used"
                            : ", whose commands may read it from the environment");
            String count = busted.size() == 1 ? "the RUN at line " + first.range().startLine()
                    : "the " + busted.size() + " RUN instructions after it (first at line " + first.range().startLine() + ")";
            String through = copies.isEmpty() ? "" : " (ENV at line " + copies.get(0).range().startLine()
                    + " copies it into the environment, so move that ENV too)";
            RuleContext.FindingBuilder finding = context.report(declaration.name().range(), "ARG " + name
                    + " changes on every build, and BuildKit passes it to every later RUN, so " + count
                    + (busted.size() == 1 ? " misses" : " miss") + " the build cache each time. Declare it " + where + through + ".")
                    .related(first.keyword().range(), "this RUN and the ones after it are rebuilt whenever " + name + " changes");
            if (arg.declarations().size() == 1 && copies.isEmpty()) {
                Instruction anchor = firstUse != null ? firstUse : busted.get(busted.size() - 1);
                List<TextEdit> edits = firstUse != null
                        ? Edits.moveBefore(dockerfile.source(), arg, anchor)
                        : Edits.moveAfter(dockerfile.source(), arg, anchor);
                finding.unsafeFix("Move ARG " + name + " " + where, edits);
            }
        }
    }
}
