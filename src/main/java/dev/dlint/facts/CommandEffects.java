package dev.dlint.facts;

import dev.dlint.command.CacheDirectory;
import dev.dlint.command.CacheSetting;
import dev.dlint.command.Invocation;
import dev.dlint.command.Operand;
import dev.dlint.command.OperationKind;
import dev.dlint.command.Option;
import dev.dlint.command.PackageManager;
import dev.dlint.command.PackageOperation;
import dev.dlint.model.RunInstruction;
import dev.dlint.shell.script.Redirection;
import dev.dlint.shell.script.RedirectionOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one command leaves on disk and what it deletes, read through the command layer: package lists and caches
 * (from the package-manager table, unless a flag, a variable or a cache mount keeps them out), downloads, clones,
 * unpacked archives, directories, files written by redirections, copies and moves; {@code rm} operands and the
 * package managers' clean commands.
 */
final class CommandEffects {

    private static final Set<RedirectionOperator> WRITING = Set.of(RedirectionOperator.OUTPUT,
            RedirectionOperator.APPEND, RedirectionOperator.CLOBBER, RedirectionOperator.OUTPUT_AND_ERROR,
            RedirectionOperator.APPEND_OUTPUT_AND_ERROR);
    private static final Set<String> COMMAND_WORDS = Set.of("rm", "cd", "mkdir", "chmod", "chown", "cp", "mv", "ln",
            "apt-get", "yum", "dnf", "apk", "echo", "export");
    private static final String ARCHIVE = "\\.(tar|tar\\.gz|tgz|tar\\.bz2|tbz2?|tar\\.xz|txz|tar\\.zst|tar\\.lz|tlz)$";

    /** Where the command runs. */
    record Place(RunInstruction run, String cwd, String home, Map<String, String> variables) {
        Optional<String> resolve(String path) {
            return PathResolver.resolve(path, cwd, home, variables);
        }
    }

    private CommandEffects() {
    }

    static List<LayerWrite> writes(CommandUse use, Place place) {
        List<LayerWrite> writes = new ArrayList<>();
        use.packages().ifPresent(op -> packageCaches(op, use, place, writes));
        use.invocation().ifPresent(invocation -> tools(invocation, use, place, writes));
        for (Redirection redirection : use.command().command().redirections()) {
            String target = redirection.target() == null ? "" : redirection.target().unquoted();
            if (WRITING.contains(redirection.operator()) && !target.startsWith("&")) {
                file(writes, use, place, target, "the file written by `" + use.command().summary(30) + " > " + target
                        + "`", LayerWrite.Kind.WRITTEN, true);
            }
        }
        return writes;
    }

    static List<LayerHistory.Deletion> deletions(CommandUse use, Place place) {
        List<LayerHistory.Deletion> deletions = new ArrayList<>();
        if (use.is("rm") && use.invocation().isPresent()) {
            Invocation rm = use.invocation().get();
            String flags = optionWords(rm);
            for (Operand operand : rm.operands()) {
                if (COMMAND_WORDS.contains(operand.text())) {
                    continue; // a command joined to rm by a missing && (MissingCommandSeparator), not a file
                }
                place.resolve(operand.text()).ifPresent(path -> deletions.add(new LayerHistory.Deletion(path, use,
                        use.range(operand), "rm " + flags + operand.text(), false)));
            }
        }
        use.packages().filter(op -> op.kind() == OperationKind.CLEAN).ifPresent(op -> {
            for (CacheDirectory cache : op.cleaned()) {
                deletions.add(new LayerHistory.Deletion(cache.resolve(place.home()), use, use.range(),
                        use.command().summary(40), false));
            }
        });
        return deletions;
    }

    /** The caches an install, upgrade or index update leaves, unless something keeps them out of the layer. */
    private static void packageCaches(PackageOperation op, CommandUse use, Place place, List<LayerWrite> writes) {
        if (disabledByVariable(op.manager(), place.variables())) {
            return;
        }
        String verb = (op.invocation().spelled() + " " + String.join(" ", op.invocation().subcommands())).strip();
        for (CacheDirectory cache : op.fills()) {
            boolean lists = cache.path().equals("/var/lib/apt/lists");
            String what = lists ? "the apt package lists from `" + verb + "`"
                    : "the " + op.manager().name() + " cache (" + cache.display() + ") of `" + verb + "`";
            writes.add(LayerWrite.of(cache.resolve(place.home()), what, place.run(), use.range(),
                    LayerWrite.Kind.PACKAGE_CACHE, true));
        }
    }

    private static boolean disabledByVariable(PackageManager manager, Map<String, String> variables) {
        for (CacheSetting setting : manager.cacheVariables()) {
            String value = variables.get(setting.name());
            if (value != null && setting.appliesTo(value)) {
                return true;
            }
        }
        return false;
    }

