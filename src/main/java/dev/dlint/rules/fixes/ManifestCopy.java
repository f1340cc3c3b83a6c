package dev.dlint.rules.fixes;

import dev.dlint.context.BuildContext;
import dev.dlint.context.ContextEntry;
import dev.dlint.facts.CommandUse;
import dev.dlint.facts.ContextFacts;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.CmdInstruction;
import dev.dlint.model.EntrypointInstruction;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.ExposeInstruction;
import dev.dlint.model.FileTransfer;
import dev.dlint.model.Flag;
import dev.dlint.model.HealthcheckInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.LabelInstruction;
import dev.dlint.model.MaintainerInstruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.ShellInstruction;
import dev.dlint.model.StopsignalInstruction;
import dev.dlint.model.UserInstruction;
import dev.dlint.model.WorkdirInstruction;
import dev.dlint.model.Word;
import dev.dlint.rule.Fix;
import dev.dlint.rule.TextEdit;
import dev.dlint.rules.knowledge.ContextCopies;
import dev.dlint.rules.knowledge.DependencyInstall;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fix for a COPY of the whole build context before a dependency install (CacheBustingCopy): the COPY is
 * replaced by a COPY of the install's manifests to the same destination, and the whole-context COPY moves to just
 * after the RUN that installs. The manifests are the ones the build context holds and sends (package.json with the
 * lockfiles and .npmrc that exist, the requirements files, go.mod with go.sum, Gemfile with Gemfile.lock, ...).
 *
 * <p>The final file system is the same: the whole-context COPY still writes every file, the manifests again. The
 * fix is safe when the install provably reads nothing but its manifests and nothing between the COPY and the install
 * can see the difference. It is unsafe when the manifests reach further (lifecycle scripts in package.json, local
 * path dependencies, nested requirement files, workspaces, a project installed from its own sources), when the
 * context sends what the install creates (node_modules/, vendor/), or when a RUN in between may read the copied
 * files. There is no fix without a build context, or when the move would break the build or change a path: other
 * commands in the installing RUN, a WORKDIR between with a relative destination, a variable in the COPY, a VOLUME,
 * a manifest the context does not send.
 */
public final class ManifestCopy {

    /** Commands an installing RUN may also hold: they read nothing from the build context. */
    private static final Set<String> HARMLESS = Set.of("rm", "set", "cd", "mkdir", "true", ":", "echo", "export");
    private static final Set<String> CARRIED_FLAGS = Set.of("chown", "chmod", "link");
    private static final Set<String> LIFECYCLE = Set.of("preinstall", "install", "postinstall", "prepare",
            "prepublish", "preprepare", "postprepare", "dependencies");
    private static final Pattern NPM_LOCAL = Pattern.compile("\"(file|link|portal|workspace):");
    private static final Pattern GO_LOCAL_REPLACE = Pattern.compile("(?m)=>\\s*\\.{1,2}/|=>\\s*/");
    private static final Pattern GEM_LOCAL = Pattern.compile("(?m)^\\s*gemspec\\b|\\bpath:|:path\\s*=>");
    private static final Pattern POM_MODULES = Pattern.compile("<modules>|<relativePath>");
    private static final long MAX_MANIFEST_BYTES = 4L * 1024 * 1024;

    private ManifestCopy() {
    }

    /** Why there is no fix, or the fix. */
    public record Plan(Optional<Fix> fix, String refusal) {
        static Plan refused(String why) {
            return new Plan(Optional.empty(), why);
        }
    }

    /** What one install needs from the context, and what makes its inputs unknown. */
    private static final class Needs {
        final Set<String> files = new LinkedHashSet<>();
        String refusal;
        String unknown;

        void unknown(String why) {
            if (unknown == null) {
                unknown = why;
            }
        }
    }

