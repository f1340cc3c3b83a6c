package dev.dlint.rules.knowledge;

import dev.dlint.facts.CommandUse;
import dev.dlint.model.RunCommand;
import java.util.List;
import java.util.Optional;

/**
 * A command that downloads dependencies: a language package manager installing from manifest files, or a system
 * package manager installing packages (which needs no file from the build context at all).
 *
 * @param command   the command
 * @param ecosystem what installs ({@code npm}, {@code pip}, {@code apt-get}, …)
 * @param manifests the files it reads, to copy before it; empty for system packages and named packages
 */
public record DependencyInstall(RunCommand command, String ecosystem, List<String> manifests) {

    /** Recognises a dependency install, or nothing. */
    public static Optional<DependencyInstall> of(CommandUse use) {
        RunCommand command = use.command();
        Optional<String> name = command.name();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<String> args = command.arguments();
        String first = command.argument(0);
        switch (name.get()) {
            case "npm":
                if (first.equals("ci") || first.equals("clean-install")) {
                    return found(command, "npm", "package.json", "package-lock.json");
                }
                if ((first.equals("install") || first.equals("i")) && !hasOption(args, "-g", "--global")) {
                    return found(command, "npm", positional(args, 1) ? List.of() : List.of("package.json", "package-lock.json"));
                }
                return Optional.empty();
            case "yarn":
                if (args.isEmpty() || first.startsWith("-") || first.equals("install")) {
                    return found(command, "yarn", "package.json", "yarn.lock");
                }
                return Optional.empty();
            case "pnpm":
                if (first.equals("install") || first.equals("i") || first.equals("fetch")) {
                    return found(command, "pnpm", "package.json", "pnpm-lock.yaml");
                }
                return Optional.empty();
            case "pip":
            case "pip3":
                return pip(command, args, 0);
            case "python":
            case "python3":
                return args.size() >= 2 && first.equals("-m") && args.get(1).startsWith("pip") ? pip(command, args, 2)
                        : Optional.empty();
            case "poetry":
                return first.equals("install") || first.equals("sync")
                        ? found(command, "poetry", "pyproject.toml", "poetry.lock") : Optional.empty();
            case "pipenv":
                return first.equals("install") || first.equals("sync")
                        ? found(command, "pipenv", "Pipfile", "Pipfile.lock") : Optional.empty();
            case "uv":
                if (first.equals("sync")) {
                    return found(command, "uv", "pyproject.toml", "uv.lock");
                }
                return first.equals("pip") && args.size() > 2 && args.get(1).equals("install") ? pip(command, args, 1)
                        : Optional.empty();
            case "bundle":
            case "bundler":
                return first.equals("install") || args.isEmpty()
                        ? found(command, "bundler", "Gemfile", "Gemfile.lock") : Optional.empty();
            case "go":
                return first.equals("mod") && args.size() > 1 && args.get(1).equals("download")
                        ? found(command, "go", "go.mod", "go.sum") : Optional.empty();
            case "composer":
            case "composer.phar":
                return first.equals("install") ? found(command, "composer", "composer.json", "composer.lock") : Optional.empty();
            case "mvn":
            case "mvnw":
                return args.stream().anyMatch(a -> a.startsWith("dependency:go-offline") || a.startsWith("dependency:resolve"))
                        ? found(command, "maven", "pom.xml") : Optional.empty();
            case "gradle":
            case "gradlew":
                return args.contains("dependencies") || args.contains("--refresh-dependencies")
                        ? found(command, "gradle", "build.gradle*", "settings.gradle*", "gradle/") : Optional.empty();
            case "cargo":
                return first.equals("fetch") ? found(command, "cargo", "Cargo.toml", "Cargo.lock") : Optional.empty();
            case "dotnet":
                return first.equals("restore") ? found(command, "dotnet", "*.csproj", "*.sln") : Optional.empty();
            default:
                return use.systemInstall().map(p -> new DependencyInstall(command, use.tool(), List.of()));
        }
    }

    private static Optional<DependencyInstall> pip(RunCommand command, List<String> args, int from) {
        if (args.size() <= from || !args.get(from).equals("install")) {
            return Optional.empty();
        }
        for (int i = from + 1; i < args.size() - 1; i++) {
            String arg = args.get(i);
            if (arg.equals("-r") || arg.equals("--requirement") || arg.equals("-c") || arg.equals("--constraint")) {
                return found(command, "pip", List.of(args.get(i + 1)));
            }
        }
        for (String arg : args) {
            if (arg.startsWith("--requirement=") || arg.startsWith("-r")) {
                String file = arg.startsWith("--requirement=") ? arg.substring("--requirement=".length()) : arg.substring(2);
                if (!file.isEmpty()) {
                    return found(command, "pip", List.of(file));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean hasOption(List<String> args, String... options) {
        for (String arg : args) {
            for (String option : options) {
                if (arg.equals(option)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether there is a positional argument (a package name) from {@code from} on. */
    private static boolean positional(List<String> args, int from) {
        return args.stream().skip(from).anyMatch(a -> !a.startsWith("-"));
    }

    private static Optional<DependencyInstall> found(RunCommand command, String ecosystem, String... manifests) {
        return found(command, ecosystem, List.of(manifests));
    }

    private static Optional<DependencyInstall> found(RunCommand command, String ecosystem, List<String> manifests) {
        return Optional.of(new DependencyInstall(command, ecosystem, manifests));
    }
}
