package dev.dlint.command;

import static dev.dlint.command.OperationKind.CLEAN;
import static dev.dlint.command.OperationKind.INSTALL;
import static dev.dlint.command.OperationKind.REMOVE;
import static dev.dlint.command.OperationKind.UPDATE_INDEX;
import static dev.dlint.command.OperationKind.UPGRADE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one table of package managers, shared by every rule and the image analyzer. Subcommand paths use the canonical
 * names of the tool specs ({@code dnf in} is {@code install}, {@code yum update} is {@code upgrade}). Sources: the
 * managers' manuals and documentation of their cache locations and clean commands.
 */
public final class PackageManagers {
    private static final String[] RPM_INSTALL = {"install", "reinstall", "localinstall", "groupinstall", "group install",
        "module install", "downgrade"};
    private static final String[] RPM_UPGRADE = {"upgrade", "upgrade-minimal", "distro-sync", "localupdate", "groupupdate",
        "group upgrade", "module update"};
    private static final String[] RPM_REMOVE = {"remove", "autoremove", "groupremove", "group remove", "module remove"};

    public static final PackageManager APT = PackageManager.builder("apt").tools("apt-get", "apt", "aptitude")
            .verbs(INSTALL, "install", "reinstall", "build-dep", "satisfy")
            .verbs(UPDATE_INDEX, "update")
            .verbs(REMOVE, "remove", "purge", "autoremove", "autopurge")
            .verbs(UPGRADE, "upgrade", "dist-upgrade", "full-upgrade", "dselect-upgrade", "safe-upgrade")
            .caches("/var/lib/apt/lists", "/var/cache/apt/archives", "/var/cache/apt/*.bin")
            .clean("clean", "/var/cache/apt/archives", "/var/cache/apt/*.bin")
            .clean("autoclean")
            .clean("distclean", "/var/cache/apt/archives", "/var/cache/apt/*.bin", "/var/lib/apt/lists")
            .yes("--yes", "-y", "--assume-yes").quietTwiceIsYes().prompts(INSTALL, REMOVE, UPGRADE).pins(PinSyntax.APT)
            .build();

    public static final PackageManager APK = PackageManager.builder("apk").tools("apk")
            .verbs(INSTALL, "add").verbs(UPDATE_INDEX, "update").verbs(REMOVE, "del").verbs(UPGRADE, "upgrade")
            .caches("/var/cache/apk", "/etc/apk/cache")
            .clean("cache clean", "/var/cache/apk").clean("cache purge", "/var/cache/apk")
            .noCacheOptions("--no-cache", "--no-network").cacheDirOptions("--cache-dir").pins(PinSyntax.APK)
            .build();

    public static final PackageManager YUM = rpm("yum", "/var/cache/yum");
    public static final PackageManager DNF = rpm("dnf", "/var/cache/dnf", "/var/cache/libdnf5");
    public static final PackageManager MICRODNF = PackageManager.builder("microdnf").tools("microdnf")
            .verbs(INSTALL, "install", "reinstall").verbs(UPGRADE, "upgrade", "distro-sync").verbs(REMOVE, "remove")
            .verbs(UPDATE_INDEX, "makecache")
            .caches("/var/cache/yum", "/var/cache/libdnf5")
            .clean("clean <all>", "/var/cache/yum", "/var/cache/libdnf5").clean("clean")
            .cacheDirOptions("--cachedir")
            .cacheOption(new CacheSetting("--setopt", CacheSetting.Effect.RELOCATES, "cachedir="))
            .yes("--assumeyes", "-y").pins(PinSyntax.RPM) // microdnf never asks: its -y does nothing
            .build();
    public static final PackageManager TDNF = rpm("tdnf", "/var/cache/tdnf");

    public static final PackageManager ZYPPER = PackageManager.builder("zypper").tools("zypper")
            .verbs(INSTALL, "install", "source-install").verbs(UPDATE_INDEX, "refresh").verbs(REMOVE, "remove")
            .verbs(UPGRADE, "update", "dist-upgrade", "patch")
            .caches("/var/cache/zypp")
            .clean("clean", "/var/cache/zypp/packages").clean("clean --all", "/var/cache/zypp")
            .cacheDirOptions("--cache-dir", "--pkg-cache-dir")
            .yes("--non-interactive", "-n", "--no-confirm", "-y").prompts(INSTALL, REMOVE, UPGRADE)
            .pins(PinSyntax.ZYPPER)
            .build();

