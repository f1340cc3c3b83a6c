package dev.dlint.rules.dockerfile;

import dev.dlint.model.Dockerfile;
import dev.dlint.model.ExposeInstruction;
import dev.dlint.model.HealthcheckInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.RuleOption;
import dev.dlint.rule.Severity;
import java.util.List;
import java.util.Locale;

/**
 * An image stage (the last stage, or one no other stage builds on or copies from) with no HEALTHCHECK, neither in
 * the stage nor in the stages it is built FROM. {@code HEALTHCHECK NONE} counts as a decision. Off by default; the
 * {@code exposed-only} option (on by default) narrows it to network services (stages that EXPOSE a port); turn it off for
 * hadolint's every-stage behaviour.
 */
@RuleInfo(summary = "An image stage has no HEALTHCHECK", severity = Severity.INFO, category = Category.MAINTAINABILITY,
        aliases = {"DL3057"}, enabledByDefault = false, precision = Precision.MEDIUM)
public final class MissingHealthcheck implements DockerfileRule {

    /** Judge only stages that EXPOSE a port (in themselves or the stages they are built FROM): network services. */
    static final RuleOption<Boolean> EXPOSED_ONLY = RuleOption.bool("exposed-only",
            "judge only stages that EXPOSE a port, leaving out tools, base images and desktop applications", true);

    @Override
    public List<RuleOption<?>> options() {
        return List.of(EXPOSED_ONLY);
    }

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Stage stage : context.facts().imageStages()) {
            List<Stage> lineage = dockerfile.lineage(stage);
            boolean has = lineage.stream().anyMatch(s -> !s.instructions(HealthcheckInstruction.class).isEmpty());
            boolean exposes = lineage.stream().anyMatch(s -> !s.instructions(ExposeInstruction.class).isEmpty());
            if (!has && (exposes || !context.option(EXPOSED_ONLY))) {
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
