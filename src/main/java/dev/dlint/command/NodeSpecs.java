package dev.dlint.command;

import java.util.List;

/**
 * JavaScript package managers: npm (npm 10 config options and command aliases, npm-install(1) and config(7)), Yarn 1
 * and Berry ({@code yarn help}, yarnpkg.com CLI reference) and pnpm (pnpm.io CLI reference).
 */
final class NodeSpecs {
    private NodeSpecs() {
    }

    static List<ToolSpec> all() {
        return List.of(npm(), yarn(), pnpm());
    }

    static ToolSpec npm() {
        CommandSpec root = CommandSpec.builder("npm")
                .flags("-g --global", "-S --save", "-D --save-dev", "-O --save-optional", "-E --save-exact",
                        "-P --save-prod", "--save-peer", "-B --save-bundle", "--no-save", "--production", "--dry-run",
                        "-f --force", "--legacy-peer-deps", "--strict-peer-deps", "--ignore-scripts", "--audit",
                        "--no-audit", "--fund", "--no-fund", "--prefer-offline", "--prefer-online", "--offline",
                        "--package-lock", "--no-package-lock", "--package-lock-only", "--no-optional", "-s --silent",
                        "-q --quiet", "--verbose", "-d", "--json", "-p --parseable", "-l --long", "--no-color",
                        "--progress", "--no-progress", "--unsafe-perm", "--no-bin-links", "--bin-links",
                        "--foreground-scripts", "--if-present", "-ws --workspaces", "--include-workspace-root",
                        "-y --yes", "--no", "--no-update-notifier", "--update-notifier", "--engine-strict",
                        "--global-style", "--legacy-bundling", "--prefer-dedupe", "--install-links", "--all", "-a",
                        "-h --help", "-v --version", "--usage", "--no-shrinkwrap")
                .values("--registry", "--cache", "-C --prefix", "--loglevel", "--userconfig", "--globalconfig", "--tag",
                        "--otp", "-w --workspace", "--scope", "--omit", "--include", "--install-strategy", "--save-prefix",
                        "--auth-type", "--cafile", "--ca", "--cert", "--key", "--proxy", "--https-proxy", "--noproxy",
                        "--fetch-retries", "--fetch-timeout", "--fetch-retry-mintimeout", "--fetch-retry-maxtimeout",
                        "--fetch-retry-factor", "--maxsockets", "--node-options", "--script-shell", "--shell",
                        "--init-module", "--access", "--only", "--also", "--location", "--lockfile-version", "--os",
                        "--cpu", "--libc", "--replace-registry-host", "--before", "-m --message", "--preid", "--depth",
                        "--pack-destination", "--sbom-format", "--sbom-type", "--userconfig-file", "--color",
                        "--logs-dir", "--logs-max", "--tmp", "--umask", "--user-agent", "--package", "-c --call",
                        "--expect-results", "--expect-result-count", "--audit-level", "--init-author-name",
                        "--init-license", "--init-version")
                .sub("install add i in ins inst insta instal isnt isnta isntal isntall",
                        "ci clean-install ic install-clean isntall-clean",
                        "uninstall unlink remove rm r un", "update up upgrade udpate",
                        "install-test it", "install-ci-test cit", "run run-script rum urn", "exec x", "init create innit",
                        "link ln", "list ls la ll", "test tst t", "start", "stop", "restart", "pack", "publish", "audit",
                        "fund", "prune", "dedupe ddp", "outdated", "view info show v", "version verison", "pkg", "doctor",
                        "rebuild rb", "explain why", "root", "prefix", "help", "login add-user adduser", "logout",
                        "whoami", "token", "owner", "team", "access", "search s se find", "star", "unstar", "stars",
                        "repo", "docs", "bugs", "edit", "explore", "query", "shrinkwrap", "sbom", "diff", "deprecate",
                        "dist-tag", "hook", "org", "ping", "profile", "unpublish", "set", "get", "completion", "bin")
                .subcommands(CommandSpec.builder("cache").sub("add", "clean clear rm", "ls", "verify", "npx").build(),
                        CommandSpec.builder("config", "c").sub("set", "get", "delete", "list", "edit", "fix").build())
                .build();
        return ToolSpec.builder("npm").root(root).abbreviations().build();
    }

