package dev.dlint.rules.dockerfile;

import dev.dlint.context.BuildContext;
import dev.dlint.facts.ContextCopy;
import dev.dlint.facts.ContextFacts;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.facts.IgnoreFile;
import dev.dlint.facts.StageGraph;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.ContextSecrets;
import dev.dlint.rules.knowledge.InstructionText;
import java.util.List;
import java.util.Optional;

/**
 * A COPY or ADD puts a secret from the build context into a layer: a file whose name says it holds one (confirmed by
 * its content where the name is not enough) or whose content holds a private key, an access key id or a registry
 * token. The message names the file and what it holds, never the secret itself.
 */
@RuleInfo(summary = "A COPY or ADD puts a secret from the build context (a key, a dotenv file, credentials) into a"
        + " layer", severity = Severity.ERROR, category = Category.SECURITY)
public final class SecretInBuildContext implements DockerfileRule {

    /** How many files one message names. */
    private static final int NAMED = 5;

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        DockerfileFacts facts = context.facts();
        Optional<ContextFacts> build = facts.buildContext();
        Optional<BuildContext> snapshot = build.flatMap(ContextFacts::known);
        if (snapshot.isEmpty()) {
            return;
        }
        Optional<IgnoreFile> ignore = build.get().ignoreFile();
        ContextSecrets secrets = new ContextSecrets(snapshot.get());
        for (ContextCopy copy : facts.contextCopies()) {
            List<ContextSecrets.Secret> found = secrets.in(copy);
            if (found.isEmpty()) {
                continue;
            }
            StringBuilder named = new StringBuilder();
            for (int i = 0; i < Math.min(NAMED, found.size()); i++) {
                ContextSecrets.Secret s = found.get(i);
                named.append(i == 0 ? "" : ", ").append('`').append(s.entry().path()).append("` (").append(s.what())
                        .append(')');
            }
            if (found.size() > NAMED) {
                named.append(" and ").append(found.size() - NAMED).append(" more");
            }
            String where = facts.stages().shipping(copy.stage()) == StageGraph.Shipping.LAYERS ? "a layer of the image"
                    : "a layer of " + copy.stage().displayName() + " (kept in the build cache, and in the image of a"
                    + " --target build of that stage)";
            RuleContext.FindingBuilder finding = context.report(copy.source().range(), "`"
                    + InstructionText.firstLine(dockerfile, copy.instruction(), 60) + "` puts " + (found.size() == 1 ? "a secret" : found.size() + " secrets")
                    + " from the build context into " + where + ": " + named + ". Anyone who can pull the image or"
                    + " its cache can read " + (found.size() == 1 ? "it" : "them") + ", and deleting a file in a"
                    + " later step does not remove it from this layer. Keep secrets out of the build context with "
                    + ignore.map(IgnoreFile::name).orElse(".dockerignore") + ", and give a build step the secret it"
                    + " needs with `RUN --mount=type=secret,id=...` (docker build --secret).");
            if (ignore.isPresent()) {
                for (ContextSecrets.Secret s : found) {
                    if (s.reincludedBy().isPresent()) {
                        finding.relatedIn(ignore.get().path(), ignore.get().range(s.reincludedBy().get()), "`!"
                                + s.reincludedBy().get().pattern() + "` sends " + s.entry().path()
                                + " although an earlier line excludes it");
                    }
                }
            }
        }
    }
}
