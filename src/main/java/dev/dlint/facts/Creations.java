package dev.dlint.facts;

import dev.dlint.model.RunCommand;
import dev.dlint.model.RunInstruction;
import dev.dlint.shell.script.Redirection;
import dev.dlint.shell.script.RedirectionOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a command leaves on disk: package lists and caches of package managers, downloads, clones, unpacked archives,
 * files written by redirections, copies and moves.
 */
final class Creations {

    private Creations() {
    }

    static List<LayerWrite> writes(RunCommand command, RunInstruction run, String cwd, String home, Map<String, String> vars) {
        List<LayerWrite> writes = new ArrayList<>();
        String name = command.name().orElse("");
        List<String> args = command.arguments();
        String first = command.argument(0);
        if (SystemPackages.isUpdate(command) && (name.equals("apt-get") || name.equals("apt"))) {
            add(writes, command, run, "/var/lib/apt/lists", "the apt package lists from `" + name + " update`");
        }
        Optional<SystemPackages.Install> install = SystemPackages.install(command);
        if (install.isPresent()) {
            String manager = install.get().manager();
            if ((manager.equals("apt-get") || manager.equals("apt")) && !run.mounts().isEmpty()) {
                return writes; // cache mounts keep apt's files out of the layer
            }
            switch (manager) {
                case "apk":
                    if (!args.contains("--no-cache")) {
                        add(writes, command, run, "/var/cache/apk", "the apk cache of `apk add`");
                    }
                    break;
                case "yum":
                case "dnf":
                case "microdnf":
                    add(writes, command, run, "/var/cache/" + (manager.equals("microdnf") ? "dnf" : manager),
                            "the " + manager + " cache of `" + manager + " install`");
                    break;
                case "zypper":
                    add(writes, command, run, "/var/cache/zypp", "the zypper cache");
                    break;
                default:
                    break;
            }
        }
        if (name.equals("apk") && first.equals("update")) {
            add(writes, command, run, "/var/cache/apk", "the apk index from `apk update`");
        }
        if ((name.equals("pip") || name.equals("pip3")) && first.equals("install") && !args.contains("--no-cache-dir")
                && !vars.containsKey("PIP_NO_CACHE_DIR")) {
            add(writes, command, run, home + "/.cache/pip", "pip's download cache");
        }
        if (name.equals("npm") && (first.equals("install") || first.equals("ci") || first.equals("i"))) {
            add(writes, command, run, home + "/.npm", "npm's cache");
        }
        if (name.equals("yarn") && (args.isEmpty() || first.equals("install") || first.equals("add"))) {
            add(writes, command, run, "/usr/local/share/.cache/yarn", "yarn's cache");
        }
        if (name.equals("composer") && (first.equals("install") || first.equals("require") || first.equals("update"))) {
            add(writes, command, run, home + "/.composer/cache", "composer's cache");
        }
        downloads(command, run, name, args, cwd, home, vars, writes);
        for (Redirection redirection : command.command().redirections()) {
            RedirectionOperator op = redirection.operator();
            boolean writesFile = op == RedirectionOperator.OUTPUT || op == RedirectionOperator.APPEND
                    || op == RedirectionOperator.CLOBBER || op == RedirectionOperator.OUTPUT_AND_ERROR
                    || op == RedirectionOperator.APPEND_OUTPUT_AND_ERROR;
            if (writesFile) {
                String target = redirection.target() == null ? "" : redirection.target().unquoted();
                if (!target.startsWith("/dev/") && !target.isEmpty() && !target.startsWith("&")) {
                    FsPaths.resolve(target, cwd, home, vars).ifPresent(p -> writes.add(new LayerWrite(p,
                            "the file written by `" + name + " > " + target + "`", run, command.range(), false, true)));
                }
            }
        }
        return writes;
    }

    private static void downloads(RunCommand command, RunInstruction run, String name, List<String> args, String cwd,
                                  String home, Map<String, String> vars, List<LayerWrite> writes) {
        switch (name) {
            case "curl":
                for (int i = 0; i < args.size(); i++) {
                    String arg = args.get(i);
                    if ((arg.equals("-o") || arg.equals("--output")) && i + 1 < args.size()) {
                        file(writes, command, run, args.get(i + 1), cwd, home, vars, "the download `curl -o " + args.get(i + 1) + "`", true);
                    } else if (arg.equals("-O") || arg.equals("--remote-name") || (arg.startsWith("-") && !arg.startsWith("--")
                            && arg.contains("O"))) {
                        url(args).ifPresent(u -> file(writes, command, run, basename(u), cwd, home, vars, "the download of " + u, true));
                    }
                }
                break;
            case "wget":
                Optional<String> out = optionValue(args, "-O", "--output-document");
                Optional<String> dir = optionValue(args, "-P", "--directory-prefix");
                if (out.isPresent() && !out.get().equals("-")) {
                    file(writes, command, run, out.get(), cwd, home, vars, "the download `wget -O " + out.get() + "`", true);
                } else if (out.isEmpty()) {
                    url(args).ifPresent(u -> file(writes, command, run, dir.map(d -> d + "/").orElse("") + basename(u),
                            cwd, home, vars, "the download of " + u, true));
                }
                break;
            case "git":
                if (!args.isEmpty() && args.get(0).equals("clone")) {
                    List<String> positional = args.stream().skip(1).filter(a -> !a.startsWith("-")).toList();
                    if (!positional.isEmpty()) {
                        String target = positional.size() > 1 ? positional.get(1)
                                : basename(positional.get(0)).replaceAll("\\.git$", "");
                        file(writes, command, run, target, cwd, home, vars, "the clone of " + positional.get(0), true);
                    }
                }
                break;
            case "tar":
                optionValue(args, "-C", "--directory").ifPresent(d -> file(writes, command, run, d, cwd, home, vars,
                        "the files unpacked by tar", false));
                break;
            case "unzip":
                optionValue(args, "-d", "-d").ifPresent(d -> file(writes, command, run, d, cwd, home, vars,
                        "the files unpacked by unzip", false));
                break;
            case "cp":
            case "mv":
                List<String> operands = args.stream().filter(a -> !a.startsWith("-")).toList();
                if (operands.size() >= 2) {
                    file(writes, command, run, operands.get(operands.size() - 1), cwd, home, vars,
                            "the files written by `" + name + "`", false);
                }
                break;
            default:
                break;
        }
    }

    private static Optional<String> url(List<String> args) {
        return args.stream().filter(a -> a.contains("://")).findFirst();
    }

    private static Optional<String> optionValue(List<String> args, String shortName, String longName) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if ((arg.equals(shortName) || arg.equals(longName)) && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (arg.startsWith(longName + "=")) {
                return Optional.of(arg.substring(longName.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static String basename(String url) {
        String path = url.replaceAll("[?#].*$", "");
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void file(List<LayerWrite> writes, RunCommand command, RunInstruction run, String path, String cwd,
                             String home, Map<String, String> vars, String what, boolean wholeContents) {
        if (path.isEmpty() || path.equals("-") || path.startsWith("/dev/")) {
            return;
        }
        FsPaths.resolve(path, cwd, home, vars).ifPresent(p -> writes.add(new LayerWrite(p, what, run, command.range(), false,
                wholeContents)));
    }

    private static void add(List<LayerWrite> writes, RunCommand command, RunInstruction run, String path, String what) {
        writes.add(new LayerWrite(path, what, run, command.range(), false, true));
    }
}
