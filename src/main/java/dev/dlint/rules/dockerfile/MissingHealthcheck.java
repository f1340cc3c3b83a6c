package dev.dlint.rules.dockerfile;

import dev.dlint.model.Dockerfile;
import dev.dlint.model.HealthcheckInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.Locale;

/**
 * An image stage (the last stage, or one no other stage builds on or copies from) with no HEALTHCHECK, neither in
 * the stage nor in the stages it is built FROM. {@code HEALTHCHECK NONE} counts as a decision. Off by default.
 */
@RuleInfo(summary = "An image stage has no HEALTHCHECK", severity = Severity.INFO, category = Category.MAINTAINABILITY,
        aliases = {"DL3057"}, enabledByDefault = false)
public final class MissingHealthcheck implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Stage stage : context.facts().imageStages()) {
            boolean has = dockerfile.lineage(stage).stream().anyMatch(s -> !s.instructions(HealthcheckInstruction.class).isEmpty());
            if (!has) {
                context.report(stage.base().word().range(), stage.displayName().substring(0, 1).toUpperCase(Locale.ROOT)
                        + stage.displayName().substring(1) + " sets no HEALTHCHECK"
                        + (stage.parentStage().isPresent() ? ", nor do the stages it is built FROM" : "")
                        + ": unless its base image has one, Docker and orchestrators that read it cannot tell a hung"
                        + " container from a healthy one. Add HEALTHCHECK CMD <a probe of the service>, or"
                        + " HEALTHCHECK NONE to record that none applies.");
            }
        }
    }
}
