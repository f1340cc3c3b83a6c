package dev.dlint.rules.dockerfile;

import dev.dlint.facts.CommandUse;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.StageRule;
import dev.dlint.rules.knowledge.RunsOf;
import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * Both curl and wget run in one stage (or in a stage and the stages it is built FROM, whose tools it inherits): two
 * download tools where one does. The state is the first use of each; once both have run, every RUN that uses either
 * is reported once, at its first use, with the other tool's first use as related location.
 */
@RuleInfo(summary = "A stage uses both curl and wget", severity = Severity.WARNING, category = Category.SIZE,
        aliases = {"DL4001"}, onbuild = true)
public final class CurlAndWgetInOneStage extends StageRule<CurlAndWgetInOneStage.Seen> {

    /** The first use of each tool so far. */
    record Seen(Optional<SourceRange> curl, Optional<SourceRange> wget) {
    }

    @Override
    protected Seen start(Stage stage, DockerfileContext context) {
        return new Seen(Optional.empty(), Optional.empty());
    }

    @Override
    protected Seen step(Seen seen, Instruction instruction, Stage stage, DockerfileContext context) {
        Optional<RunInstruction> run = RunsOf.run(instruction, true);
        if (run.isEmpty()) {
            return seen;
        }
        List<CommandUse> uses = context.facts().commands(run.get()).stream().filter(u -> u.is("curl", "wget")).toList();
        Optional<SourceRange> curl = seen.curl().or(() -> first(uses, "curl"));
        Optional<SourceRange> wget = seen.wget().or(() -> first(uses, "wget"));
        if (!uses.isEmpty() && curl.isPresent() && wget.isPresent()) {
            CommandUse use = uses.get(0);
            boolean isCurl = use.is("curl");
            SourceRange other = isCurl ? wget.get() : curl.get();
            context.report(use.command().range(use.invocation().get().nameWord()), (isCurl ? "curl" : "wget")
                    + " runs in a stage that also uses " + (isCurl ? "wget" : "curl") + " (line " + other.startLine()
                    + "): one download tool is enough; use the same one everywhere and install only it.")
                    .related(other, (isCurl ? "wget" : "curl") + " is used here");
        }
        return new Seen(curl, wget);
    }

    private static Optional<SourceRange> first(List<CommandUse> uses, String tool) {
        return uses.stream().filter(u -> u.is(tool)).findFirst().map(u -> u.command().range(u.invocation().get()
                .nameWord()));
    }
}
