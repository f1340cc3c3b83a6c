package dev.dlint.rules.knowledge;

import dev.dlint.context.CatalogItem;
import dev.dlint.context.ContextEntry;
import dev.dlint.context.CopyOutcome;
import dev.dlint.context.EntryKind;
import dev.dlint.context.FileTotals;
import dev.dlint.context.IgnorePattern;
import dev.dlint.context.NeverNeeded;
import dev.dlint.facts.CommandUse;
import dev.dlint.facts.ContextCopy;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.facts.IgnoreFile;
import dev.dlint.facts.StageGraph;
import dev.dlint.model.Instruction;
import dev.dlint.model.Mount;
import dev.dlint.model.RunCommand;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a COPY or ADD sweeps into the image from the build context that an image never needs ({@link NeverNeeded}):
 * entries below the source that the source does not name ({@code COPY . .} sweeps in {@code .git}; {@code COPY dist/
 * /srv} names {@code dist}). Entries whose catalogue item is only usually litter ({@code node_modules},
 * {@code target}, {@code dist}, {@code build}, {@code .venv}) count only when a later RUN of the build makes them
 * again (an install, a build), since otherwise the image may run with the copied ones; a {@code coverage} folder
 * counts only when it holds a coverage report. Entries a {@code !} pattern re-includes, and items a COPY of the
 * file names explicitly, never count: someone asked for them.
 */
public final class ContextLitter {

    /**
     * One catalogue item a COPY sweeps in.
     *
     * @param item       the catalogue item
     * @param paths      the matched entries (directories or files), in path order
     * @param totals     the files the COPY takes below them, and their bytes
     * @param ignoreLine the {@code .dockerignore} line that excludes them all
     * @param remade     the RUN command that makes them again, for the message ({@code npm ci at line 7}), if any
     */
    public record Sweep(CatalogItem item, List<String> paths, FileTotals totals, String ignoreLine,
            Optional<String> remade) {

        public Sweep {
            paths = List.copyOf(paths);
        }

        /** {@code "`.git`: 1,234 files, 56 MB, Git history"}; a remade item says what makes it again. */
        public String describe() {
            String where = paths.size() == 1 ? paths.get(0) : ignoreLine + " (" + paths.size() + " places)";
            String description = item.description().replaceAll("\\s*\\(.*\\)$", "");
            return "`" + where + "`: " + totals.describe() + ", " + description
                    + remade.map(r -> " that " + r + " makes again").orElse("");
        }

        /** Whether the item is version-control data, which some build tools read. */
        public boolean isVersionControl() {
            return VCS.contains(item.pattern());
        }
    }

    /** The sweeps of one COPY/ADD source. */
    public record CopySweeps(ContextCopy copy, List<Sweep> sweeps) {
        public CopySweeps {
            sweeps = List.copyOf(sweeps);
        }
    }

    private static final Set<String> VCS = Set.of(".git", ".hg", ".svn");
    private static final Set<String> COVERAGE_REPORTS = Set.of("lcov.info", "coverage-final.json", "clover.xml",
            "coverage.xml", "index.html", "coverage-summary.json", "cobertura-coverage.xml");
    /** Commands that never read a working tree's version-control data. */
    private static final Set<String> VCS_BLIND = Set.of("mkdir", "chmod", "chown", "chgrp", "rm", "rmdir", "cp", "mv",
            "ln", "touch", "echo", "printf", "true", "false", "test", "[", "cd", "export", "set", "ls", "cat", "useradd",
            "adduser", "addgroup", "groupadd", "usermod", "sed", "tar", "unzip", "gzip", "gunzip", "curl", "wget",
            "install", "sleep", "env", "id", "whoami", "ldconfig", "update-ca-certificates", "locale-gen", "sh", "bash");

    private ContextLitter() {
    }