    /**
     * The fix for the whole-context COPY {@code copy} (source {@code source}) of a stage whose instruction
     * {@code body.get(installAt)} is the first RUN after it that installs dependencies.
     */
    public static Plan plan(DockerfileFacts facts, List<Instruction> body, int copyAt, int installAt, Word source) {
        Instruction copy = body.get(copyAt);
        RunInstruction run = (RunInstruction) body.get(installAt);
        Optional<BuildContext> known = facts.buildContext().flatMap(ContextFacts::known);
        if (known.isEmpty()) {
            return Plan.refused("the build context is not known (lint with --context or next to it)");
        }
        BuildContext context = known.get();
        FileTransfer transfer = copyTransfer(copy);
        String src = source.text();
        if (!(src.equals(".") || src.equals("./")) || transfer.sourcePaths().size() != 1
                || !transfer.heredocs().isEmpty() || transfer.destination().isEmpty()) {
            return Plan.refused("only a COPY of `.` alone can be split");
        }
        String dest = transfer.destination().get().text();
        boolean variables = copy.header().logicalLine().contains("$");
        if (dest.isEmpty() || dest.contains(" ") || dest.contains("\\")) {
            return Plan.refused("the destination cannot be written again exactly");
        }
        for (Flag flag : copy.flags()) {
            if (!CARRIED_FLAGS.contains(flag.name())) {
                return Plan.refused("the " + copy.name() + " has a --" + flag.name() + " flag");
            }
        }
        if (!run.heredocs().isEmpty() || !run.shell().isAnalysed() || run.commands().isEmpty()) {
            return Plan.refused("the installing RUN is not plain shell code dlint follows");
        }
        String unknown = null;
        for (int i = copyAt + 1; i < installAt; i++) {
            Instruction between = body.get(i);
            int line = between.range().startLine();
            if (between instanceof EnvInstruction || between instanceof ArgInstruction) {
                if (variables) {
                    return Plan.refused("line " + line + " sets a variable and the " + copy.name() + " uses one");
                }
            } else if (between instanceof WorkdirInstruction) {
                if (!dest.startsWith("/") || variables) {
                    return Plan.refused("line " + line + " changes the directory a relative destination is in");
                }
            } else if (between instanceof RunInstruction) {
                if (unknown == null && !systemOnly(facts, (RunInstruction) between)) {
                    unknown = "the RUN at line " + line + " may read the copied files";
                }
            } else if (!neutral(between)) {
                return Plan.refused("line " + line + " (" + between.name() + ") depends on the copied files or"
                        + " their order");
            }
        }
        Needs needs = new Needs();
        boolean anyInstall = false;
        for (CommandUse use : facts.commands(run)) {
            Optional<DependencyInstall> install = DependencyInstall.of(use);
            if (install.isPresent() && !install.get().manifests().isEmpty()) {
                anyInstall = true;
                needs(install.get(), use, context, dest, needs);
            } else if (!install.isPresent() && !harmless(use)) {
                return Plan.refused("`" + use.command().summary(30) + "` in the installing RUN needs the sources");
            }
            if (needs.refusal != null) {
                return Plan.refused(needs.refusal);
            }
        }
        if (!anyInstall || needs.files.isEmpty()) {
            return Plan.refused("the install reads no manifest dlint can name");
        }
        if (unknown == null) {
            unknown = needs.unknown;
        }
        List<TextEdit> edits = edits(facts.dockerfile().source(), copy, run, dest, needs.files);
        String description = "Copy " + ContextCopies.listed(List.copyOf(needs.files)) + " before the install at line "
                + run.range().startLine() + " and the rest after it";
        Fix fix = unknown == null ? Fix.safe(description, edits) : Fix.unsafe(description + " (" + unknown + ")", edits);
        return new Plan(Optional.of(fix), "");
    }

    private static FileTransfer copyTransfer(Instruction copy) {
        return ContextCopies.fromContext(copy).orElseThrow();
    }

    /** Instructions that neither read files nor change where or how the COPY writes. */
    private static boolean neutral(Instruction instruction) {
        return instruction instanceof LabelInstruction || instruction instanceof ExposeInstruction
                || instruction instanceof UserInstruction || instruction instanceof ShellInstruction
                || instruction instanceof CmdInstruction || instruction instanceof EntrypointInstruction
                || instruction instanceof HealthcheckInstruction || instruction instanceof StopsignalInstruction
                || instruction instanceof MaintainerInstruction;
    }

    /** Whether a RUN only runs system package managers and harmless commands. */
    private static boolean systemOnly(DockerfileFacts facts, RunInstruction run) {
        if (!run.shell().isAnalysed() || run.commands().isEmpty() || !run.heredocs().isEmpty()) {
            return false;
        }
        return facts.commands(run).stream().allMatch(use -> use.isSystemPackageManager() || harmless(use));
    }

    private static boolean harmless(CommandUse use) {
        if (use.isSystemPackageManager()) {
            return true;
        }
        String name = use.command().name().orElse("");
        if (HARMLESS.contains(name)) {
            return true;
        }
        List<String> args = use.command().arguments();
        String first = use.command().argument(0);
        if (Set.of("npm", "yarn", "pnpm").contains(name)) {
            return first.equals("cache") || first.equals("config");
        }
        if (name.equals("pip") || name.equals("pip3")) {
            if (first.equals("cache")) {
                return true;
            }
            // pip install --upgrade pip setuptools wheel: only named tools from the index
            return first.equals("install") && args.stream().skip(1).filter(a -> !a.startsWith("-"))
                    .allMatch(a -> Set.of("pip", "setuptools", "wheel").contains(a.toLowerCase(Locale.ROOT)))
                    && args.stream().skip(1).anyMatch(a -> !a.startsWith("-"));
        }
        return false;
    }

