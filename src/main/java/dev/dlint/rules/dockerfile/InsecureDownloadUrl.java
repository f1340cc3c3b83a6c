package dev.dlint.rules.dockerfile;

import dev.dlint.command.Invocation;
import dev.dlint.command.Operand;
import dev.dlint.facts.CommandUse;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.CommandEdits;
import dev.dlint.rules.knowledge.OperandValues;
import dev.dlint.rules.knowledge.PackageRuns;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code curl} or {@code wget} fetching an {@code http://} URL (as written, or once {@code "$URL"} is resolved from
 * ARG, ENV or an earlier assignment in the RUN): anyone on the network path can change what the build downloads.
 * Left alone: hosts that never leave the machine or the private network (localhost, loopback, private addresses,
 * single-label service names) and downloads the same RUN verifies ({@code sha256sum -c}, {@code gpg --verify},
 * {@code gpgv}). Henkel et al. (ICSE 2020), {@code curlUseHttpsUrl} and {@code wgetUseHttpsUrl}.
 */
@RuleInfo(summary = "curl or wget downloads over plain http://", severity = Severity.WARNING,
        category = Category.SECURITY, onbuild = true)
public final class InsecureDownloadUrl implements DockerfileRule, Fixable {

    private static final Pattern HTTP = Pattern.compile("(?i)^http://([^/:?#\\s]*)");

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        DockerfileFacts facts = context.facts();
        for (PackageRuns.Site site : PackageRuns.sites(facts, context.rule().onbuild())) {
            List<CommandUse> commands = facts.commands(site.run());
            if (commands.stream().anyMatch(InsecureDownloadUrl::verifies)) {
                continue;
            }
            for (CommandUse use : commands) {
                Optional<Invocation> download = use.invocation().filter(i -> i.is("curl") || i.is("wget"));
                if (download.isEmpty()) {
                    continue;
                }
                for (Operand operand : download.get().operandsAfterSubcommand()) {
                    Optional<String> url = insecureUrl(OperandValues.of(operand,
                            PackageRuns.scope(facts, site, use), dockerfile.escape()));
                    url.ifPresent(u -> report(context, use, download.get(), operand, u));
                }
            }
        }
    }

    private static void report(DockerfileContext context, CommandUse use, Invocation download, Operand operand,
                               String url) {
        String shown = operand.text().equals(url) ? "`" + url + "`" : "`" + operand.text() + "` (" + url + ")";
        var finding = context.report(use.range(operand), "`" + download.spelled() + "` downloads " + shown
                + " over plain HTTP: anyone on the network path can change what the build gets. Use https://"
                + " (or verify the download's checksum or signature in the same RUN).");
        String raw = operand.word().raw();
        int at = raw.toLowerCase(Locale.ROOT).indexOf("http://");
        if (at >= 0) {
            String fixed = raw.substring(0, at) + "https://" + raw.substring(at + "http://".length());
            CommandEdits.replace(use, operand.word(), fixed, context.facts().dockerfile().source())
                    .ifPresent(edit -> finding.unsafeFix("Download over https://", List.of(edit)));
        }
    }

    /** The first http:// URL to a public host among the operand's words. */
    private static Optional<String> insecureUrl(Optional<List<String>> words) {
        for (String word : words.orElse(List.of())) {
            Matcher m = HTTP.matcher(word);
            if (m.find() && isPublic(m.group(1).toLowerCase(Locale.ROOT))) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    private static boolean isPublic(String host) {
        if (host.isEmpty() || !host.contains(".") || host.equals("localhost") || host.endsWith(".localhost")
                || host.endsWith(".local") || host.endsWith(".internal") || host.endsWith(".svc")
                || host.contains("$")) {
            return false;
        }
        return !host.matches("127\\..*|10\\..*|192\\.168\\..*|172\\.(1[6-9]|2\\d|3[01])\\..*|169\\.254\\..*|0\\.0\\.0\\.0");
    }

    /** A command that checks a download: a checksum check or a signature verification. */
    private static boolean verifies(CommandUse use) {
        return use.invocation().map(i -> i.tool().matches("(sha(1|224|256|384|512)|md5|b2)sum") && i.has("--check")
                || i.is("gpg") && i.has("--verify") || i.is("gpgv")).orElse(false);
    }
}