    /** Every COPY/ADD source of the built stages that sweeps something in, in file order. */
    public static List<CopySweeps> sweeps(DockerfileFacts facts) {
        List<CopySweeps> all = new ArrayList<>();
        for (ContextCopy copy : facts.contextCopies()) {
            List<Sweep> sweeps = sweptIn(copy, facts);
            if (!sweeps.isEmpty()) {
                all.add(new CopySweeps(copy, sweeps));
            }
        }
        return List.copyOf(all);
    }

    /** The catalogue items {@code copy} sweeps in, largest first. */
    public static List<Sweep> sweptIn(ContextCopy copy, DockerfileFacts facts) {
        if (copy.selection().outcome() != CopyOutcome.SELECTED) {
            return List.of();
        }
        List<String> source = segments(copy.path());
        Map<String, Optional<CatalogItem>> directories = new HashMap<>();
        Map<String, CatalogItem> items = new LinkedHashMap<>();
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (ContextEntry entry : copy.selection().entries()) {
            if (entry.decidedBy().filter(IgnorePattern::exclusion).isPresent()) {
                continue; // a ! pattern asked for it
            }
            Optional<String> match = litterAncestor(entry, directories, items);
            if (match.isEmpty() || named(source, match.get())) {
                continue;
            }
            long[] sum = sums.computeIfAbsent(match.get(), k -> new long[2]);
            if (entry.isFile()) {
                sum[0]++;
                sum[1] += Math.max(0, entry.size());
            }
        }
        Map<CatalogItem, List<String>> byItem = new LinkedHashMap<>();
        for (String path : sums.keySet()) {
            byItem.computeIfAbsent(items.get(path), k -> new ArrayList<>()).add(path);
        }
        List<Sweep> sweeps = new ArrayList<>();
        for (Map.Entry<CatalogItem, List<String>> e : byItem.entrySet()) {
            CatalogItem item = e.getKey();
            if (namedElsewhere(item, e.getValue(), facts)) {
                continue;
            }
            Optional<String> remade = Optional.empty();
            if (!item.certain()) {
                Optional<Optional<String>> needed = remadeAfter(item, copy, facts, e.getValue());
                if (needed.isEmpty()) {
                    continue;
                }
                remade = needed.get();
            }
            long files = 0;
            long bytes = 0;
            for (String path : e.getValue()) {
                files += sums.get(path)[0];
                bytes += sums.get(path)[1];
            }
            sweeps.add(new Sweep(item, e.getValue(), new FileTotals(files, bytes), line(item, e.getValue()), remade));
        }
        sweeps.sort((a, b) -> Long.compare(b.totals().bytes(), a.totals().bytes()));
        return List.copyOf(sweeps);
    }

