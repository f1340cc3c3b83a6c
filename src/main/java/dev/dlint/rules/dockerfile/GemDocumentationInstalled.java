package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
import dev.dlint.facts.CommandUse;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.BaseImage;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.model.Dockerfile;
import dev.dlint.rules.knowledge.CommandEdits;
import dev.dlint.rules.knowledge.PackageRuns;
import dev.dlint.shell.script.Word;
import java.util.List;
import java.util.Set;

/**
 * {@code gem install} or {@code gem update} without {@code --no-document} ({@code -N}, or the old {@code --no-ri
 * --no-rdoc}): RubyGems then generates ri and RDoc documentation for every gem, megabytes nobody reads in a container.
 * A gemrc with {@code gem: --no-document} (or {@code install:}/{@code update:}) written or copied earlier in the stage or
 * a stage it is built FROM counts, and so does the official {@code ruby} image, which ships one in
 * {@code /usr/local/etc/gemrc} (and the dev-container images built FROM it). Henkel et al. (ICSE 2020), {@code gemUpdateNoDocument}.
 */
@RuleInfo(summary = "gem installs documentation nobody reads in the image: it has no --no-document",
        severity = Severity.WARNING, category = Category.SIZE, onbuild = true)
public final class GemDocumentationInstalled implements DockerfileRule, Fixable {

    /** The official ruby image, and images built FROM it, whose gemrc turns documentation off. */
    private static final Set<String> GEMRC_IMAGES = Set.of("ruby", "mcr.microsoft.com/devcontainers/ruby",
            "mcr.microsoft.com/vscode/devcontainers/ruby");

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        DockerfileFacts facts = context.facts();
        for (PackageRuns.Site site : PackageRuns.sites(facts, context.rule().onbuild())) {
            boolean gemrc = officialGemrc(facts, site.stage()) || gemrcBefore(facts, site);
            for (CommandUse use : facts.commands(site.run())) {
                gemrc |= writesGemrc(use);
                if (gemrc || use.invocation().filter(GemDocumentationInstalled::withDocumentation).isEmpty()) {
                    continue;
                }
                var finding = context.report(CommandEdits.commandRange(use), "`" + PackageRuns.verb(use)
                        + "` generates ri and RDoc documentation for every gem it installs, megabytes that stay in the"
                        + " image unused: add --no-document (or write `gem: --no-document` to /etc/gemrc first).");
                CommandEdits.afterSubcommand(use, "--no-document", facts.dockerfile().source())
                        .ifPresent(edit -> finding.safeFix("Add --no-document", List.of(edit)));
            }
        }
    }

    private static boolean withDocumentation(Invocation gem) {
        return gem.is("gem") && (gem.isSubcommand("install") || gem.isSubcommand("update"))
                && !gem.has("--no-document", "--no-ri", "--no-rdoc", "--help")
                && gem.values("--document").stream().noneMatch(String::isEmpty)
                && !(gem.isSubcommand("install") && gem.operandsAfterSubcommand().isEmpty()
                        && !gem.has("--file"));
    }

    private static boolean officialGemrc(DockerfileFacts facts, Stage stage) {
        BaseImage base = facts.rootBase(stage);
        if (base instanceof BaseImage.External external
                && GEMRC_IMAGES.contains(external.reference().displayName())) {
            return true;
        }
        // the FROM line as written, for a tag from a variable without a usable value
        String text = base.word().text();
        return !(base instanceof BaseImage.StageBase) && GEMRC_IMAGES.stream()
                .anyMatch(i -> text.equals(i) || text.startsWith(i + ":") || text.startsWith(i + "@"));
    }

    /** A RUN that writes a gemrc turning documentation off, or a COPY of a gemrc, before the site in its lineage. */
    private static boolean gemrcBefore(DockerfileFacts facts, PackageRuns.Site site) {
        for (Stage stage : facts.dockerfile().lineage(site.stage())) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction == site.holder()) {
                    return false;
                }
                Instruction runs = instruction instanceof OnbuildInstruction onbuild && site.trigger()
                        ? onbuild.trigger().orElse(instruction) : instruction;
                if (runs instanceof RunInstruction run && run.shell().scripts().stream()
                        .anyMatch(s -> disablesDocs(s.text().text()))) {
                    return true;
                }
                if (instruction instanceof CopyInstruction copy && copy.transfer().destination()
                        .map(d -> d.text().endsWith("gemrc")).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean writesGemrc(CommandUse use) {
        return use.command().command().isNamed("echo", "printf")
                && use.command().command().args().stream().map(Word::raw).anyMatch(GemDocumentationInstalled::docsOff)
                && use.command().command().redirections().stream()
                        .anyMatch(r -> r.target() != null && r.target().unquoted().endsWith("gemrc"));
    }

    private static boolean disablesDocs(String script) {
        return script.contains("gemrc") && docsOff(script);
    }

    private static boolean docsOff(String text) {
        return text.contains("--no-document") || text.contains("--no-rdoc") || text.contains("--no-ri");
    }
}