    private static void tools(Invocation invocation, CommandUse use, Place place, List<LayerWrite> writes) {
        switch (invocation.tool()) {
            case "curl":
                curl(invocation, use, place, writes);
                break;
            case "wget":
                Optional<String> out = invocation.value("-O");
                Optional<String> url = url(invocation);
                if (out.isPresent()) {
                    file(writes, use, place, out.get(), "the download `wget -O " + out.get() + "`", LayerWrite.Kind.DOWNLOAD, true);
                } else if (url.isPresent()) {
                    String dir = invocation.value("-P").map(d -> d + "/").orElse("");
                    file(writes, use, place, dir + basename(url.get()), "the download of " + url.get(),
                            LayerWrite.Kind.DOWNLOAD, true);
                }
                break;
            case "git":
                if (invocation.isSubcommand("clone")) {
                    List<Operand> operands = invocation.operandsAfterSubcommand();
                    if (!operands.isEmpty()) {
                        String source = operands.get(0).text();
                        String target = operands.size() > 1 ? operands.get(1).text()
                                : basename(source).replaceAll("\\.git$", "");
                        file(writes, use, place, target, "the clone of " + source, LayerWrite.Kind.CLONE, true);
                    }
                }
                break;
            case "tar":
                if (invocation.has("-x")) {
                    unpacked(invocation, use, place, writes);
                }
                break;
            case "unzip":
                invocation.value("-d").ifPresent(d -> file(writes, use, place, d, "the files unpacked by unzip",
                        LayerWrite.Kind.UNPACKED, false));
                break;
            case "cp":
            case "mv":
                Optional<String> target = invocation.value("-t").or(() -> lastOperand(invocation));
                if (target.isPresent() && invocation.operands().size() >= (invocation.has("-t") ? 1 : 2)) {
                    file(writes, use, place, target.get(), "the files written by `" + invocation.tool() + "`",
                            LayerWrite.Kind.WRITTEN, false);
                }
                break;
            case "mkdir":
                for (Operand operand : invocation.operands()) {
                    file(writes, use, place, operand.text(), "the directory " + operand.text(),
                            LayerWrite.Kind.MADE_DIRECTORY, true);
                }
                break;
            default:
                break;
        }
    }

    private static void curl(Invocation curl, CommandUse use, Place place, List<LayerWrite> writes) {
        String dir = curl.value("--output-dir").map(d -> d + "/").orElse("");
        for (String output : curl.values("-o")) {
            file(writes, use, place, dir + output, "the download `curl -o " + output + "`", LayerWrite.Kind.DOWNLOAD, true);
        }
        if (curl.has("-O") || curl.has("--remote-name-all")) {
            url(curl).ifPresent(u -> file(writes, use, place, dir + basename(u), "the download of " + u,
                    LayerWrite.Kind.DOWNLOAD, true));
        }
    }

    /** {@code tar -x} into {@code -C DIR} (or the working directory), and the archive's usual top directory. */
    private static void unpacked(Invocation tar, CommandUse use, Place place, List<LayerWrite> writes) {
        String into = tar.value("-C").orElse(".");
        if (!into.equals(".") || tar.value("-C").isPresent()) {
            file(writes, use, place, into, "the files unpacked by tar", LayerWrite.Kind.UNPACKED, false);
        }
        Optional<String> archive = tar.value("-f");
        if (archive.isPresent() && !tar.has("--strip-components") && archive.get().matches(".*" + ARCHIVE)) {
            String stem = basename(archive.get()).replaceAll(ARCHIVE, "");
            if (!stem.isEmpty() && !stem.contains("$")) {
                file(writes, use, place, into + "/" + stem, "the tree unpacked from " + basename(archive.get()),
                        LayerWrite.Kind.UNPACKED, true);
            }
        }
    }

    private static Optional<String> url(Invocation invocation) {
        return invocation.operands().stream().map(Operand::text).filter(a -> a.contains("://")).findFirst();
    }

    private static Optional<String> lastOperand(Invocation invocation) {
        List<Operand> operands = invocation.operands();
        return operands.isEmpty() ? Optional.empty() : Optional.of(operands.get(operands.size() - 1).text());
    }

    /** The option words as written, once each: {@code -rf } for {@code rm -rf x}. */
    private static String optionWords(Invocation invocation) {
        StringBuilder words = new StringBuilder();
        dev.dlint.shell.script.Word last = null;
        for (Option option : invocation.options()) {
            if (option.word() != last) {
                words.append(option.word().raw()).append(' ');
                last = option.word();
            }
        }
        return words.toString();
    }

    static String basename(String url) {
        String path = url.replaceAll("[?#].*$", "");
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void file(List<LayerWrite> writes, CommandUse use, Place place, String path, String what,
                             LayerWrite.Kind kind, boolean wholeContents) {
        place.resolve(path).ifPresent(p -> writes.add(LayerWrite.of(p, what, place.run(), use.range(), kind,
                wholeContents)));
    }
}