    /**
     * Whether excluding a swept-in item keeps what the build does: it is certain litter (caches, editor and system
     * files, or version-control data that no step after any COPY sweeping it in could read), the ignore file has no
     * {@code !} pattern that an appended line could override, and no RUN of the build mounts the context.
     */
    public static boolean safeToExclude(Sweep sweep, List<CopySweeps> all, DockerfileFacts facts,
            Optional<IgnoreFile> ignoreFile) {
        if (!sweep.item().certain()) {
            return false;
        }
        if (ignoreFile.isPresent() && ignoreFile.get().ignore().hasExclusions() || mountsContext(facts)) {
            return false;
        }
        if (sweep.isVersionControl()) {
            for (CopySweeps other : all) {
                boolean sweepsIt = other.sweeps().stream().anyMatch(s -> s.item().equals(sweep.item()));
                if (sweepsIt && !laterStepsIgnoreVersionControl(other.copy(), facts)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The shallowest path at or above the entry that a catalogue item describes, if any. */
    private static Optional<String> litterAncestor(ContextEntry entry, Map<String, Optional<CatalogItem>> directories,
            Map<String, CatalogItem> items) {
        String path = entry.path();
        int from = 0;
        while (true) {
            int slash = path.indexOf('/', from);
            if (slash < 0) {
                break;
            }
            String dir = path.substring(0, slash);
            Optional<CatalogItem> item = directories.computeIfAbsent(dir, d -> NeverNeeded.match(d,
                    EntryKind.DIRECTORY));
            if (item.isPresent()) {
                items.putIfAbsent(dir, item.get());
                return Optional.of(dir);
            }
            from = slash + 1;
        }
        if (entry.isFile()) {
            Optional<CatalogItem> item = NeverNeeded.match(path, EntryKind.FILE);
            if (item.isPresent()) {
                items.putIfAbsent(path, item.get());
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a source names the litter path (or something in it) rather than sweeping it in: the source reaches
     * as deep as the litter and its segment at that depth is written out, not a wildcard.
     */
    static boolean named(List<String> source, String litter) {
        int depth = litter.split("/").length;
        return source.size() >= depth && !isWildcard(source.get(depth - 1));
    }

    /** Whether any COPY/ADD of the file names the item's paths (or inside them): then excluding it breaks that. */
    private static boolean namedElsewhere(CatalogItem item, List<String> paths, DockerfileFacts facts) {
        for (ContextCopy other : facts.contextCopies()) {
            List<String> source = segments(other.path());
            for (String path : paths) {
                if (named(source, path) && prefixMatches(source, path)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean prefixMatches(List<String> source, String path) {
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length; i++) {
            if (!isWildcard(source.get(i)) && !source.get(i).equals(parts[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * For an item that is only usually litter: empty when nothing later makes it again (the image may need the
     * copied one); otherwise the command that does, or an empty description when the item is litter anyway.
     */
    private static Optional<Optional<String>> remadeAfter(CatalogItem item, ContextCopy copy, DockerfileFacts facts,
            List<String> paths) {
        String name = item.pattern();
        if (name.equals(".vscode")) {
            return Optional.of(Optional.empty());
        }
        if (name.equals("coverage")) {
            boolean report = copy.selection().entries().stream().anyMatch(e -> e.isFile()
                    && COVERAGE_REPORTS.contains(e.name()) && paths.stream().anyMatch(p -> e.path().startsWith(p + "/")));
            return report ? Optional.of(Optional.empty()) : Optional.empty();
        }
        for (RunInstruction run : runsAfter(copy, facts)) {
            for (CommandUse use : facts.commands(run)) {
                if (remakes(name, use)) {
                    RunCommand command = use.command();
                    return Optional.of(Optional.of("`" + command.summary(40) + "` at line "
                            + command.range().startLine()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean remakes(String item, CommandUse use) {
        RunCommand command = use.command();
        Optional<String> install = DependencyInstall.of(use).map(DependencyInstall::ecosystem);
        Optional<Toolchains.Ecosystem> build = Toolchains.build(command).map(Toolchains.Build::ecosystem);
        String tool = command.name().orElse("");
        switch (item) {
            case "node_modules":
                return install.filter(e -> e.equals("npm") || e.equals("yarn") || e.equals("pnpm")).isPresent();
            case ".venv":
            case "venv":
                return install.filter(e -> e.equals("pip") || e.equals("poetry") || e.equals("pipenv")
                        || e.equals("uv")).isPresent() || tool.equals("virtualenv")
                        || tool.startsWith("python") && command.arguments().size() >= 2
                        && command.argument(0).equals("-m") && command.argument(1).equals("venv");
            case "target":
                return build.filter(e -> e == Toolchains.Ecosystem.RUST).isPresent()
                        || build.filter(e -> e == Toolchains.Ecosystem.JAVA).isPresent() && tool.contains("mvn");
            case "build":
                return build.filter(e -> e == Toolchains.Ecosystem.NODE || e == Toolchains.Ecosystem.NATIVE).isPresent()
                        || build.filter(e -> e == Toolchains.Ecosystem.JAVA).isPresent() && tool.contains("gradle");
            case "dist":
                return build.filter(e -> e == Toolchains.Ecosystem.NODE).isPresent() || pythonBuild(command);
            default:
                return false;
        }
    }

    private static boolean pythonBuild(RunCommand command) {
        String tool = command.name().orElse("");
        boolean module = tool.startsWith("python") && command.arguments().size() >= 2 && command.argument(0).equals("-m")
                && command.argument(1).equals("build");
        boolean frontend = (tool.equals("poetry") || tool.equals("uv") || tool.equals("hatch"))
                && command.argument(0).equals("build");
        return module || frontend;
    }

    /** The RUNs after the COPY in its stage, and in every built stage built FROM that stage. */
    private static List<RunInstruction> runsAfter(ContextCopy copy, DockerfileFacts facts) {
        List<RunInstruction> runs = new ArrayList<>();
        boolean after = false;
        for (Instruction instruction : copy.stage().instructions()) {
            if (instruction == copy.instruction()) {
                after = true;
            } else if (after && instruction instanceof RunInstruction) {
                runs.add((RunInstruction) instruction);
            }
        }
        for (Stage stage : facts.dockerfile().stages()) {
            if (stage == copy.stage() || facts.stages().shipping(stage) == StageGraph.Shipping.NONE) {
                continue;
            }
            if (facts.dockerfile().isBuiltOn(stage, copy.stage())) {
                runs.addAll(stage.instructions(RunInstruction.class));
            }
        }
        return runs;
    }

    /** Whether every later RUN only runs commands that never read version-control data. */
    private static boolean laterStepsIgnoreVersionControl(ContextCopy copy, DockerfileFacts facts) {
        for (RunInstruction run : runsAfter(copy, facts)) {
            List<CommandUse> uses = facts.commands(run);
            if (uses.isEmpty() && (run.command().isPresent() || !run.heredocs().isEmpty())) {
                return false; // a shell dlint does not read
            }
            for (CommandUse use : uses) {
                String tool = use.command().name().orElse("");
                if (!use.isSystemPackageManager() && !VCS_BLIND.contains(tool)) {
                    return false;
                }
                if ((tool.equals("sh") || tool.equals("bash")) && !use.command().arguments().contains("-c")) {
                    return false; // a script file dlint does not read
                }
            }
        }
        return true;
    }

    /** Whether a RUN of a built stage bind-mounts the build context, which the ignore file shapes too. */
    private static boolean mountsContext(DockerfileFacts facts) {
        for (Stage stage : facts.dockerfile().stages()) {
            if (facts.stages().shipping(stage) == StageGraph.Shipping.NONE) {
                continue;
            }
            for (RunInstruction run : stage.instructions(RunInstruction.class)) {
                for (Mount mount : run.mounts()) {
                    if (mount.type().equals("bind") && mount.value("from").isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The ignore line for an item's paths: the item at the root, or {@code **}{@code /item} at any depth. */
    private static String line(CatalogItem item, List<String> paths) {
        boolean rootOnly = paths.stream().noneMatch(p -> p.contains("/"));
        return rootOnly ? item.pattern() : "**/" + item.pattern();
    }

    /** A source's path segments, without {@code .}, empty ones and a leading {@code /}; {@code /./} of --parents dropped. */
    static List<String> segments(String source) {
        List<String> out = new ArrayList<>();
        for (String part : source.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                continue;
            }
            out.add(part);
        }
        return out;
    }

    private static boolean isWildcard(String segment) {
        return segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0 || segment.indexOf('[') >= 0;
    }

    /** The ignore-file line of a pattern whose last segment names the item, for "only at the root" advice. */
    public static Optional<IgnorePattern> narrowPattern(Sweep sweep, IgnoreFile ignoreFile) {
        for (IgnorePattern pattern : ignoreFile.ignore().patterns()) {
            if (pattern.exclusion()) {
                continue;
            }
            String p = pattern.pattern();
            String last = p.substring(p.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (last.equals(sweep.item().pattern().toLowerCase(Locale.ROOT)) && !p.startsWith("**")) {
                return Optional.of(pattern);
            }
        }
        return Optional.empty();
    }
}