    public static final PackageManager PIP = PackageManager.builder("pip").tools("pip")
            .verbs(INSTALL, "install").verbs(REMOVE, "uninstall")
            .caches("~/.cache/pip")
            .clean("cache purge", "~/.cache/pip").clean("cache remove")
            .noCacheOptions("--no-cache-dir").cacheDirOptions("--cache-dir")
            .noCacheVariables("PIP_NO_CACHE_DIR").cacheDirVariables("PIP_CACHE_DIR")
            .yes("--yes", "-y").prompts(REMOVE).pins(PinSyntax.PIP)
            .build();

    public static final PackageManager UV = PackageManager.builder("uv").tools("uv")
            .verbs(INSTALL, "pip install", "pip sync", "add", "sync", "tool install")
            .verbs(REMOVE, "pip uninstall", "remove", "tool uninstall").verbs(UPGRADE, "tool upgrade")
            .caches("~/.cache/uv")
            .clean("cache clean", "~/.cache/uv").clean("cache prune")
            .noCacheOptions("--no-cache").cacheDirOptions("--cache-dir")
            .noCacheVariables("UV_NO_CACHE").cacheDirVariables("UV_CACHE_DIR").pins(PinSyntax.PIP)
            .build();

    public static final PackageManager PIPX = PackageManager.builder("pipx").tools("pipx")
            .verbs(INSTALL, "install", "inject").verbs(REMOVE, "uninstall", "uninstall-all")
            .verbs(UPGRADE, "upgrade", "upgrade-all")
            .caches("~/.cache/pip").noCacheVariables("PIP_NO_CACHE_DIR").cacheDirVariables("PIP_CACHE_DIR")
            .pins(PinSyntax.PIP)
            .build();

    public static final PackageManager POETRY = PackageManager.builder("poetry").tools("poetry")
            .verbs(INSTALL, "install", "add", "sync").verbs(REMOVE, "remove").verbs(UPGRADE, "update")
            .caches("~/.cache/pypoetry")
            .clean("cache clear --all", "~/.cache/pypoetry").clean("cache clear")
            .noCacheOptions("--no-cache").cacheDirVariables("POETRY_CACHE_DIR").pins(PinSyntax.POETRY)
            .build();

    public static final PackageManager NPM = PackageManager.builder("npm").tools("npm")
            .verbs(INSTALL, "install", "ci", "install-test", "install-ci-test").verbs(REMOVE, "uninstall")
            .verbs(UPGRADE, "update")
            .caches("~/.npm/_cacache")
            .clean("cache clean --force", "~/.npm/_cacache").clean("cache clean")
            .cacheDirOptions("--cache").cacheDirVariables("npm_config_cache", "NPM_CONFIG_CACHE").pins(PinSyntax.NPM)
            .build();

    public static final PackageManager YARN = PackageManager.builder("yarn").tools("yarn")
            .verbs(INSTALL, "", "install", "add", "global add").verbs(REMOVE, "remove", "global remove")
            .verbs(UPGRADE, "upgrade", "up", "upgrade-interactive", "global upgrade")
            .caches("/usr/local/share/.cache/yarn", "~/.cache/yarn", "~/.yarn/berry/cache")
            .clean("cache clean", "/usr/local/share/.cache/yarn", "~/.cache/yarn", "~/.yarn/berry/cache")
            .cacheDirOptions("--cache-folder").cacheDirVariables("YARN_CACHE_FOLDER").pins(PinSyntax.NPM)
            .build();

    public static final PackageManager PNPM = PackageManager.builder("pnpm").tools("pnpm")
            .verbs(INSTALL, "install", "add", "fetch", "install-test").verbs(REMOVE, "remove").verbs(UPGRADE, "update")
            .caches("~/.local/share/pnpm/store", "~/.cache/pnpm")
            .clean("store prune")
            .cacheDirOptions("--store-dir", "--cache-dir").cacheDirVariables("npm_config_store_dir")
            .pins(PinSyntax.NPM)
            .build();

    public static final PackageManager GEM = PackageManager.builder("gem").tools("gem")
            .verbs(INSTALL, "install").verbs(REMOVE, "uninstall").verbs(UPGRADE, "update")
            .caches("~/.gem", "/usr/local/bundle/cache", "/var/lib/gems/*/cache", "/usr/local/lib/ruby/gems/*/cache")
            .clean("sources --clear-all", "~/.gem/specs")
            .cacheDirVariables("GEM_HOME", "GEM_SPEC_CACHE").pins(PinSyntax.GEM).versionOptions("--version")
            .build();

    public static final PackageManager BUNDLER = PackageManager.builder("bundler").tools("bundle")
            .verbs(INSTALL, "", "install", "add").verbs(REMOVE, "remove").verbs(UPGRADE, "update")
            .caches("~/.bundle/cache", "/usr/local/bundle/cache")
            .clean("clean")
            .cacheDirVariables("BUNDLE_PATH", "BUNDLE_USER_CACHE")
            .build();

