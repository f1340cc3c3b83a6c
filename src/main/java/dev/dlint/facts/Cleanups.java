package dev.dlint.facts;

import dev.dlint.model.RunCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Commands that delete files: {@code rm} and the package managers' clean commands, with the paths they remove. */
final class Cleanups {

    private Cleanups() {
    }

    static List<LayerHistory.Deletion> deletions(RunCommand command, String cwd, String home, Map<String, String> vars) {
        List<LayerHistory.Deletion> deletions = new ArrayList<>();
        String name = command.name().orElse("");
        List<String> args = command.arguments();
        String first = command.argument(0);
        String second = command.argument(1);
        switch (name) {
            case "rm":
                for (int i = 0; i < args.size(); i++) {
                    String arg = args.get(i);
                    if (arg.startsWith("-") || arg.isEmpty()) {
                        continue;
                    }
                    final int index = i;
                    String flags = args.stream().filter(a -> a.startsWith("-")).findFirst().map(f -> f + " ").orElse("");
                    FsPaths.resolve(arg, cwd, home, vars).ifPresent(path -> deletions.add(new LayerHistory.Deletion(
                            path, command, command.argumentRange(index), "rm " + flags + arg)));
                }
                break;
            case "apt-get":
            case "apt":
                if (first.equals("clean") || first.equals("autoclean")) {
                    add(deletions, command, "/var/cache/apt/archives", name + " " + first);
                }
                break;
            case "yum":
            case "dnf":
            case "microdnf":
                if (first.equals("clean")) {
                    add(deletions, command, "/var/cache/" + (name.equals("microdnf") ? "dnf" : name), name + " clean " + second);
                }
                break;
            case "zypper":
                if (first.equals("clean") || first.equals("cc")) {
                    add(deletions, command, "/var/cache/zypp", "zypper " + first);
                }
                break;
            case "apk":
                if (first.equals("cache") && (second.equals("clean") || second.equals("purge"))) {
                    add(deletions, command, "/var/cache/apk", "apk cache " + second);
                }
                break;
            case "pip":
            case "pip3":
                if (first.equals("cache") && (second.equals("purge") || second.equals("remove"))) {
                    add(deletions, command, home + "/.cache/pip", name + " cache " + second);
                }
                break;
            case "npm":
                if (first.equals("cache") && second.equals("clean")) {
                    add(deletions, command, home + "/.npm", "npm cache clean");
                }
                break;
            case "yarn":
                if (first.equals("cache") && second.equals("clean")) {
                    add(deletions, command, "/usr/local/share/.cache/yarn", "yarn cache clean");
                    add(deletions, command, home + "/.cache/yarn", "yarn cache clean");
                }
                break;
            case "composer":
                if (first.equals("clear-cache") || first.equals("clearcache") || first.equals("cc")) {
                    add(deletions, command, home + "/.composer/cache", "composer " + first);
                    add(deletions, command, home + "/.cache/composer", "composer " + first);
                }
                break;
            default:
                break;
        }
        return deletions;
    }

    private static void add(List<LayerHistory.Deletion> deletions, RunCommand command, String path, String description) {
        deletions.add(new LayerHistory.Deletion(path, command, command.range(), description.strip()));
    }
}
