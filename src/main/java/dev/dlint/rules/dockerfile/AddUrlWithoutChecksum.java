package dev.dlint.rules.dockerfile;

import dev.dlint.model.AddInstruction;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.Locale;

/**
 * {@code ADD https://…} without {@code --checksum}: the build takes whatever the server returns. Git repositories
 * ({@code https://…/repo.git#ref}, {@code …/repo.git?ref=…}) are pinned by their ref instead and are not reported.
 */
@RuleInfo(summary = "ADD downloads a URL without --checksum", severity = Severity.WARNING,
        category = Category.SECURITY, onbuild = true)
public final class AddUrlWithoutChecksum extends InstructionRule<AddInstruction> {

    public AddUrlWithoutChecksum() {
        super(AddInstruction.class);
    }

    @Override
    protected void check(AddInstruction add, DockerfileContext context) {
        if (add.flag("checksum").isPresent()) {
            return;
        }
        for (Word source : add.transfer().sourcePaths()) {
            String url = source.text().replace("\"", "").replace("'", "");
            if (isHttp(url) && !isGit(url)) {
                context.report(source.range(), "ADD fetches " + url + " without --checksum, so the build takes"
                        + " whatever the server returns at that moment: pin it with ADD --checksum=sha256:<digest> "
                        + url + " <dest> (dockerfile syntax 1.6 or later), or download it in a RUN and verify it.");
            }
        }
    }

    private static boolean isHttp(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static boolean isGit(String url) {
        String path = url.split("[#?]", 2)[0];
        return path.endsWith(".git") || path.endsWith(".git/");
    }
}
