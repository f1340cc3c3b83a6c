package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
import dev.dlint.command.Option;
import dev.dlint.facts.CommandUse;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.VariableScope;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.Optional;

/**
 * {@code useradd -u N} with a large uid (100000 or more, as a number, through {@code --uid} too, or through an ARG or
 * ENV whose value is known) and without {@code -l}/{@code --no-log-init}: useradd writes the user's entries at offset
 * uid of /var/log/lastlog and /var/log/faillog, which the layer stores as a file of that size.
 */
@RuleInfo(summary = "useradd with a large uid and without --no-log-init fills the layer with a huge lastlog",
        severity = Severity.WARNING, category = Category.SIZE, aliases = {"DL3046"}, onbuild = true)
public final class LargeUidWithoutNoLogInit extends InstructionRule<RunInstruction> {

    private static final long LARGE = 100_000;

    public LargeUidWithoutNoLogInit() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        for (CommandUse use : context.facts().commands(run)) {
            Optional<Invocation> useradd = use.invocation().filter(i -> i.is("useradd") && !i.has("--no-log-init"));
            Optional<Option> uid = useradd.flatMap(i -> i.all("--uid").stream().reduce((a, b) -> b));
            Optional<Long> value = uid.flatMap(Option::value).flatMap(v -> number(v, context.facts().dockerfile()
                    .scope(run)));
            if (value.isPresent() && value.get() >= LARGE) {
                context.report(use.range(uid.get().valueSpan().map(v -> uid.get().span().union(v))
                        .orElse(uid.get().span())), "useradd " + uid.get().spelled() + " " + value.get() + " without"
                        + " -l: useradd writes the user's lastlog and faillog records at offset uid, and the layer"
                        + " stores those files in full (about " + value.get() * 292 / 1_000_000 + " MB of lastlog)."
                        + " Add --no-log-init (-l).");
            }
        }
    }

    /** {@code 1000000}, or {@code $UID} / {@code ${UID}} with a numeric ARG or ENV value. */
    private static Optional<Long> number(String value, VariableScope scope) {
        String text = value.matches("\\$\\{?\\w+}?") ? scope.value(value.replaceAll("[${}]", "")).orElse("") : value;
        return text.matches("\\d{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }
}
