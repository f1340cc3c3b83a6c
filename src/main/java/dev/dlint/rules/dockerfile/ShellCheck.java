package dev.dlint.rules.dockerfile;

import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.shellcheck.DockerfileScripts;
import dev.dlint.shellcheck.ShellCheckComment;
import dev.dlint.shellcheck.ShellCheckInput;
import dev.dlint.text.SourceRange;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ShellCheck's diagnostics on the scripts RUN instructions give their shell ({@link DockerfileScripts}), each at the
 * exact characters of the Dockerfile it is about and named by its SC code, so that {@code # hadolint ignore=SC2086}
 * and configuration by code apply to it. Silent when ShellCheck is not installed (the command line says so once).
 * A diagnostic a heredoc body shares with the RUN line that feeds it to the shell is reported once.
 */
@RuleInfo(summary = "ShellCheck reports a problem in a RUN script", severity = Severity.WARNING,
        category = Category.CORRECTNESS)
public final class ShellCheck implements DockerfileRule {

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        List<DockerfileScripts.Script> all = DockerfileScripts.of(dockerfile, context.facts());
        List<DockerfileScripts.Script> scripts = DockerfileScripts.checked(all);
        Optional<Map<ShellCheckInput, List<ShellCheckComment>>> results = context.shellChecker()
                .check(scripts.stream().map(DockerfileScripts.Script::input).toList());
        if (results.isEmpty()) {
            return;
        }
        Set<String> reported = new HashSet<>();
        for (DockerfileScripts.Script script : scripts) {
            for (ShellCheckComment comment : results.get().getOrDefault(script.input(), List.of())) {
                SourceRange range = script.script().range(comment.start(), comment.end());
                if (reported.add(comment.code() + " " + range)) {
                    context.report(range, comment.code() + ": " + comment.message() + " (https://www.shellcheck.net/wiki/"
                            + comment.code() + ")").code(comment.code()).severity(severity(comment.level()));
                }
            }
        }
        for (DockerfileScripts.Script script : all) {
            if (DockerfileScripts.tooLong(script)) {
                context.report(script.run().keyword().range(), "This RUN script is " + script.input().script().length()
                        + " characters long, more than dlint gives ShellCheck (" + DockerfileScripts.MAX_SCRIPT_CHARS
                        + "), so ShellCheck did not check it. Check it with shellcheck directly, or move it into a"
                        + " script file that is COPYed and run.").severity(Severity.INFO);
            }
        }
        List<DockerfileScripts.Script> sized = all.stream().filter(s -> !DockerfileScripts.tooLong(s)).toList();
        if (sized.size() > scripts.size()) {
            DockerfileScripts.Script first = sized.get(scripts.size());
            context.report(first.run().keyword().range(), "ShellCheck checked the first " + scripts.size()
                    + " RUN scripts of this file; this one and the " + (sized.size() - scripts.size() - 1) + " after it"
                    + " were not checked (dlint's limit per file). Split the file, or check the rest with shellcheck"
                    + " directly.").severity(Severity.INFO);
        }
    }

    private static Severity severity(String level) {
        return Severity.parse(level).orElse(Severity.WARNING);
    }
}