    /** The manifests of one install that the context sends, and what makes its inputs unknown. */
    private static void needs(DependencyInstall install, CommandUse use, BuildContext context, String dest,
                              Needs needs) {
        List<String> args = use.command().arguments();
        switch (install.ecosystem()) {
            case "npm":
            case "yarn":
            case "pnpm":
                node(install.ecosystem(), context, needs);
                return;
            case "pip":
                for (String file : install.manifests()) {
                    requirements(underDestination(file, dest), context, needs, 0);
                }
                return;
            case "pipenv":
                require(context, needs, "Pipfile");
                optional(context, needs, "Pipfile.lock");
                return;
            case "poetry":
                require(context, needs, "pyproject.toml");
                optional(context, needs, "poetry.lock");
                if (!args.contains("--no-root") && !args.contains("--only-root")) {
                    needs.unknown("poetry install also installs the project from its sources (add --no-root)");
                }
                return;
            case "uv":
                require(context, needs, "pyproject.toml");
                optional(context, needs, "uv.lock");
                if (!args.contains("--no-install-project") && !args.contains("--no-install-workspace")) {
                    needs.unknown("uv sync also installs the project from its sources (add --no-install-project)");
                }
                return;
            case "bundler":
                require(context, needs, "Gemfile");
                optional(context, needs, "Gemfile.lock");
                if (read(context, "Gemfile").map(t -> GEM_LOCAL.matcher(t).find()).orElse(true)) {
                    needs.unknown("the Gemfile names a gemspec or a local path");
                }
                if (sent(context, "vendor")) {
                    needs.unknown("the context sends vendor/, which the COPY after the install would write over");
                }
                return;
            case "go":
                require(context, needs, "go.mod");
                optional(context, needs, "go.sum");
                if (sent(context, "go.work")) {
                    needs.unknown("a go.work names other modules");
                }
                if (read(context, "go.mod").map(t -> GO_LOCAL_REPLACE.matcher(t).find()).orElse(true)) {
                    needs.unknown("go.mod replaces a module with a local directory");
                }
                return;
            case "composer":
                require(context, needs, "composer.json");
                optional(context, needs, "composer.lock");
                needs.unknown("composer install runs scripts and builds the autoloader from the sources");
                return;
            case "maven":
                if (!use.command().name().orElse("").equals("mvn")) {
                    needs.refusal = "the Maven wrapper needs its own files";
                    return;
                }
                require(context, needs, "pom.xml");
                if (read(context, "pom.xml").map(t -> POM_MODULES.matcher(t).find()).orElse(true)) {
                    needs.unknown("pom.xml has modules or a parent in the context");
                }
                if (sent(context, ".mvn")) {
                    needs.unknown("the context sends .mvn/ (Maven configuration and extensions)");
                }
                return;
            default:
                // gradle (build scripts and buildSrc), cargo (cargo fetch needs the crate's targets), dotnet
                // (project files in subdirectories): the manifests are not a short list of top-level files
                needs.refusal = install.ecosystem() + "'s install reads more than a few named manifests";
        }
    }

    private static void node(String manager, BuildContext context, Needs needs) {
        require(context, needs, "package.json");
        List<String> locks = switch (manager) {
            case "yarn" -> List.of("yarn.lock", ".yarnrc", ".yarnrc.yml", ".npmrc");
            case "pnpm" -> List.of("pnpm-lock.yaml", ".pnpmfile.cjs", ".npmrc");
            default -> List.of("package-lock.json", "npm-shrinkwrap.json", ".npmrc");
        };
        for (String lock : locks) {
            optional(context, needs, lock);
        }
        Optional<String> manifest = read(context, "package.json");
        if (manifest.isEmpty()) {
            needs.unknown("package.json cannot be read");
        } else {
            String text = manifest.get();
            for (String script : LIFECYCLE) {
                if (text.contains("\"" + script + "\"")) {
                    needs.unknown("package.json has a `" + script + "` script, which may read the sources");
                    break;
                }
            }
            if (NPM_LOCAL.matcher(text).find() || text.contains("\"workspaces\"")) {
                needs.unknown("package.json names local packages or workspaces");
            }
        }
        if (sent(context, ".yarn") || sent(context, "pnpm-workspace.yaml")) {
            needs.unknown("the package manager also reads .yarn/ or a workspace file");
        }
        if (sent(context, "node_modules")) {
            needs.unknown("the context sends node_modules/, which the COPY after the install would write over");
        }
    }

