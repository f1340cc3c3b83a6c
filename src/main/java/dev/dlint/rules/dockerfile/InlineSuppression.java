package dev.dlint.rules.dockerfile;

import dev.dlint.model.Comment;
import dev.dlint.model.Directive;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.regex.Pattern;

/**
 * For teams that keep every suppression in configuration: an inline one in the Dockerfile ({@code # dlint ignore=…},
 * {@code # hadolint ignore=…} in any scope, BuildKit's {@code # check=skip=…}). Other pragmas, such as
 * {@code # hadolint shell=…}, are not suppressions. Off by default.
 */
@RuleInfo(summary = "An inline comment suppresses findings", severity = Severity.INFO,
        category = Category.MAINTAINABILITY, aliases = {"DL1001"}, enabledByDefault = false,
        precision = Precision.VERY_HIGH)
public final class InlineSuppression implements DockerfileRule {

    private static final Pattern IGNORE = Pattern.compile("^(dlint|hadolint)\\s+((global|stage)\\s+)?ignore\\s*=.*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECK_SKIP = Pattern.compile("^check\\s*=.*\\bskip\\s*=.*", Pattern.CASE_INSENSITIVE);

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        String how = ": this project keeps suppressions out of Dockerfiles. Remove the comment, and if the finding is"
                + " accepted, record it in " + context.settingNames().ignore() + ", where suppressions are reviewed in"
                + " one place.";
        for (Directive directive : dockerfile.directives()) {
            if (directive.name().equals("check") && CHECK_SKIP.matcher("check=" + directive.value()).matches()) {
                context.report(directive.range(), "The directive # check=" + directive.value() + " skips checks for"
                        + " the whole file" + how);
            }
        }
        for (Comment comment : dockerfile.comments()) {
            if (IGNORE.matcher(comment.text()).matches() || CHECK_SKIP.matcher(comment.text()).matches()) {
                context.report(comment.range(), "The comment # " + comment.text() + " suppresses findings inline" + how);
            }
        }
    }
}