    public static final PackageManager GO = PackageManager.builder("go").tools("go")
            .verbs(INSTALL, "install", "get", "mod download", "run")
            .caches("~/go/pkg/mod", "/go/pkg/mod", "~/.cache/go-build")
            .clean("clean -cache", "~/.cache/go-build").clean("clean -modcache", "~/go/pkg/mod", "/go/pkg/mod")
            .cacheDirVariables("GOCACHE", "GOMODCACHE", "GOPATH").pins(PinSyntax.GO)
            .build();

    public static final PackageManager CARGO = PackageManager.builder("cargo").tools("cargo")
            .verbs(INSTALL, "install", "fetch").verbs(REMOVE, "uninstall").verbs(UPGRADE, "update")
            .caches("~/.cargo/registry", "~/.cargo/git", "/usr/local/cargo/registry", "/usr/local/cargo/git")
            .cacheDirVariables("CARGO_HOME").pins(PinSyntax.CARGO).versionOptions("--version", "--path", "--rev", "--tag")
            .build();

    public static final PackageManager COMPOSER = PackageManager.builder("composer").tools("composer")
            .verbs(INSTALL, "install", "require", "create-project", "global require").verbs(REMOVE, "remove")
            .verbs(UPGRADE, "update")
            .caches("~/.composer/cache", "~/.cache/composer")
            .clean("clear-cache", "~/.composer/cache", "~/.cache/composer")
            .noCacheOptions("--no-cache").cacheDirVariables("COMPOSER_CACHE_DIR", "COMPOSER_HOME")
            .pins(PinSyntax.COMPOSER)
            .build();

    public static final PackageManager MAVEN = PackageManager.builder("maven").tools("mvn")
            .goals(INSTALL, "dependency:go-offline", "dependency:resolve", "dependency:resolve-plugins",
                    "dependency:copy-dependencies")
            .goals(CLEAN, "dependency:purge-local-repository")
            .caches("~/.m2/repository")
            .cacheOption(new CacheSetting("--define", CacheSetting.Effect.RELOCATES, "maven.repo.local="))
            .build();

    public static final PackageManager GRADLE = PackageManager.builder("gradle").tools("gradle")
            .goals(INSTALL, "dependencies")
            .caches("~/.gradle/caches", "~/.gradle/wrapper/dists")
            .cacheDirOptions("--gradle-user-home").cacheDirVariables("GRADLE_USER_HOME")
            .build();

    private static final List<PackageManager> ALL = List.of(APT, APK, YUM, DNF, MICRODNF, TDNF, ZYPPER, PIP, UV, PIPX,
            POETRY, NPM, YARN, PNPM, GEM, BUNDLER, GO, CARGO, COMPOSER, MAVEN, GRADLE);

    private PackageManagers() {
    }

    private static PackageManager rpm(String tool, String... caches) {
        return PackageManager.builder(tool).tools(tool)
                .verbs(INSTALL, RPM_INSTALL).verbs(UPGRADE, RPM_UPGRADE).verbs(REMOVE, RPM_REMOVE)
                .verbs(UPDATE_INDEX, "makecache", "check-update")
                .caches(caches)
                .clean("clean <all>", caches).clean("clean")
                .cacheDirOptions("--cachedir")
                .cacheOption(new CacheSetting("--setopt", CacheSetting.Effect.RELOCATES, "cachedir="))
                .yes("--assumeyes", "-y").prompts(INSTALL, REMOVE, UPGRADE).pins(PinSyntax.RPM)
                .build();
    }

    /** Every manager, in a fixed order. */
    public static List<PackageManager> all() {
        return ALL;
    }

    /** The manager named {@code name} ({@code apt}, {@code pip}). */
    public static Optional<PackageManager> named(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The manager that the canonical tool {@code tool} runs, if any. */
    public static Optional<PackageManager> forTool(String tool) {
        return ALL.stream().filter(m -> m.tools().contains(tool)).findFirst();
    }

    /**
     * Every cache location of every manager as absolute patterns, for the image analyzer; see
     * {@link PackageManager#imageCachePatterns()}.
     */
    public static List<String> imageCachePatterns() {
        List<String> patterns = new ArrayList<>();
        for (PackageManager manager : ALL) {
            for (String pattern : manager.imageCachePatterns()) {
                if (!patterns.contains(pattern)) {
                    patterns.add(pattern);
                }
            }
        }
        return patterns;
    }
}
