package dev.dlint.rules.knowledge;

import dev.dlint.facts.SystemPackages;
import dev.dlint.model.ImageReference;
import dev.dlint.model.RunCommand;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Build toolchains: SDK images, compiler packages, and the commands that compile with them. */
public final class Toolchains {

    /** A language ecosystem, and what its build image ships. */
    public enum Ecosystem {
        GO("a Go toolchain"),
        RUST("a Rust toolchain"),
        JAVA("a JDK and build tool"),
        DOTNET("the .NET SDK"),
        NODE("Node.js with dev dependencies and sources"),
        NATIVE("a C/C++ compiler toolchain");

        private final String shipped;

        Ecosystem(String shipped) {
            this.shipped = shipped;
        }

        public String shipped() {
            return shipped;
        }
    }

    /** A command that compiles or bundles, and for which ecosystem. */
    public record Build(RunCommand command, Ecosystem ecosystem) {
    }

    /** Packages that install a compiler. Build helpers (make, cmake) and headers (*-dev) alone are not a toolchain. */
    private static final Set<String> COMPILER_PACKAGES = Set.of("build-essential", "gcc", "g++", "clang", "build-base",
            "gcc-c++", "alpine-sdk", "cargo", "rustc", "golang", "golang-go", "go", "maven", "gradle", "default-jdk",
            "default-jdk-headless", "dotnet-sdk", "musl-dev");

    private Toolchains() {
    }

    /** The SDK an image provides, if it is a build image. Node counts only together with a build script. */
    public static Optional<Ecosystem> sdkImage(ImageReference image) {
        String name = image.familiarRepository().toLowerCase(Locale.ROOT);
        String last = image.imageName().toLowerCase(Locale.ROOT);
        String tag = image.tag().map(t -> t.value().toLowerCase(Locale.ROOT)).orElse("");
        if (last.equals("golang")) {
            return Optional.of(Ecosystem.GO);
        }
        if (last.equals("rust")) {
            return Optional.of(Ecosystem.RUST);
        }
        if (last.equals("maven") || last.equals("gradle") || last.equals("sbt")) {
            return Optional.of(Ecosystem.JAVA);
        }
        boolean jdkVendor = last.equals("openjdk") || last.equals("eclipse-temurin") || last.equals("amazoncorretto")
                || last.equals("ibm-semeru-runtimes") || last.equals("sapmachine") || last.equals("zulu-openjdk");
        if (jdkVendor && !tag.contains("jre")) {
            return Optional.of(Ecosystem.JAVA);
        }
        if (name.endsWith("dotnet/sdk") || name.equals("dotnet/core/sdk")) {
            return Optional.of(Ecosystem.DOTNET);
        }
        if (last.equals("gcc")) {
            return Optional.of(Ecosystem.NATIVE);
        }
        if (last.equals("node")) {
            return Optional.of(Ecosystem.NODE);
        }
        return Optional.empty();
    }

    /** Whether an installed system package brings a compiler ({@code build-essential}, {@code gcc}, a JDK, …). */
    public static boolean isCompilerPackage(String pkg) {
        String name = pkg.toLowerCase(Locale.ROOT).replaceAll("[=<>].*$", "");
        return COMPILER_PACKAGES.contains(name) || name.matches("openjdk-?\\d+-jdk(-headless)?")
                || name.matches("openjdk\\d+(-jdk)?") || name.matches("java-[\\d.]+-openjdk-devel")
                || name.matches("gcc-\\d+") || name.matches("g\\+\\+-\\d+") || name.matches("dotnet-sdk-[\\d.]+");
    }

    /** Recognises a build step. */
    public static Optional<Build> build(RunCommand command) {
        Optional<String> name = command.name();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<String> args = command.arguments();
        String first = command.argument(0);
        switch (name.get()) {
            case "go":
                return first.equals("build") || first.equals("install") ? found(command, Ecosystem.GO) : Optional.empty();
            case "cargo":
                return first.equals("build") || first.equals("install") ? found(command, Ecosystem.RUST) : Optional.empty();
            case "mvn":
            case "mvnw":
                return args.stream().anyMatch(a -> a.equals("package") || a.equals("install") || a.equals("verify"))
                        ? found(command, Ecosystem.JAVA) : Optional.empty();
            case "gradle":
            case "gradlew":
                return args.stream().anyMatch(a -> a.equals("build") || a.equals("assemble") || a.equals("bootJar")
                        || a.equals("shadowJar") || a.equals("installDist") || a.equals("jar"))
                        ? found(command, Ecosystem.JAVA) : Optional.empty();
            case "javac":
                return found(command, Ecosystem.JAVA);
            case "dotnet":
                return first.equals("publish") || first.equals("build") ? found(command, Ecosystem.DOTNET) : Optional.empty();
            case "npm":
            case "yarn":
            case "pnpm":
                boolean script = first.equals("run") && args.size() > 1 && args.get(1).startsWith("build");
                boolean direct = !name.get().equals("npm") && first.startsWith("build");
                return script || direct ? found(command, Ecosystem.NODE) : Optional.empty();
            case "make":
            case "gcc":
            case "g++":
            case "cc":
            case "c++":
            case "clang":
            case "clang++":
                return found(command, Ecosystem.NATIVE);
            case "cmake":
                return args.contains("--build") ? found(command, Ecosystem.NATIVE) : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    /** Whether the command removes system packages ({@code apt-get purge}, {@code apk del}, …). */
    public static boolean isPackageRemoval(RunCommand command) {
        List<String> args = command.arguments();
        int verb = SystemPackages.firstVerb(args);
        if (command.name().isEmpty() || verb < 0) {
            return false;
        }
        String manager = command.name().get();
        String action = args.get(verb);
        return ((manager.equals("apt-get") || manager.equals("apt")) && (action.equals("purge")
                || action.equals("remove") || action.equals("autoremove")))
                || (manager.equals("apk") && action.equals("del"))
                || ((manager.equals("yum") || manager.equals("dnf")) && (action.equals("remove") || action.equals("erase")
                || action.equals("autoremove")));
    }

    private static Optional<Build> found(RunCommand command, Ecosystem ecosystem) {
        return Optional.of(new Build(command, ecosystem));
    }
}
