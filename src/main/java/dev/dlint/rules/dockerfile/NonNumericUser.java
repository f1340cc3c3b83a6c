package dev.dlint.rules.dockerfile;

import dev.dlint.model.Dockerfile;
import dev.dlint.model.Stage;
import dev.dlint.model.UserInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.rules.knowledge.Users;
import java.util.List;
import java.util.Optional;

/**
 * The user the final image runs as (the last USER of the last stage, inherited through {@code FROM <stage>}) given
 * by name: a host cannot resolve it without the image's /etc/passwd. When a RUN of the stages gave the account a
 * numeric id ({@code useradd -u 10001 app}), the message names it and an unsafe fix writes it.
 */
@RuleInfo(summary = "The final image's USER is a name, not a numeric id", severity = Severity.INFO,
        category = Category.SECURITY, aliases = {"DL3066"}, precision = Precision.VERY_HIGH)
public final class NonNumericUser implements DockerfileRule, Fixable {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        Optional<Stage> last = context.facts().stages().target();
        Optional<UserInstruction> user = last.flatMap(stage -> Users.lastUser(dockerfile, stage));
        Optional<Users.Spec> spec = user.flatMap(u -> Users.spec(u, context.facts()));
        if (spec.isEmpty() || Users.isNumeric(spec.get().user()) || spec.get().isRoot()
                || Users.onWindows(dockerfile, last.get())) {
            return;
        }
        Users.Spec s = spec.get();
        List<Stage> lineage = dockerfile.lineage(last.get());
        Optional<String> uid = Users.uidOf(lineage, s.user());
        Optional<String> gid = s.group().flatMap(g -> Users.isNumeric(g) ? Optional.of(g) : Users.gidOf(lineage, g));
        String known = uid.map(u -> " The Dockerfile creates " + s.user() + " with uid " + u + ": write USER " + u
                + s.group().map(g -> ":" + gid.orElse(g)).orElse("") + ".").orElse("");
        RuleContext.FindingBuilder finding = context.report(s.userRange(), "USER " + s.word().text() + " runs the final"
                + " image as a user name, which only the image's /etc/passwd resolves: Kubernetes' runAsNonRoot cannot"
                + " verify it is not root, and volume ownership on the host cannot be planned. Use the numeric uid"
                + " (USER 10001:10001)." + known);
        if (uid.isPresent() && s.literal() && (s.group().isEmpty() || gid.isPresent())) {
            String numeric = uid.get() + gid.map(g -> ":" + g).orElse("");
            finding.unsafeFix("Write USER " + numeric + " (the same account by id; supplementary groups are still looked"
                    + " up from /etc/group)", List.of(new TextEdit(s.word().range(), numeric)));
        }
    }
}