    /** A path the install names under the COPY's absolute destination, as a path in the context. */
    private static String underDestination(String file, String dest) {
        String root = dest.endsWith("/") ? dest.substring(0, dest.length() - 1) : dest;
        if (root.startsWith("/") && file.startsWith(root + "/")) {
            return file.substring(root.length() + 1);
        }
        return file;
    }

    /** A requirements file and the files it includes, when they are top-level files of the context. */
    private static void requirements(String file, BuildContext context, Needs needs, int depth) {
        String name = file.startsWith("./") ? file.substring(2) : file;
        if (name.contains("/") || name.contains("$") || name.isEmpty()) {
            needs.refusal = "the requirements file " + file + " is not a top-level file of the context";
            return;
        }
        require(context, needs, name);
        if (needs.refusal != null || depth > 3) {
            return;
        }
        Optional<String> text = read(context, name);
        if (text.isEmpty()) {
            needs.unknown(name + " cannot be read");
            return;
        }
        for (String raw : text.get().split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            String option = parts[0];
            if ((option.equals("-r") || option.equals("-c") || option.equals("--requirement")
                    || option.equals("--constraint")) && parts.length == 2) {
                String included = parts[1].strip();
                if (included.contains("/") || !sent(context, included)) {
                    needs.unknown(name + " includes " + included + ", which is not a top-level file of the context");
                } else {
                    requirements(included, context, needs, depth + 1);
                }
            } else if (option.equals("-e") || option.equals("--editable") || option.startsWith(".")
                    || option.startsWith("/") || line.contains("file:") || option.startsWith("-f")
                    || option.startsWith("--find-links")) {
                needs.unknown(name + " installs from local paths (`" + line + "`)");
            }
        }
    }

    private static void require(BuildContext context, Needs needs, String name) {
        if (!sentFile(context, name)) {
            needs.refusal = "the build context does not send " + name;
            return;
        }
        needs.files.add(name);
    }

    private static void optional(BuildContext context, Needs needs, String name) {
        if (sentFile(context, name)) {
            needs.files.add(name);
        }
    }

    private static boolean sentFile(BuildContext context, String name) {
        return context.entry(name).filter(ContextEntry::isSent).filter(ContextEntry::isFile).isPresent();
    }

    private static boolean sent(BuildContext context, String name) {
        return context.entry(name).filter(ContextEntry::isSent).isPresent();
    }

    private static Optional<String> read(BuildContext context, String name) {
        Optional<ContextEntry> entry = context.entry(name).filter(ContextEntry::isFile);
        if (entry.isEmpty() || entry.get().size() > MAX_MANIFEST_BYTES) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(context.root().resolve(name), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(new String(in.readNBytes((int) MAX_MANIFEST_BYTES), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Replaces the COPY by the manifests' COPY and writes it again after the installing RUN. */
    private static List<TextEdit> edits(SourceText source, Instruction copy, RunInstruction run, String dest,
                                        Set<String> files) {
        SourceRange range = copy.range();
        String keyword = copy.keyword().text();
        String copyWord = keyword.equals(keyword.toLowerCase(Locale.ROOT)) ? "copy" : "COPY";
        StringBuilder manifests = new StringBuilder(copyWord);
        for (Flag flag : copy.flags()) {
            manifests.append(' ').append(text(source, flag.range()));
        }
        for (String file : files) {
            manifests.append(' ').append(file);
        }
        manifests.append(' ').append(dest.endsWith("/") ? dest : dest + "/");
        List<TextEdit> edits = new ArrayList<>();
        edits.add(new TextEdit(range, manifests.toString()));
        String whole = source.text().substring(source.lineStart(range.startLine()),
                source.lineContentEnd(range.endLine()));
        int end = run.range().endLine();
        if (end < source.lineCount()) {
            edits.add(TextEdit.insert(new SourceRange(end + 1, 1, end + 1, 1), whole + source.newline()));
        } else {
            int column = source.lineContentEnd(end) - source.lineStart(end) + 1;
            edits.add(TextEdit.insert(new SourceRange(end, column, end, column), source.newline() + whole));
        }
        return edits;
    }

    private static String text(SourceText source, SourceRange range) {
        return source.text().substring(source.offset(range.startLine(), range.startColumn()),
                source.offset(range.endLine(), range.endColumn()));
    }
}
