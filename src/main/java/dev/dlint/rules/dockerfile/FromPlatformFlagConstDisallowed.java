package dev.dlint.rules.dockerfile;

import dev.dlint.facts.Expanded;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Flag;
import dev.dlint.model.FromInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.Platforms;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code FROM --platform=linux/amd64}: a constant platform, which pins the stage to one platform and breaks
 * multi-platform builds. As in BuildKit, a stage whose name contains the OS or architecture is meant to be
 * platform-specific and is not flagged ({@code AS build-amd64}).
 */
@RuleInfo(summary = "FROM --platform uses a constant value", severity = Severity.WARNING,
        category = Category.MAINTAINABILITY, aliases = {"DL3029"}, precision = Precision.HIGH)
public final class FromPlatformFlagConstDisallowed extends InstructionRule<FromInstruction> {

    public FromPlatformFlagConstDisallowed() {
        super(FromInstruction.class);
    }

    @Override
    protected void check(FromInstruction from, DockerfileContext context) {
        if (from.platform().isEmpty()) {
            return;
        }
        Flag flag = from.platform().get();
        Dockerfile dockerfile = context.facts().dockerfile();
        Expanded expanded = Expanded.of(flag.valueOrEmpty(), dockerfile.scope(from), dockerfile.escape());
        Optional<Platforms.Platform> platform = Platforms.parse(expanded.value());
        if (expanded.readsVariables() || !expanded.ok() || platform.isEmpty()) {
            return;
        }
        String stage = from.stageName().map(w -> w.text().toLowerCase(Locale.ROOT)).orElse("");
        if (stage.contains(platform.get().os()) || stage.contains(platform.get().architecture())) {
            return;
        }
        context.report(flag.valueRange(), "FROM --platform flag should not use constant value \"" + expanded.value()
                + "\": the stage is built for that platform only, whatever docker build --platform asks for. Remove"
                + " the flag, use $BUILDPLATFORM for a stage that only runs build tools, or name the stage after the"
                + " platform (AS build-" + platform.get().architecture() + ") if it is meant to be platform-specific.");
    }
}
