package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.facts.LayerHistory;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.RunLeftovers;
import java.util.List;
import java.util.Optional;

/**
 * A detached signature ({@code .asc}, {@code .sig}) that a RUN downloads and checks with {@code gpg --verify} (or
 * {@code gpgv}), and that the same RUN does not delete: it has done its job and stays in the layer. Judged only in the
 * stages whose layers ship; a signature a later RUN deletes is SplitInstallCleanup's finding. Henkel et al.
 * (ICSE 2020), {@code gpgVerifyAscRmAsc}.
 */
@RuleInfo(summary = "A signature file stays in the layer after gpg --verify checked it", severity = Severity.INFO,
        category = Category.SIZE)
public final class SignatureLeftAfterVerify implements DockerfileRule, Fixable {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        DockerfileFacts facts = context.facts();
        for (RunLeftovers.ShippedRun run : RunLeftovers.of(facts)) {
            List<LayerHistory.CommandEffect> effects = run.effects();
            for (int i = 0; i < effects.size(); i++) {
                LayerHistory.CommandEffect effect = effects.get(i);
                Optional<String> signature = signature(effect).flatMap(effect::resolve);
                if (signature.isEmpty()) {
                    continue;
                }
                Optional<Integer> creator = RunLeftovers.leftBehind(facts, run, i, signature.get());
                if (creator.isEmpty() || signedFile(effect).flatMap(effect::resolve).flatMap(run::kept).isPresent()) {
                    continue;
                }
                String path = signature.get();
                var finding = context.report(RunLeftovers.creation(effects.get(creator.get())), "The signature `"
                        + path + "` is checked by `" + effect.use().invocation().get().spelled() + " --verify` on line "
                        + effect.use().range().startLine() + " and then stays in this RUN's layer: delete it with the"
                        + " download it verified (`rm -f " + path + "`).")
                        .related(effect.use().range(), "the signature is verified here and not deleted after");
                RunLeftovers.appendRemoval(run, i, signature(effect).get(), "-f", path)
                        .ifPresent(edit -> finding.safeFix("Delete " + path + " at the end of the RUN", List.of(edit)));
            }
        }
    }

    /**
     * The file the signature signs: the second operand, or the signature's name without {@code .asc}/{@code .sig}.
     * When the layer keeps that file, the signature next to it documents it and is left alone.
     */
    private static Optional<String> signedFile(LayerHistory.CommandEffect effect) {
        List<String> operands = effect.use().invocation().get().operandsAfterSubcommand().stream().map(o -> o.text())
                .dropWhile(t -> effect.use().invocation().get().is("gpgv") && !t.matches(".*\\.(asc|sig|sign)"))
                .toList();
        if (operands.size() > 1) {
            return Optional.of(operands.get(1));
        }
        String signature = operands.get(0);
        String data = signature.replaceAll("\\.(asc|sig|sign)$", "");
        return data.equals(signature) ? Optional.empty() : Optional.of(data);
    }

    /** The signature a command verifies, as written: the first operand of {@code gpg --verify} or {@code gpgv}. */
    private static Optional<String> signature(LayerHistory.CommandEffect effect) {
        Optional<Invocation> inv = effect.use().invocation();
        if (inv.isEmpty() || !(inv.get().is("gpg") && inv.get().has("--verify") || inv.get().is("gpgv"))) {
            return Optional.empty();
        }
        if (inv.get().is("gpgv")) { // no spec: options with values may look like operands
            return inv.get().operandsAfterSubcommand().stream().map(o -> o.text())
                    .filter(t -> t.matches(".*\\.(asc|sig|sign)")).findFirst();
        }
        return inv.get().operandsAfterSubcommand().stream().findFirst().map(o -> o.text());
    }
}
