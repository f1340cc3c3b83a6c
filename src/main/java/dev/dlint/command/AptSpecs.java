package dev.dlint.command;

import java.util.List;

/** Debian's package tools: apt-get(8), apt(8), aptitude(8) and dpkg(1), options from their manuals. */
final class AptSpecs {
    /** Subcommands apt-get(8) and apt(8) share. */
    private static final String[] APT_GET_COMMANDS = {"update", "upgrade", "install", "reinstall", "remove", "purge",
        "autoremove auto-remove", "autopurge", "dist-upgrade", "dselect-upgrade", "build-dep", "satisfy", "clean",
        "autoclean auto-clean", "distclean dist-clean", "check", "source", "download", "changelog", "indextargets", "moo"};

    private AptSpecs() {
    }

    static List<ToolSpec> all() {
        return List.of(aptGet(), apt(), aptitude(), dpkg(), aptMark());
    }

    private static CommandSpec.Builder aptOptions(String name) {
        return CommandSpec.builder(name)
                .flags("-y --yes --assume-yes", "--assume-no", "-d --download-only", "-f --fix-broken",
                        "-m --ignore-missing --fix-missing", "--no-download",
                        "-s --simulate --just-print --dry-run --recon --no-act", "--no-install-recommends",
                        "--install-recommends", "--no-install-suggests", "--install-suggests", "--no-show-upgraded",
                        "-V --verbose-versions", "-b --compile --build", "--ignore-hold", "--with-new-pkgs", "--no-upgrade",
                        "--only-upgrade", "--allow-downgrades", "--allow-remove-essential", "--allow-change-held-packages",
                        "--force-yes", "--print-uris", "--purge", "--reinstall", "--list-cleanup", "--no-list-cleanup",
                        "--trivial-only", "--mark-auto", "--no-remove", "--auto-remove --autoremove", "--only-source",
                        "--diff-only", "--dsc-only", "--tar-only", "--arch-only", "--indep-only", "--allow-unauthenticated",
                        "--allow-insecure-repositories", "--allow-releaseinfo-change", "--show-progress", "--fix-policy",
                        "-h --help", "-v --version", "-u --show-upgraded", "-U --update")
                .values("-a --host-architecture", "-P --build-profiles", "-t --target-release --default-release",
                        "--with-source", "-c --config-file", "-o --option", "-e --error-on", "--solver")
                .optionalValues("-q --quiet");
    }

    static ToolSpec aptGet() {
        return ToolSpec.builder("apt-get").style(ParseStyle.APT)
                .root(aptOptions("apt-get").sub(APT_GET_COMMANDS).build()).build();
    }

    static ToolSpec apt() {
        CommandSpec root = aptOptions("apt").sub(APT_GET_COMMANDS)
                .sub("full-upgrade", "edit-sources", "policy", "depends", "rdepends", "modernize-sources", "why", "why-not")
                .subcommands(CommandSpec.builder("list").flags("--installed", "--upgradable", "--upgradeable",
                                "--manual-installed", "-a --all-versions").build(),
                        CommandSpec.builder("search").flags("-n --names-only", "--full").build(),
                        CommandSpec.builder("show").flags("-a --all-versions", "--full").build())
                .build();
        return ToolSpec.builder("apt").style(ParseStyle.APT).root(root).build();
    }

    static ToolSpec aptitude() {
        CommandSpec root = CommandSpec.builder("aptitude")
                .flags("-y --assume-yes", "-d --download-only", "-D --show-deps", "-f --fix-broken", "-h --help",
                        "-P --prompt", "-r --with-recommends", "-R --without-recommends", "-s --simulate",
                        "-u", "-V --show-versions", "-v --verbose", "--version", "--visual-preview", "-W --show-why",
                        "-Z", "--allow-untrusted", "--allow-new-upgrades", "--allow-new-installs", "--disable-columns",
                        "--full-resolver", "--safe-resolver", "--no-new-installs", "--no-new-upgrades", "--purge-unused",
                        "--schedule-only", "--log-resolver", "--autoclean-on-startup", "--clean-on-startup",
                        "--group-by-sections", "--no-gui")
                .values("-F --display-format", "-O --sort", "-o", "-S", "-t --target-release --default-release",
                        "-w --width", "--add-user-tag", "--add-user-tag-to", "--remove-user-tag", "--remove-user-tag-from",
                        "--group-by", "--log-file", "--log-level", "--show-package-names", "--show-summary", "-c")
                .optionalValues("-q --quiet")
                .sub("install", "remove", "purge", "hold", "unhold", "keep", "reinstall", "markauto", "unmarkauto",
                        "forbid-version", "update", "safe-upgrade upgrade", "full-upgrade dist-upgrade", "build-dep build-depends",
                        "forget-new", "search", "show", "showsrc", "source", "versions", "clean", "autoclean", "changelog",
                        "download", "why", "why-not", "add-user-tag", "remove-user-tag", "keep-all")
                .build();
        return ToolSpec.builder("aptitude").style(ParseStyle.APT).root(root).build();
    }

    static ToolSpec aptMark() {
        CommandSpec root = CommandSpec.builder("apt-mark")
                .flags("-s --simulate --just-print --dry-run --recon --no-act", "-h --help", "-v --version",
                        "-q --quiet")
                .values("-f --file", "-c --config-file", "-o --option")
                .sub("auto", "manual", "minimize-manual", "hold", "unhold", "install", "remove", "deinstall", "purge",
                        "showauto", "showmanual", "showhold", "showinstall", "showremove", "showdeinstall", "showpurge")
                .build();
        return ToolSpec.builder("apt-mark").style(ParseStyle.APT).root(root).build();
    }

    static ToolSpec dpkg() {
        CommandSpec root = CommandSpec.builder("dpkg")
                .flags("-i --install", "--unpack", "-A --record-avail", "--configure", "--triggers-only", "-r --remove",
                        "-P --purge", "-V --verify", "-C --audit", "--update-avail", "--merge-avail", "--clear-avail",
                        "--forget-old-unavail", "--get-selections", "--set-selections", "--clear-selections",
                        "--yet-to-unpack", "--predep-package", "--print-architecture", "--print-foreign-architectures",
                        "--compare-versions", "-b --build", "-c --contents", "-I --info", "-l --list", "-L --listfiles",
                        "-s --status", "-S --search", "-p --print-avail", "-x --extract", "-X --vextract", "-f --field",
                        "--ctrl-tarfile", "--fsys-tarfile", "-E --skip-same-version", "-G --refuse-downgrade",
                        "-B --auto-deconfigure", "-O --selected-only", "-R --recursive", "--no-act --dry-run --simulate",
                        "--no-triggers", "--triggers", "--no-pager", "--no-debsig", "--force-help", "-? --help",
                        "--version", "--robot")
                .values("--add-architecture", "--remove-architecture", "--admindir", "--root", "--instdir",
                        "--path-exclude", "--path-include", "--pre-invoke", "--post-invoke", "--verify-format",
                        "--status-fd", "--status-logger", "--log", "--ignore-depends", "--abort-after", "-D --debug")
                .build();
        return ToolSpec.builder("dpkg").root(root).abbreviations().build();
    }
}
