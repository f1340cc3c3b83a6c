package dev.dlint.command;

import java.util.List;

/** Alpine's apk (apk-tools 2.x and 3.x): global and commit options from apk(8), per-command options from apk-add(8) and the others. */
final class ApkSpecs {
    private ApkSpecs() {
    }

    static List<ToolSpec> all() {
        return List.of(apk());
    }

    static ToolSpec apk() {
        CommandSpec root = CommandSpec.builder("apk")
                .flags("-f --force", "-i --interactive", "--no-interactive", "-q --quiet", "-U --update-cache",
                        "-v --verbose", "-V --version", "-h --help", "--allow-untrusted", "--force-binary-stdout",
                        "--force-broken-world", "--force-missing-repositories", "--force-non-repository",
                        "--force-old-apk", "--force-overwrite", "--force-refresh", "--no-cache", "--no-check-certificate",
                        "--no-logfile", "--no-network", "--no-progress", "--progress", "--print-arch", "--purge",
                        "--preserve-env", "--cache-packages", "--cache-predownload", "--legacy-info", "--no-legacy-info",
                        "-s --simulate", "--clean-protected", "--overlay-from-stdin", "--no-scripts", "--no-commit-hooks",
                        "--initramfs-diskless-boot", "--commit-hooks", "--scripts")
                .values("-p --root", "-X --repository", "--arch", "--cache-dir", "--cache-max-age", "--keys-dir",
                        "--progress-fd", "--repositories-file", "--repository-config", "--timeout", "--wait",
                        "--uvol-manager", "--from")
                .subcommands(
                        CommandSpec.builder("add").flags("--initdb", "-l --latest", "-u --upgrade", "--no-chown",
                                "--usermode").values("-t --virtual").build(),
                        CommandSpec.builder("del").flags("-r --rdepends").build(),
                        CommandSpec.builder("fix").flags("-d --depends", "-r --reinstall", "-u --upgrade", "-x --xattr",
                                "--directories").build(),
                        CommandSpec.builder("upgrade").flags("-a --available", "-l --latest", "--no-self-upgrade",
                                "--self-upgrade-only", "--prune").values("--ignore").build(),
                        CommandSpec.builder("cache").flags("--add-dependencies", "-a --available", "-l --latest",
                                "-u --upgrade", "-s --simulate").sub("clean", "download", "sync", "purge").build(),
                        CommandSpec.builder("fetch").flags("-l --link", "-R --recursive", "-s --stdout", "--simulate",
                                "--url", "-w --world").values("-o --output", "--built-after").build(),
                        CommandSpec.builder("index").flags("--no-warnings", "--merge", "--prune-origin")
                                .values("-o --output", "-x --index", "-d --description", "--rewrite-arch", "--source-date-epoch")
                                .build(),
                        CommandSpec.builder("info").flags("-a --all", "-d --description", "-e --installed",
                                "-L --contents", "-P --provides", "-r --rdepends", "-R --depends", "-s --size", "-w --webpage",
                                "--install-if", "--rinstall-if", "--license", "-t --triggers").values("-W --who-owns").build(),
                        CommandSpec.builder("search").flags("-a --all", "-d --description", "-e -x --exact", "-o --origin",
                                "-r --rdepends", "--has-origin").build(),
                        CommandSpec.builder("list").flags("-I --installed", "-O --orphaned", "-a --available",
                                "-u --upgradable --upgradeable", "-o --origin", "-d --depends", "-P --providers",
                                "--manifest").build(),
                        CommandSpec.builder("version").flags("-a --all", "-c --check", "-I --indexes", "-t --test")
                                .values("-l --limit").build())
                .sub("update", "dot", "policy", "stats", "audit", "verify", "manifest", "convdb", "convndx",
                        "mkndx", "mkpkg", "extract", "adbdump", "adbgen", "adbsign", "query")
                .build();
        return ToolSpec.builder("apk").root(root).abbreviations().build();
    }
}
