package dev.dlint.rules.dockerfile;

import dev.dlint.command.Operand;
import dev.dlint.command.PackageManager;
import dev.dlint.command.PackageManagers;
import dev.dlint.command.PackageOperation;
import dev.dlint.model.Dockerfile;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rules.knowledge.OperandValues;
import dev.dlint.rules.knowledge.PackageRuns;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A package install names a package without a version (apt-get, apk, pip, npm, gem, yum, dnf, zypper, go and the
 * other managers of the table), after the variables in the package's word are expanded as the RUN sees them.
 */
@RuleInfo(summary = "A package is installed without a version, so a rebuild may install a different one",
        severity = Severity.WARNING, category = Category.MAINTAINABILITY, onbuild = true,
        aliases = {"DL3008", "DL3013", "DL3016", "DL3018", "DL3028", "DL3033", "DL3037", "DL3041", "DL3062"})
public final class UnpinnedPackage implements DockerfileRule {

    private static final Map<PackageManager, String> CODES = Map.ofEntries(Map.entry(PackageManagers.APT, "DL3008"),
            Map.entry(PackageManagers.PIP, "DL3013"), Map.entry(PackageManagers.PIPX, "DL3013"),
            Map.entry(PackageManagers.NPM, "DL3016"), Map.entry(PackageManagers.APK, "DL3018"),
            Map.entry(PackageManagers.GEM, "DL3028"), Map.entry(PackageManagers.YUM, "DL3033"),
            Map.entry(PackageManagers.ZYPPER, "DL3037"), Map.entry(PackageManagers.DNF, "DL3041"),
            Map.entry(PackageManagers.MICRODNF, "DL3041"), Map.entry(PackageManagers.GO, "DL3062"));
    /** The commands whose operands are packages to install; other installs read manifests or lock files. */
    private static final Map<PackageManager, Set<List<String>>> INSTALLS = Map.ofEntries(
            Map.entry(PackageManagers.APT, Set.of(List.of("install"))),
            Map.entry(PackageManagers.APK, Set.of(List.of("add"))),
            Map.entry(PackageManagers.PIP, Set.of(List.of("install"))),
            Map.entry(PackageManagers.PIPX, Set.of(List.of("install"))),
            Map.entry(PackageManagers.UV, Set.of(List.of("pip", "install"), List.of("tool", "install"))),
            Map.entry(PackageManagers.NPM, Set.of(List.of("install"))),
            Map.entry(PackageManagers.YARN, Set.of(List.of("add"), List.of("global", "add"))),
            Map.entry(PackageManagers.PNPM, Set.of(List.of("add"))),
            Map.entry(PackageManagers.GEM, Set.of(List.of("install"))),
            Map.entry(PackageManagers.YUM, Set.of(List.of("install"), List.of("module", "install"))),
            Map.entry(PackageManagers.DNF, Set.of(List.of("install"), List.of("module", "install"))),
            Map.entry(PackageManagers.MICRODNF, Set.of(List.of("install"))),
            Map.entry(PackageManagers.TDNF, Set.of(List.of("install"))),
            Map.entry(PackageManagers.ZYPPER, Set.of(List.of("install"))),
            Map.entry(PackageManagers.GO, Set.of(List.of("install"), List.of("get"), List.of("run"))),
            Map.entry(PackageManagers.CARGO, Set.of(List.of("install"))),
            Map.entry(PackageManagers.COMPOSER, Set.of(List.of("require"), List.of("global", "require"))));

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        for (PackageRuns.Use use : PackageRuns.uses(context.facts(), context.rule().onbuild())) {
            PackageOperation op = use.operation();
            if (!INSTALLS.getOrDefault(op.manager(), Set.of()).contains(op.path())) {
                continue;
            }
            Map<Operand, List<String>> unpinned = new LinkedHashMap<>();
            for (Operand operand : op.unpinned()) {
                Optional<List<String>> words = OperandValues.of(operand,
                        PackageRuns.scope(context.facts(), use.site(), use.command()), dockerfile.escape());
                List<String> names = words.orElse(List.of()).stream().filter(w -> !op.isPinned(w)).toList();
                if (!names.isEmpty()) {
                    unpinned.put(operand, names);
                }
            }
            if (!unpinned.isEmpty()) {
                report(use, unpinned, context);
            }
        }
    }

    /** One finding per command, at its first unpinned package, the others as related locations. */
    private static void report(PackageRuns.Use use, Map<Operand, List<String>> unpinned, DockerfileContext context) {
        PackageManager manager = use.operation().manager();
        List<String> names = unpinned.values().stream().flatMap(List::stream).toList();
        Operand first = unpinned.keySet().iterator().next();
        String listed = names.size() <= 4 ? String.join(", ", names.stream().map(n -> "`" + n + "`").toList())
                : "`" + names.get(0) + "` and " + (names.size() - 1) + " more";
        String expanded = first.isStatic() ? "" : " (from `" + first.text() + "`)";
        RuleContext.FindingBuilder finding = context.report(use.command().range(first), listed + expanded
                + (names.size() == 1 ? " is" : " are") + " installed without a version, so each build installs whatever `"
                + PackageRuns.verb(use.command()) + "` resolves that day. Pin " + (names.size() == 1 ? "it" : "each")
                + ": `" + manager.pins().pinned(names.get(0).replaceAll("@[^@/]*$", "")) + "`.");
        unpinned.keySet().stream().skip(1).forEach(o -> finding.related(use.command().range(o),
                "`" + o.text() + "` has no version either"));
        String code = CODES.get(manager);
        if (code != null) {
            finding.as(code);
        } else {
            finding.as();
        }
    }
}
