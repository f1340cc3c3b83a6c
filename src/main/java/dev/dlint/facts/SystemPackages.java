package dev.dlint.facts;

import dev.dlint.model.RunCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** System package managers: installs, the caches they leave behind, and their clean commands. */
public final class SystemPackages {

    /** A system package install and the packages named. */
    public record Install(String manager, List<String> packages) {
    }

    private static final Set<String> APT = Set.of("apt-get", "apt", "aptitude");
    private static final Set<String> YUM = Set.of("yum", "dnf", "microdnf", "tdnf");

    private SystemPackages() {
    }

    public static Optional<Install> install(RunCommand command) {
        Optional<String> name = command.name();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<String> args = command.arguments();
        String manager = name.get();
        int verb = firstVerb(args);
        if (verb < 0) {
            return Optional.empty();
        }
        String action = args.get(verb);
        boolean installs = (APT.contains(manager) && action.equals("install"))
                || (manager.equals("apk") && action.equals("add"))
                || (YUM.contains(manager) && (action.equals("install") || action.equals("groupinstall")))
                || (manager.equals("zypper") && (action.equals("install") || action.equals("in")))
                || (manager.equals("pacman") && action.startsWith("-S"));
        if (!installs) {
            return Optional.empty();
        }
        List<String> packages = new ArrayList<>();
        for (String arg : args.subList(verb + 1, args.size())) {
            if (!arg.startsWith("-")) {
                packages.add(arg);
            }
        }
        return Optional.of(new Install(manager, packages));
    }

    /** Whether the command refreshes package lists ({@code apt-get update}, {@code apk update}, …). */
    public static boolean isUpdate(RunCommand command) {
        if (command.name().isEmpty()) {
            return false;
        }
        List<String> args = command.arguments();
        int verb = firstVerb(args);
        String manager = command.name().get();
        return verb >= 0 && args.get(verb).equals("update") && (APT.contains(manager) || manager.equals("apk"));
    }

    /** The first argument that is not an option (the sub-command). */
    public static int firstVerb(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("-o") || arg.equals("-c") || arg.equals("--repository") || arg.equals("-X")) {
                i++;
                continue;
            }
            if (!arg.startsWith("-") || arg.startsWith("-S")) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isManager(String name) {
        return APT.contains(name) || YUM.contains(name) || name.equals("apk") || name.equals("zypper")
                || name.equals("pacman");
    }
}