    static ToolSpec yarn() {
        CommandSpec root = CommandSpec.builder("yarn")
                .flags("--check-files", "--emoji", "--no-emoji", "--frozen-lockfile", "--har", "--ignore-engines",
                        "--ignore-optional", "--ignore-platform", "--ignore-scripts", "--json", "--link-duplicates",
                        "--no-bin-links", "--no-default-rc", "--no-lockfile", "--no-node-version-check", "--no-progress",
                        "--non-interactive", "--offline", "--prefer-offline", "--production --prod", "--pure-lockfile",
                        "-s --silent", "--scripts-prepend-node-path", "--skip-integrity-check", "--strict-semver",
                        "--update-checksums", "-v --version", "--verbose", "-h --help", "--force", "--flat",
                        "--immutable", "--immutable-cache", "--check-cache", "--refresh-lockfile", "--inline-builds",
                        "-D --dev", "-P --peer", "-O --optional", "-E --exact", "-T --tilde", "--caret",
                        "-W --ignore-workspace-root-check", "--audit", "-A --all", "--mirror", "-i --interactive",
                        "--focus", "-R --recursive", "--cached", "--latest")
                .values("--cache-folder", "--cwd", "--global-folder", "--https-proxy", "--link-folder",
                        "--modules-folder", "--mutex", "--network-concurrency", "--network-timeout", "--otp",
                        "--preferred-cache-folder", "--proxy", "--registry", "--use-yarnrc", "--mode", "--pattern",
                        "--level", "--groups", "--production-only", "--scope", "--access", "--tag", "--new-version",
                        "--preid")
                .sub("add", "audit", "autoclean", "bin", "check", "create", "exec", "generate-lock-entry", "help",
                        "import", "info", "init", "install", "licenses", "link", "list", "login", "logout", "node",
                        "outdated", "owner", "pack", "policies", "publish", "remove", "run", "tag", "team", "unlink",
                        "unplug", "upgrade", "upgrade-interactive", "version", "versions", "why", "workspace",
                        "workspaces", "dlx", "up", "set", "plugin", "constraints", "explain", "npm", "patch",
                        "patch-commit", "rebuild", "stage", "dedupe", "prune")
                .subcommands(CommandSpec.builder("cache").sub("clean", "dir", "list").build(),
                        CommandSpec.builder("config").sub("set", "get", "delete", "list", "unset").build(),
                        CommandSpec.builder("global").sub("add", "bin", "list", "remove", "upgrade", "upgrade-interactive")
                                .build())
                .build();
        return ToolSpec.builder("yarn").names("yarnpkg").root(root).build();
    }

    static ToolSpec pnpm() {
        CommandSpec root = CommandSpec.builder("pnpm")
                .flags("-w --workspace-root", "-r --recursive", "--frozen-lockfile", "--no-frozen-lockfile",
                        "--prefer-offline", "--offline", "-P --prod --production", "-D --dev", "--no-optional",
                        "--lockfile-only", "--fix-lockfile", "--shamefully-hoist", "--ignore-scripts", "-E --save-exact",
                        "--save-peer", "-O --save-optional", "--save-prod", "--save-dev", "-g --global",
                        "--aggregate-output", "--color", "--no-color", "--stream", "--side-effects-cache", "--force",
                        "--ignore-workspace", "--include-workspace-root", "--use-stderr", "-s --silent", "--parallel",
                        "--sequential", "--if-present", "--no-bail", "--report-summary", "--json", "--long",
                        "--ignore-pnpmfile", "--dangerously-allow-all-builds", "-h --help", "-v --version", "--yes")
                .values("-C --dir", "-F --filter", "--store-dir", "--virtual-store-dir", "--reporter", "--loglevel",
                        "--registry", "--global-dir", "--workspace-concurrency", "--network-concurrency",
                        "--child-concurrency", "--package-import-method", "--node-linker", "--resolution-mode",
                        "--test-pattern", "--changed-files-ignore-pattern", "--resume-from", "--depth", "--lockfile-dir",
                        "--modules-dir", "--allow-build", "--filter-prod", "--cache-dir", "--config-dir", "--pnpmfile",
                        "--prod-only", "--reporter-hide-prefix")
                .sub("install i", "add", "remove rm uninstall un", "update up upgrade", "fetch", "install-test it",
                        "import", "link ln", "unlink", "prune", "rebuild rb", "run run-script", "exec", "dlx", "create",
                        "test t tst", "start", "publish", "pack", "audit", "list ls", "outdated", "why", "root", "bin",
                        "config c", "deploy", "patch", "patch-commit", "server", "licenses", "self-update", "setup",
                        "approve-builds", "ignored-builds", "init", "doctor")
                .subcommands(CommandSpec.builder("store").sub("add", "prune", "path", "status").build(),
                        CommandSpec.builder("cache").sub("list", "delete", "view", "list-registries").build(),
                        CommandSpec.builder("env").sub("use", "remove", "list", "add").build())
                .build();
        return ToolSpec.builder("pnpm").root(root).build();
    }
}
