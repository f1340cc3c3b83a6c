package dev.dlint.command;

import java.util.List;

/**
 * RPM-based package tools: yum(8) (3.x and the dnf-backed 4.x), dnf(8) (4 and 5), microdnf, tdnf (Photon OS), rpm(8)
 * and zypper(8); options from their manuals.
 */
final class RpmSpecs {
    /** Options common to yum, dnf and (mostly) tdnf, from dnf(8) "Options" and yum(8). */
    private static final String[] DNF_FLAGS = {"-4", "-6", "--allowerasing", "--assumeno", "-b --best", "--nobest --no-best",
        "--bugfix", "-C --cacheonly", "--debugsolver", "--downloadonly", "--enhancement", "-h --help", "--newpackage",
        "--noautoremove --no-autoremove", "--nodocs --no-docs", "--nogpgcheck --no-gpgchecks", "--noplugins --no-plugins",
        "--obsoletes", "-q --quiet", "--refresh", "--security", "--skip-broken", "--skip-unavailable", "--showduplicates",
        "-v --verbose", "--version", "-y --assumeyes", "--tolerant", "-t", "--use-host-config", "--nodeps",
        "--allow-downgrade", "--no-allow-downgrade", "--offline", "-j --json",
        "--alldeps", "--testonly", "--reboot-required"};
    private static final String[] DNF_VALUES = {"--advisory --advisories", "--bz --bzs", "--color", "--comment",
        "-c --config", "--cve --cves", "-d --debuglevel", "-e --errorlevel", "--disableexcludes --disableexcludepkgs",
        "--disableplugin --disable-plugin", "--disablerepo --disable-repo", "--downloaddir --destdir",
        "--enableplugin --enable-plugin", "--enablerepo --enable-repo", "-x --exclude --excludepkgs", "--forcearch",
        "--installroot", "-R --randomwait", "--releasever", "--repofrompath", "--repo --repoid",
        "--rpmverbosity", "--sec-severity --secseverity", "--setopt", "--setvar", "--from-repo", "--advisory-severities",
        "--cachedir"};
    private static final String[] DNF_COMMANDS = {"install in", "reinstall rei", "remove rm erase", "autoremove",
        "upgrade up update", "upgrade-minimal up-min update-minimal", "downgrade dg", "distro-sync dsync distribution-synchronization",
        "check-update check-upgrade", "clean", "makecache mc", "localinstall", "localupdate", "groupinstall",
        "groupremove grouperase", "groupupdate", "grouplist", "groupinfo", "info if", "list ls", "search se",
        "provides whatprovides prov", "repolist", "repoinfo", "repoquery rq", "history hist", "builddep", "download",
        "swap", "mark", "alias", "shell sh", "deplist", "versionlock", "copr", "debuginfo-install", "updateinfo",
        "check", "leaves", "needs-restarting", "system-upgrade", "environment", "advisory", "replay", "offline",
        "autoupdate"};

    private RpmSpecs() {
    }

    static List<ToolSpec> all() {
        return List.of(dnfLike("yum"), dnfLike("dnf", "dnf4", "dnf5", "dnf-3"), microdnf(), dnfLike("tdnf"), rpm(),
                zypper());
    }

    private static CommandSpec group() {
        return CommandSpec.builder("group", "grp", "groups")
                .flags("--with-optional", "--no-packages", "--allowerasing", "--hidden", "--installed", "--available")
                .sub("install", "remove erase", "upgrade update", "list", "info summary", "mark")
                .build();
    }

    private static CommandSpec module() {
        return CommandSpec.builder("module")
                .flags("--all", "--enabled", "--disabled", "--installed", "--profile")
                .sub("install", "enable", "disable", "reset", "remove", "list", "info", "switch-to", "provides", "update",
                        "repoquery")
                .build();
    }

