package dev.dlint.rules.dockerfile;

import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.KeyValue;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.CommandEdits;
import dev.dlint.model.ShellScript;
import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A keyserver of the SKS pool ({@code ha.pool.sks-keyservers.net}, {@code hkp://p80.pool.sks-keyservers.net:80}, …)
 * in a RUN, ENV or ARG: the pool was shut down in 2021, so a key fetch from it fails (or, in a loop over servers,
 * waits for a timeout before the next one). Henkel et al. (ICSE 2020) recommended the {@code ha.} pool
 * ({@code gpgUseHaPools}); the fact has aged into "any SKS keyserver fails". Reported at the host name.
 */
@RuleInfo(summary = "The SKS keyserver pool is gone: a key fetch from it fails", severity = Severity.WARNING,
        category = Category.CORRECTNESS, onbuild = true)
public final class DeadSksKeyserver implements DockerfileRule, Fixable {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]*sks-keyservers\\.net", Pattern.CASE_INSENSITIVE);
    private static final String REPLACEMENT = "keyserver.ubuntu.com";

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (Instruction instruction : dockerfile.instructions()) {
            check(instruction, context);
            if (instruction instanceof OnbuildInstruction onbuild) {
                onbuild.trigger().ifPresent(trigger -> check(trigger, context));
            }
        }
    }

    private static void check(Instruction instruction, DockerfileContext context) {
        if (instruction instanceof RunInstruction run) {
            for (ShellScript script : run.shell().scripts()) {
                Matcher m = HOST.matcher(script.text().text());
                while (m.find()) {
                    report(script.range(m.start(), m.end()), m.group(), context);
                }
            }
        } else if (instruction instanceof EnvInstruction env) {
            for (KeyValue pair : env.pairs()) {
                variable(pair.value(), context);
            }
        } else if (instruction instanceof ArgInstruction arg) {
            for (ArgDeclaration declaration : arg.declarations()) {
                declaration.defaultValue().ifPresent(v -> variable(v, context));
            }
        }
    }

    private static void variable(Word value, DockerfileContext context) {
        Matcher m = HOST.matcher(value.text());
        if (m.find()) {
            report(value.range(m.start(), m.end()), m.group(), context);
        }
    }

    private static void report(SourceRange range, String host, DockerfileContext context) {
        var finding = context.report(range, "`" + host + "` is a server of the SKS keyserver pool, which was shut down"
                + " in 2021: fetching keys from it fails. Use keyserver.ubuntu.com or keys.openpgp.org.");
        CommandEdits.replace(range, host, REPLACEMENT, context.facts().dockerfile().source())
                .ifPresent(edit -> finding.unsafeFix("Use " + REPLACEMENT, List.of(edit)));
    }
}
