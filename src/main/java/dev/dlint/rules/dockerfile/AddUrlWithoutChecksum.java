package dev.dlint.rules.dockerfile;

import dev.dlint.model.AddInstruction;
import dev.dlint.model.CommandLine;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.RunsOf;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code ADD https://…} without {@code --checksum}: the build takes whatever the server returns. Git repositories
 * ({@code https://…/repo.git#ref}, {@code …/repo.git?ref=…}) are pinned by their ref instead and are not reported,
 * nor is a download that a later RUN of the same stage verifies: it names the downloaded file and a checksum or
 * signature check ({@code sha256sum -c}, {@code shasum}, PowerShell's {@code Get-FileHash}, {@code gpg --verify}), so
 * the build fails on a changed file before anything uses it.
 */
@RuleInfo(summary = "ADD downloads a URL without --checksum", severity = Severity.WARNING,
        category = Category.SECURITY, onbuild = true)
public final class AddUrlWithoutChecksum extends InstructionRule<AddInstruction> {

    private static final Pattern VERIFICATION = Pattern.compile("\\b(sha(1|224|256|384|512)sum|shasum|b2sum"
            + "|Get-FileHash|gpgv|gpg\\b[^\\n|;&]*--verify|cosign\\s+verify-blob)\\b", Pattern.CASE_INSENSITIVE);

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
            if (isHttp(url) && !isGit(url) && !verifiedLater(add, url, context)) {
                context.report(source.range(), "ADD fetches " + url + " without --checksum, so the build takes"
                        + " whatever the server returns at that moment: pin it with ADD --checksum=sha256:<digest> "
                        + url + " <dest> (dockerfile syntax 1.6 or later), or download it in a RUN and verify it.");
            }
        }
    }

    /** Whether a RUN after the ADD in its stage runs a checksum or signature check naming the downloaded file. */
    private static boolean verifiedLater(AddInstruction add, String url, DockerfileContext context) {
        String file = downloadedName(add, url);
        if (file.isEmpty()) {
            return false;
        }
        for (Stage stage : context.facts().dockerfile().stages()) {
            int at = stage.instructions().indexOf(add);
            if (at < 0) {
                continue;
            }
            for (Instruction later : stage.instructions().subList(at + 1, stage.instructions().size())) {
                Optional<String> script = RunsOf.run(later, true).map(AddUrlWithoutChecksum::script);
                if (script.filter(s -> s.contains(file) && VERIFICATION.matcher(s).find()).isPresent()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The file name the download gets: the destination's last element, or the URL's when it is a directory. */
    private static String downloadedName(AddInstruction add, String url) {
        String destination = add.transfer().destination().map(Word::text).orElse("").replace("\"", "");
        String name = destination.endsWith("/") || destination.endsWith("\\") || destination.equals(".")
                || destination.isEmpty() ? url.split("[#?]", 2)[0] : destination;
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String script(RunInstruction run) {
        StringBuilder text = new StringBuilder();
        run.command().ifPresent(line -> text.append(line instanceof CommandLine.Shell
                ? ((CommandLine.Shell) line).text().text()
                : String.join(" ", ((CommandLine.Exec) line).arguments().stream().map(Word::text).toList())));
        run.heredocs().forEach(h -> text.append('\n').append(h.content()));
        return text.toString();
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
