package dev.dlint.rules.dockerfile;

import dev.dlint.command.PackageManager;
import dev.dlint.command.PackageManagers;
import dev.dlint.facts.LayerWrite;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.rules.knowledge.CacheLeaks;
import dev.dlint.rules.knowledge.CacheRemedies;
import dev.dlint.rules.knowledge.CommandEdits;
import dev.dlint.rules.knowledge.PackageRuns;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A RUN of a shipped stage leaves a package manager's index or download cache in its layer: apt lists, the apk, yum,
 * dnf, zypper, pip, npm or yarn cache. One finding per RUN and manager, at the first command that fills the cache.
 */
@RuleInfo(summary = "A package manager leaves its index or download cache in the layer of the RUN that fills it",
        severity = Severity.WARNING, category = Category.SIZE, onbuild = true,
        aliases = {"DL3009", "DL3019", "DL3032", "DL3036", "DL3040", "DL3042", "DL3060"})
public final class PackageCacheInLayer implements DockerfileRule, Fixable {

    private static final Map<PackageManager, String> CODES = Map.of(PackageManagers.APT, "DL3009",
            PackageManagers.APK, "DL3019", PackageManagers.YUM, "DL3032", PackageManagers.ZYPPER, "DL3036",
            PackageManagers.DNF, "DL3040", PackageManagers.MICRODNF, "DL3040", PackageManagers.PIP, "DL3042",
            PackageManagers.YARN, "DL3060");

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        Map<RunInstruction, Map<PackageManager, List<CacheLeaks.Leak>>> leaks = new IdentityHashMap<>();
        List<List<CacheLeaks.Leak>> groups = new ArrayList<>();
        for (CacheLeaks.Leak leak : CacheLeaks.of(context.facts(), context.rule().onbuild())) {
            leaks.computeIfAbsent(leak.site().run(), r -> new LinkedHashMap<>())
                    .computeIfAbsent(leak.operation().manager(), m -> {
                        List<CacheLeaks.Leak> group = new ArrayList<>();
                        groups.add(group);
                        return group;
                    }).add(leak);
        }
        groups.forEach(group -> report(group, context));
    }

    private static void report(List<CacheLeaks.Leak> leaks, DockerfileContext context) {
        CacheLeaks.Leak first = leaks.get(0);
        PackageManager manager = first.operation().manager();
        String path = first.writes().get(0).path();
        boolean lists = manager == PackageManagers.APT;
        String them = lists ? "them" : "it";
        String other = CacheRemedies.noCacheOption(manager, first.operation().kind()).map(o -> ", or add `" + o + "`")
                .orElse(CacheRemedies.cleanup(manager).map(c -> ", or delete " + them + " at the end of this RUN (`&& "
                        + c + "`)").orElse(""));
        RuleContext.FindingBuilder finding = context.report(CommandEdits.commandRange(first.command()), "`"
                + PackageRuns.verb(first.command()) + "` leaves " + (lists ? "the package lists" : "its cache") + " ("
                + path + ") in this layer. Keep " + them + " out with a cache mount (`RUN --mount=type=cache,target="
                + path + CacheRemedies.mountOptions(manager) + "`)" + other + ".");
        String code = CODES.get(manager);
        if (code != null) {
            finding.as(code);
        } else {
            finding.as();
        }
        for (CacheLeaks.Leak leak : leaks.subList(1, leaks.size())) {
            finding.related(CommandEdits.commandRange(leak.command()), "`" + PackageRuns.verb(leak.command())
                    + "` fills the same cache");
        }
        fix(leaks, context, finding);
    }

    /** Commands that run the package manager as another user, whose cache is then in that user's home. */
    private static final Set<String> USER_WRAPPERS = Set.of("sudo", "su", "runuser", "gosu", "su-exec", "doas",
            "setpriv", "chpst");

    /** Adds the no-cache option to every command, or deletes the cache at the end of the RUN, or mounts it. */
    private static void fix(List<CacheLeaks.Leak> leaks, DockerfileContext context, RuleContext.FindingBuilder finding) {
        CacheLeaks.Leak first = leaks.get(0);
        PackageManager manager = first.operation().manager();
        List<TextEdit> options = new ArrayList<>();
        for (CacheLeaks.Leak leak : leaks) {
            CacheRemedies.noCacheOption(manager, leak.operation().kind()).flatMap(o -> CommandEdits.afterSubcommand(
                    leak.command(), o, context.facts().dockerfile().source())).ifPresent(options::add);
        }
        if (leaks.stream().anyMatch(l -> l.command().command().name().filter(USER_WRAPPERS::contains).isPresent())) {
            return; // the cache is another user's: a cleanup appended as a plain command would not reach it
        }
        Optional<TextEdit> append = CacheRemedies.cleanup(manager)
                .flatMap(c -> CommandEdits.append(first.site().run(), " && " + c));
        List<LayerWrite> writes = first.writes();
        if (options.size() == leaks.size()) {
            finding.safeFix("Add " + CacheRemedies.noCacheOption(manager, first.operation().kind()).get(), options);
        } else if (append.isPresent() && CacheRemedies.deletingIsSafe(context.facts(), first.site(), manager)) {
            finding.safeFix("Delete the cache at the end of the RUN", List.of(append.get()));
        } else if (append.isPresent()) {
            finding.unsafeFix("Delete the cache at the end of the RUN", List.of(append.get()));
        } else if (writes.size() == 1 && !writes.get(0).path().contains("*")) {
            finding.unsafeFix("Mount a cache over " + writes.get(0).path(), List.of(CommandEdits.mount(
                    first.site().run(), "type=cache,target=" + writes.get(0).path() + CacheRemedies.mountOptions(manager))));
        }
    }
}