    private static CommandSpec configManager() {
        return CommandSpec.builder("config-manager")
                .flags("--set-enabled --enable", "--set-disabled --disable", "--save", "--dump", "--dump-variables",
                        "--create-missing-dir", "--overwrite")
                .values("--add-repo --addrepo", "--from-repofile", "--from-repopath")
                .sub("setopt", "unsetopt", "addrepo", "setvar", "unsetvar")
                .build();
    }

    static ToolSpec dnfLike(String name, String... names) {
        CommandSpec root = CommandSpec.builder(name).flags(DNF_FLAGS).values(DNF_VALUES).sub(DNF_COMMANDS)
                .subcommands(group(), module(), configManager())
                .build();
        return ToolSpec.builder(name).names(names).root(root).abbreviations().build();
    }

    static ToolSpec microdnf() {
        CommandSpec root = CommandSpec.builder("microdnf")
                .flags("-y --assumeyes", "--assumeno", "--best", "--nobest", "--nodocs", "--noplugins", "--refresh",
                        "--allowerasing", "--noautoremove", "--skip-broken", "--skip-unavailable", "--help", "-h",
                        "--version", "--downloadonly", "--nogpgcheck")
                .values("--config", "--disableplugin", "--disablerepo", "--enableplugin", "--enablerepo", "--installroot",
                        "--releasever", "--setopt", "--disableexcludes", "--exclude", "--platform-module",
                        "--downloaddir", "--destdir", "--cachedir", "--metadata-expire")
                .sub("install", "reinstall", "remove", "upgrade update", "clean", "makecache", "download", "repoquery",
                        "distro-sync", "swap", "leaves", "repolist", "mark")
                .subcommands(module())
                .build();
        return ToolSpec.builder("microdnf").root(root).build();
    }

    static ToolSpec rpm() {
        CommandSpec root = CommandSpec.builder("rpm")
                .flags("-i --install", "-U --upgrade", "-F --freshen", "-e --erase", "-q --query", "-V --verify",
                        "--import", "-K --checksig", "--setperms", "--setugids", "--rebuilddb", "--initdb",
                        "-v --verbose", "-h --hash", "--nodeps", "--force", "--replacepkgs", "--replacefiles",
                        "--oldpackage", "--excludedocs", "--nodocs", "--noscripts", "--nosignature", "--nodigest",
                        "--test", "--allfiles", "--ignorearch", "--ignoreos", "--ignoresize", "--justdb", "--nopre",
                        "--nopost", "--nopreun", "--nopostun", "--notriggers", "--percent", "-a --all", "-l --list",
                        "-f --file", "-p --package", "-c --configfiles", "-d --docfiles", "--whatprovides",
                        "--whatrequires", "--changelog", "--provides", "--requires", "-R", "--scripts", "--last",
                        "--quiet", "--version", "--help", "-s --state", "--qf-help")
                .values("--root -r", "--dbpath", "-D --define", "-E --eval", "--macros", "--rcfile", "--pipe",
                        "--relocate", "--prefix", "--excludepath", "--qf --queryformat", "--predefine", "--target",
                        "--undefine", "--load")
                .build();
        return ToolSpec.builder("rpm").root(root).build();
    }

