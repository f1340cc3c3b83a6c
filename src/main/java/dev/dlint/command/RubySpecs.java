package dev.dlint.command;

import java.util.List;

/** Ruby's gem (RubyGems 3, {@code gem help install}) and bundle (Bundler 2, bundle-install(1), bundle-config(1)). */
final class RubySpecs {
    private RubySpecs() {
    }

    static List<ToolSpec> all() {
        return List.of(gem(), bundle());
    }

    static ToolSpec gem() {
        CommandSpec install = CommandSpec.builder("install", "i")
                .flags("--prerelease", "--no-prerelease", "--vendor", "-N --no-document", "--no-ri", "--no-rdoc",
                        "--ri", "--rdoc", "-E --env-shebang", "--no-env-shebang", "-f --force", "--no-force",
                        "-w --wrappers", "--no-wrappers", "--ignore-dependencies", "--format-executable",
                        "--no-format-executable", "--user-install", "--no-user-install", "--development",
                        "--development-all", "--conservative", "--minimal-deps", "--post-install-message",
                        "--no-post-install-message", "--default", "--explain", "--lock", "--no-lock", "--suggestions",
                        "--no-suggestions", "-l --local", "-r --remote", "-b --both", "--clear-sources", "--no-http-proxy")
                .values("--platform", "-v --version", "-i --install-dir", "-n --bindir", "--build-root", "-P --trust-policy",
                        "--without", "-B --bulk-threshold", "-s --source", "--target-rbconfig")
                .optionalValues("--document", "-g --file", "-p --http-proxy")
                .build();
        CommandSpec root = CommandSpec.builder("gem")
                .flags("-h --help", "-V --verbose", "--no-verbose", "-q --quiet", "--silent", "--backtrace", "--debug",
                        "--norc", "-v --version")
                .values("--config-file")
                .subcommands(install,
                        CommandSpec.builder("update").flags("--system", "--prerelease", "-N --no-document",
                                "--no-ri", "--no-rdoc", "-f --force", "--user-install").values("--platform",
                                "-i --install-dir", "-n --bindir", "-s --source").optionalValues("--document").build(),
                        CommandSpec.builder("uninstall").flags("-a --all", "-I --ignore-dependencies", "-x --executables",
                                "--force", "--user-install", "--abort-on-dependent").values("-v --version",
                                "-i --install-dir", "-n --bindir", "--platform").build(),
                        CommandSpec.builder("sources").flags("-l --list", "-c --clear-all", "-u --update", "-f --force")
                                .values("-a --add", "-r --remove", "-p --http-proxy").build(),
                        CommandSpec.builder("cleanup").flags("-n -d --dry-run", "--check-development", "--user-install")
                                .build())
                .sub("build", "cert", "check", "contents", "dependency", "environment", "fetch", "help", "info", "list",
                        "lock", "mirror", "open", "outdated", "owner", "pristine", "push", "query", "rdoc", "search",
                        "server", "signin", "signout", "specification", "stale", "unpack", "which", "yank", "exec",
                        "rebuild")
                .build();
        return ToolSpec.builder("gem").root(root).build();
    }

    static ToolSpec bundle() {
        CommandSpec install = CommandSpec.builder("install")
                .flags("--clean", "--deployment", "--frozen", "--full-index", "--local", "--no-cache", "--no-prune",
                        "--quiet", "--system", "--redownload --force", "--prefer-local", "--no-binstubs")
                .values("--gemfile", "-j --jobs", "--path", "--retry", "--shebang", "--trust-policy", "--target-rbconfig")
                .lists("--with", "--without")
                .optionalValues("--binstubs", "--standalone")
                .build();
        CommandSpec config = CommandSpec.builder("config")
                .flags("--local", "--global", "--delete", "--parseable")
                .sub("set", "get", "unset", "list")
                .build();
        CommandSpec root = CommandSpec.builder("bundle")
                .flags("--no-color", "-r --retry", "-V --verbose", "-h --help", "-v --version")
                .subcommands(install, config,
                        CommandSpec.builder("update").flags("--all", "--local", "--conservative", "--patch", "--minor",
                                "--major", "--strict", "--bundler", "--full-index", "--quiet", "--redownload --force")
                                .values("-g --group", "--source", "-j --jobs", "--retry").build(),
                        CommandSpec.builder("exec").stopAtFirstOperand().build(),
                        CommandSpec.builder("cache", "package", "pack").flags("--all", "--all-platforms", "--no-install",
                                "--no-prune", "--quiet", "--frozen").values("--cache-path", "--gemfile", "--path").build(),
                        CommandSpec.builder("add").flags("--skip-install", "--strict", "--optimistic", "--quiet")
                                .values("-v --version", "-g --group", "-s --source", "--require", "--path", "--git",
                                        "--github", "--branch", "--ref", "--glob").build(),
                        CommandSpec.builder("clean").flags("--dry-run", "--force").build())
                .sub("binstubs", "check", "console", "doctor", "gem", "info", "init", "inject", "licenses", "list",
                        "lock", "open", "outdated", "platform", "plugin", "pristine", "remove", "show", "version", "viz",
                        "help", "fund")
                .build();
        return ToolSpec.builder("bundle").names("bundler").root(root).build();
    }
}
