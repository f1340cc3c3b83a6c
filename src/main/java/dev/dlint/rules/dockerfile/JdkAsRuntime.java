package dev.dlint.rules.dockerfile;

import dev.dlint.facts.CommandUse;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.BaseImage;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.ImageReference;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.rules.knowledge.SmallerBases;
import dev.dlint.rules.knowledge.StartCommand;
import dev.dlint.rules.knowledge.Toolchains;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The image a build produces runs a jar or a class path with {@code java -jar}/{@code java -cp} on a JDK image
 * (a vendor's JDK, {@code openjdk}, or a {@code maven}/{@code gradle} image) and never uses the JDK's tools: a JRE
 * image, or a runtime made with jlink, runs the same application.
 */
@RuleInfo(summary = "The image only runs a jar, yet ships a full JDK; a JRE image or a jlink runtime would do",
        severity = Severity.WARNING, category = Category.SIZE)
public final class JdkAsRuntime implements DockerfileRule, Fixable {

    /** Commands that need a JDK rather than a JRE. */
    private static final Set<String> JDK_TOOLS = Set.of("javac", "jar", "jlink", "jdeps", "jpackage", "jshell",
            "jarsigner", "javadoc", "jmod", "jcmd", "jmap", "jstack", "jhsdb", "native-image", "mvn", "mvnw",
            "./mvnw", "gradle", "gradlew", "./gradlew", "sbt", "ant", "lein", "kotlinc");

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        DockerfileFacts facts = context.facts();
        Optional<Stage> target = facts.stages().target();
        if (target.isEmpty()) {
            return;
        }
        List<Stage> chain = dockerfile.lineage(target.get());
        Stage root = chain.get(0);
        if (!(root.base() instanceof BaseImage.External) || facts.isRefused(root.from())) {
            return;
        }
        ImageReference image = ((BaseImage.External) root.base()).reference();
        StartCommand start = StartCommand.of(chain);
        if (!SmallerBases.isJdk(image) || !start.runsJava() || usesJdk(chain, facts, start)) {
            return;
        }
        Optional<SmallerBases.Suggestion> jre = SmallerBases.jre(image, root.base().word());
        if (jre.isEmpty()) {
            return;
        }
        SmallerBases.Suggestion s = jre.get();
        String stage = target.get() == dockerfile.finalStage().orElse(null) ? "The final stage" : "The target "
                + target.get().displayName();
        String inherited = chain.size() > 1 ? " (through " + root.displayName() + ", which it is built FROM)" : "";
        RuleContext.FindingBuilder finding = context.report(root.base().word().range(), stage + inherited
                + " only runs Java (`" + String.join(" ", start.words()) + "`) but is built on " + s.describeCurrent()
                + ", a full JDK with a compiler and tools the application never uses. " + s.describeSuggested()
                + " runs the same application; smaller still is a runtime of only the modules it needs, made with"
                + " jlink in a build stage (jdeps lists them)." + (s.replaced().isEmpty() ? " No automatic fix: "
                + s.noFix() + "." : ""))
                .related(start.instruction().map(i -> i.range()).orElse(root.from().range()),
                        "the container only runs java");
        if (s.replaced().isPresent()) {
            finding.unsafeFix("Switch to " + s.suggested(), List.of(new TextEdit(s.replaced().get(),
                    s.replacement())));
        }
    }

    /** Whether a RUN of the chain, or the start command, uses a tool only a JDK has (or builds Java). */
    private static boolean usesJdk(List<Stage> chain, DockerfileFacts facts, StartCommand start) {
        for (Stage stage : chain) {
            for (RunInstruction run : stage.instructions(RunInstruction.class)) {
                if (facts.commands(run).isEmpty() && run.command().isPresent()) {
                    return true; // a shell dlint does not read
                }
                for (CommandUse use : facts.commands(run)) {
                    String name = use.command().name().orElse("");
                    String tool = name.substring(name.lastIndexOf('/') + 1);
                    if (JDK_TOOLS.contains(name) || JDK_TOOLS.contains(tool)
                            || Toolchains.build(use.command()).isPresent()) {
                        return true;
                    }
                }
            }
        }
        for (String word : start.words()) {
            String tool = word.substring(word.lastIndexOf('/') + 1);
            if (JDK_TOOLS.contains(tool)) {
                return true;
            }
        }
        return false;
    }
}
