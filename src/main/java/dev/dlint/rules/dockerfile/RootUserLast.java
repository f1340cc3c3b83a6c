package dev.dlint.rules.dockerfile;

import dev.dlint.model.Dockerfile;
import dev.dlint.model.Stage;
import dev.dlint.model.UserInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.Users;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A stage whose image is used (the last stage, or one no other stage builds on or copies from) whose last USER,
 * inherited through {@code FROM <stage>} included, is root. Stages without any USER are not judged: their user is
 * the base image's.
 */
@RuleInfo(summary = "The last USER of an image stage is root", severity = Severity.WARNING,
        category = Category.SECURITY, aliases = {"DL3002"})
public final class RootUserLast implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        Map<UserInstruction, List<Stage>> stagesByUser = new LinkedHashMap<>();
        for (Stage stage : context.facts().imageStages()) {
            Users.lastUser(dockerfile, stage)
                    .ifPresent(u -> stagesByUser.computeIfAbsent(u, k -> new ArrayList<>()).add(stage));
        }
        stagesByUser.forEach((user, stages) -> {
            Optional<Users.Spec> spec = Users.spec(user, context.facts());
            if (spec.isPresent() && spec.get().isRoot()) {
                Stage owner = dockerfile.stageOf(user).orElseThrow();
                String names = stages.stream().map(Stage::displayName).collect(Collectors.joining(", "));
                String where = stages.equals(List.of(owner)) ? "" : " (which inherits it from " + owner.displayName()
                        + " through FROM)";
                context.report(spec.get().userRange(), "USER " + spec.get().user() + " is the last USER of " + names
                        + where + ", so the container runs as root and a compromised process owns the whole container."
                        + " Create an unprivileged user and switch to it after the steps that need root"
                        + " (USER app, or a numeric id such as USER 10001).");
            }
        });
    }
}
