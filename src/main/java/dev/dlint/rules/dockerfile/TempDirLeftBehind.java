package dev.dlint.rules.dockerfile;

import dev.dlint.command.Operand;
import dev.dlint.facts.CommandUse;
import dev.dlint.facts.LayerHistory;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.CommandEdits;
import dev.dlint.rules.knowledge.RunLeftovers;
import dev.dlint.shell.script.Assignment;
import dev.dlint.shell.script.ExecutionContext;
import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A directory made with {@code mktemp -d} and kept in a variable ({@code GNUPGHOME="$(mktemp -d)"}, also with
 * {@code export}) that no later {@code rm} of the same RUN removes: it stays under /tmp in the layer, with whatever the
 * RUN put there (a GnuPG home with keyrings and agent sockets, a build tree). Judged only in the stages whose layers
 * ship; nothing is reported when the RUN mounts a tmpfs or cache over /tmp or a later command or RUN empties /tmp.
 * Henkel et al. (ICSE 2020), {@code rmRecursiveAfterMktempD}.
 */
@RuleInfo(summary = "A mktemp -d directory is never removed and stays in the layer", severity = Severity.WARNING,
        category = Category.SIZE)
public final class TempDirLeftBehind implements DockerfileRule, Fixable {

    private static final Pattern MKTEMP_DIR = Pattern.compile("mktemp\\b[^)`]*?(\\s-[A-Za-z]*d|\\s--directory)");

    /** Where mktemp puts its directories, as the layer model names one. */
    private static final String TMP_DIRECTORY = "/tmp/tmp.XXXXXXXXXX";

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (RunLeftovers.ShippedRun run : RunLeftovers.of(context.facts())) {
            if (run.mounted(TMP_DIRECTORY) || run.deletedLater(TMP_DIRECTORY)) {
                continue;
            }
            List<LayerHistory.CommandEffect> effects = run.effects();
            for (int i = 0; i < effects.size(); i++) {
                CommandUse use = effects.get(i).use();
                boolean prefix = !use.command().command().words().isEmpty();
                for (Assignment assignment : use.command().command().assignments()) {
                    if (MKTEMP_DIR.matcher(assignment.value().raw()).find()) {
                        check(context, run, i, assignment.name(),
                                use.command().script().range(assignment.start(), assignment.end()), prefix);
                    }
                }
                if (use.is("export") || use.is("declare") || use.is("local") || use.is("readonly")) {
                    for (Operand operand : use.invocation().get().operands()) {
                        String raw = operand.word().raw();
                        int eq = raw.indexOf('=');
                        if (eq > 0 && MKTEMP_DIR.matcher(raw).find()) {
                            check(context, run, i, raw.substring(0, eq), use.range(operand), false);
                        }
                    }
                }
            }
        }
    }

    private static void check(DockerfileContext context, RunLeftovers.ShippedRun run, int index, String name,
                              SourceRange range, boolean prefix) {
        List<LayerHistory.CommandEffect> effects = run.effects();
        for (int j = index + 1; j < effects.size(); j++) {
            CommandUse later = effects.get(j).use();
            if (later.is("rm") && later.invocation().get().operandsAfterSubcommand().stream()
                    .anyMatch(o -> o.text().contains("$" + name) || o.text().contains("${" + name + "}"))) {
                return;
            }
        }
        if (run.deletedAfter(index, TMP_DIRECTORY)) {
            return;
        }
        var finding = context.report(range, "The directory `mktemp -d` makes for `" + name + "` is never removed: it"
                + " stays under /tmp in this RUN's layer with everything the RUN put in it. Remove it at the end of"
                + " the RUN (`rm -rf \"$" + name + "\"`" + (name.equals("GNUPGHOME") ? ", after `gpgconf --kill all`"
                : "") + ")." + (prefix ? " Assign it on its own first: set only for one command, its name is lost"
                + " afterwards." : ""));
        boolean topLevel = !effects.get(index).use().command().context().is(ExecutionContext.SUBSHELL)
                && !effects.get(index).use().command().context().is(ExecutionContext.FUNCTION_BODY)
                && !effects.get(index).use().command().context().is(ExecutionContext.NESTED_SHELL);
        if (!prefix && topLevel) {
            CommandEdits.append(run.site().run(), " && rm -rf \"$" + name + "\"")
                    .ifPresent(edit -> finding.safeFix("Remove $" + name + " at the end of the RUN", List.of(edit)));
        }
    }
}