    static ToolSpec zypper() {
        CommandSpec install = CommandSpec.builder("install", "in")
                .flags("-y --no-confirm", "-n --name", "-f --force", "--oldpackage", "-C --capability",
                        "-l --auto-agree-with-licenses", "--auto-agree-with-product-licenses", "--replacefiles",
                        "-D --dry-run", "--details", "-d --download-only", "--download-in-advance", "--download-in-heaps",
                        "--download-as-needed", "--recommends", "--no-recommends", "--force-resolution",
                        "--no-force-resolution", "--allow-vendor-change", "--no-allow-vendor-change", "--allow-downgrade",
                        "--no-allow-downgrade", "--allow-name-change", "--allow-arch-change", "--debug-solver",
                        "--entire-catalog", "--allow-unsigned-rpm", "-P --no-gpg-checks")
                .values("--from", "-r --repo", "-t --type", "--download")
                .build();
        CommandSpec clean = CommandSpec.builder("clean", "cc")
                .flags("-m --metadata", "-M --raw-metadata", "-a --all")
                .values("-r --repo")
                .build();
        CommandSpec refresh = CommandSpec.builder("refresh", "ref")
                .flags("-f --force", "-b --force-build", "-d --force-download", "-B --build-only", "-D --download-only",
                        "-s --services", "--include-all-archs")
                .values("-r --repo")
                .build();
        CommandSpec addrepo = CommandSpec.builder("addrepo", "ar")
                .flags("-d --disable", "-c --check", "-C --no-check", "-k --keep-packages", "-K --no-keep-packages",
                        "-f --refresh", "-g --gpgcheck", "-G --no-gpgcheck", "--gpgcheck-strict", "--gpgcheck-allow-unsigned")
                .values("-r --repo", "-t --type", "-n --name", "-p --priority")
                .build();
        CommandSpec root = CommandSpec.builder("zypper")
                .flags("-h --help", "-V --version", "--promptids", "-q --quiet", "-v --verbose", "--color", "--no-color",
                        "-A --no-abbrev", "-n --non-interactive", "--non-interactive-include-reboot-patches",
                        "-x --xmlout", "-i --ignore-unknown", "-t --terse", "--no-gpg-checks", "--gpg-auto-import-keys",
                        "--disable-repositories", "--no-refresh", "--no-cd", "--no-remote", "--disable-system-resolvables",
                        "--no-cache")
                .values("-c --config", "--userdata", "-s --table-style", "-D --reposd-dir", "-C --cache-dir",
                        "--raw-cache-dir", "--solv-cache-dir", "--pkg-cache-dir", "-R --root", "--installroot",
                        "--releasever", "-p --plus-repo", "--plus-content")
                .subcommands(install, clean, refresh, addrepo,
                        CommandSpec.builder("remove", "rm").flags("-y --no-confirm", "-n --name", "-C --capability",
                                "-D --dry-run", "--details", "-u --clean-deps", "-U --no-clean-deps", "--force-resolution",
                                "--no-force-resolution").values("-r --repo", "-t --type").build(),
                        CommandSpec.builder("update", "up").flags("-y --no-confirm", "--skip-interactive",
                                "--with-interactive", "-l --auto-agree-with-licenses", "--replacefiles", "-D --dry-run",
                                "--details", "--best-effort", "--recommends", "--no-recommends", "--allow-downgrade",
                                "-d --download-only").values("-r --repo", "-t --type", "--download").build(),
                        CommandSpec.builder("dist-upgrade", "dup").flags("-y --no-confirm", "-l --auto-agree-with-licenses",
                                "--replacefiles", "-D --dry-run", "--details", "--recommends", "--no-recommends",
                                "--allow-vendor-change", "--no-allow-vendor-change", "-d --download-only")
                                .values("--from", "-r --repo", "--download").build(),
                        CommandSpec.builder("patch").flags("-y --no-confirm", "--with-interactive", "--skip-interactive",
                                "-l --auto-agree-with-licenses", "--replacefiles", "-D --dry-run", "--updatestack-only",
                                "--with-update", "-d --download-only")
                                .values("-r --repo", "-b --bugzilla", "--cve", "-g --category", "--severity", "--date",
                                        "--download").build())
                .sub("source-install si", "verify ve", "install-new-recommends inr", "removerepo rr", "modifyrepo mr",
                        "repos lr", "renamerepo nr", "search se", "info if", "addlock al lock", "removelock rl unlock",
                        "locks ll", "packages pa", "patches pch", "patterns pt", "products pd", "shell sh",
                        "addservice as", "removeservice rs", "modifyservice ms", "services ls", "refresh-services refs",
                        "download", "source-download", "ps", "purge-kernels", "needs-rebooting", "versioncmp vcmp",
                        "targetos tos", "licenses", "patch-check pchk", "list-updates lu", "list-patches lp",
                        "what-provides wp", "cleanlocks cl", "system-architecture")
                .build();
        return ToolSpec.builder("zypper").root(root).build();
    }
}
