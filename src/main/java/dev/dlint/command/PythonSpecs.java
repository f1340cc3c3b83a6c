package dev.dlint.command;

import java.util.List;
import java.util.Map;

/**
 * Python tools: pip (pip 23–25, {@code pip <command> --help}) run as {@code pip}, {@code pip3}, {@code pip3.12},
 * {@code python3 -m pip} or {@code uv pip}; the python interpreter's own options (python(1)); pipx, uv, poetry and pipenv
 * from their command references.
 */
final class PythonSpecs {
    /** pip's general options, valid before and after the subcommand. */
    private static final String[] PIP_GENERAL_FLAGS = {"-h --help", "--debug", "--isolated", "--require-virtualenv",
        "-v --verbose", "-V --version", "-q --quiet", "--no-input", "--no-cache-dir", "--disable-pip-version-check",
        "--no-color", "--no-python-version-warning"};
    private static final String[] PIP_GENERAL_VALUES = {"--python", "--log --log-file --local-log", "--keyring-provider",
        "--proxy", "--retries", "--resume-retries", "--timeout --default-timeout", "--exists-action", "--trusted-host",
        "--cert", "--client-cert", "--cache-dir", "--use-feature", "--use-deprecated"};
    /** Options of the commands that resolve packages: install, download, wheel. */
    private static final String[] PIP_RESOLVE_VALUES = {"-r --requirement", "-c --constraint", "-e --editable",
        "--platform", "--python-version", "--implementation", "--abi", "--src --source --source-dir --source-directory",
        "--upgrade-strategy", "-C --config-settings", "--global-option", "--build-option", "--install-option",
        "--no-binary", "--only-binary", "--progress-bar", "-i --index-url", "--extra-index-url", "-f --find-links",
        "--group", "--uploaded-prior-to", "--all-releases", "--only-final", "--build-constraint", "-b --build",
        "--download-cache"};
    private static final String[] PIP_RESOLVE_FLAGS = {"--no-deps", "--pre", "--dry-run", "--no-build-isolation",
        "--use-pep517", "--no-use-pep517", "--check-build-dependencies", "--prefer-binary", "--require-hashes",
        "--no-clean", "--no-index", "--ignore-requires-python"};

    private PythonSpecs() {
    }

    static List<ToolSpec> all() {
        ToolSpec pip = pip();
        return List.of(pip, python(pip), pipx(), uv(), poetry(), pipenv());
    }

    private static CommandSpec.Builder pipRoot(String name) {
        return CommandSpec.builder(name).flags(PIP_GENERAL_FLAGS).values(PIP_GENERAL_VALUES)
                .subcommands(
                        CommandSpec.builder("install").values(PIP_RESOLVE_VALUES).flags(PIP_RESOLVE_FLAGS)
                                .flags("--user", "-U --upgrade", "--force-reinstall", "-I --ignore-installed",
                                        "--break-system-packages", "--compile", "--no-compile", "--no-warn-script-location",
                                        "--no-warn-conflicts", "--egg", "--no-binary-all")
                                .values("-t --target", "--root", "--prefix", "--root-user-action", "--report")
                                .build(),
                        CommandSpec.builder("download").values(PIP_RESOLVE_VALUES).flags(PIP_RESOLVE_FLAGS)
                                .values("-d --dest --destination-dir --destination-directory").build(),
                        CommandSpec.builder("wheel").values(PIP_RESOLVE_VALUES).flags(PIP_RESOLVE_FLAGS)
                                .values("-w --wheel-dir").build(),
                        CommandSpec.builder("uninstall").flags("-y --yes", "--break-system-packages")
                                .values("-r --requirement", "--root-user-action").build(),
                        CommandSpec.builder("cache").values("--format").sub("dir", "info", "list", "remove", "purge")
                                .build(),
                        CommandSpec.builder("freeze").flags("-l --local", "--user", "--all", "--exclude-editable")
                                .values("-r --requirement", "--path", "--exclude").build(),
                        CommandSpec.builder("list").flags("-o --outdated", "-u --uptodate", "-e --editable", "-l --local",
                                "--user", "--pre", "--not-required", "--exclude-editable", "--include-editable",
                                "--no-index").values("--path", "--format", "--exclude", "-i --index-url",
                                "--extra-index-url", "-f --find-links").build(),
                        CommandSpec.builder("config").flags("--global", "--user", "--site").values("--editor")
                                .sub("list", "edit", "get", "set", "unset", "debug").build())
                .sub("inspect", "show", "check", "hash", "completion", "debug", "help", "search", "index", "lock");
    }

    static ToolSpec pip() {
        return ToolSpec.builder("pip").names("pip3", "pip2").namePattern("pip[23](\\.[0-9]+)?")
                .root(pipRoot("pip").build()).abbreviations().build();
    }

    /** {@code uv pip}: pip's command line as uv reads it, with uv's global options and its own spellings. */
    static ToolSpec uvPip() {
        CommandSpec.Builder root = pipRoot("pip");
        root.flags("--system", "--no-system", "-n --no-cache", "--native-tls", "--offline", "--no-progress",
                        "--no-config", "--strict", "--all-extras", "--reinstall", "--refresh", "--no-build",
                        "--no-sources", "--compile-bytecode", "--no-verify-hashes", "--exact", "--managed-python",
                        "--no-managed-python", "--no-python-downloads", "--preview")
                .values("--color", "--config-file", "--directory", "--project", "--allow-insecure-host", "--extra",
                        "-P --upgrade-package", "--reinstall-package", "--refresh-package", "--no-build-isolation-package",
                        "--index", "--default-index", "--index-strategy", "--resolution", "--prerelease",
                        "--fork-strategy", "--exclude-newer", "--link-mode", "--python-platform", "--python-preference",
                        "--overrides", "--build-constraints", "--torch-backend", "-p")
                .sub("sync", "compile", "tree");
        return ToolSpec.builder("pip").root(root.build()).build();
    }

    static ToolSpec python(ToolSpec pip) {
        Map<String, ToolSpec> modules = Map.of("pip", pip, "pip3", pip, "pipx", pipx(), "uv", uv());
        CommandSpec root = CommandSpec.builder("python")
                .flags("-b", "-B", "-d", "-E", "-h -? --help", "--help-env", "--help-xoptions", "--help-all", "-i", "-I",
                        "-O", "-P", "-q", "-s", "-S", "-u", "-v", "-V --version", "-x", "-R", "-3")
                .values("-W", "-X", "--check-hash-based-pycs")
                .option(OptionSpec.of("-c", Arity.REQUIRED).endingOptions())
                .option(OptionSpec.of("-m", Arity.REQUIRED).endingOptions().delegating(modules))
                .stopAtFirstOperand()
                .build();
        return ToolSpec.builder("python").names("python3", "python2", "pypy", "pypy3")
                .namePattern("python[23](\\.[0-9]+)?").namePattern("pypy[23](\\.[0-9]+)?").root(root).build();
    }

    static ToolSpec pipx() {
        String[] venvValues = {"--python", "--pip-args", "-i --index-url", "--preinstall", "--backend"};
        CommandSpec root = CommandSpec.builder("pipx")
                .flags("-h --help", "--version", "-q --quiet", "-v --verbose", "--global")
                .subcommands(
                        CommandSpec.builder("install").flags("--include-deps", "-f --force", "--system-site-packages",
                                "-e --editable", "--fetch-missing-python").values(venvValues).values("--suffix")
                                .build(),
                        CommandSpec.builder("inject").flags("--include-apps", "--include-deps", "--system-site-packages",
                                "-e --editable", "-f --force", "--with-suffix").values(venvValues)
                                .values("-r --requirement").build(),
                        CommandSpec.builder("upgrade").flags("--include-injected", "--system-site-packages",
                                "-e --editable", "--install", "--force").values(venvValues).build(),
                        CommandSpec.builder("upgrade-all").flags("--include-injected", "--skip").values(venvValues)
                                .build(),
                        CommandSpec.builder("run").flags("--no-cache", "--path", "--pypackages", "--system-site-packages",
                                "--fetch-missing-python").values(venvValues).values("--spec").stopAtFirstOperand().build(),
                        CommandSpec.builder("runpip").stopAtFirstOperand().build(),
                        CommandSpec.builder("reinstall").values("--python").build(),
                        CommandSpec.builder("reinstall-all").values("--python", "--skip").build(),
                        CommandSpec.builder("uninstall-all").build(),
                        CommandSpec.builder("ensurepath").flags("--force", "--prepend").build())
                .sub("uninstall", "list", "environment", "completions", "interpreter", "upgrade-shared", "pin", "unpin")
                .build();
        return ToolSpec.builder("pipx").root(root).build();
    }

    static ToolSpec uv() {
        String[] resolveValues = {"--extra", "--group", "--no-group", "--only-group", "--package", "--index",
            "--default-index", "-i --index-url", "--extra-index-url", "-f --find-links", "--index-strategy",
            "--keyring-provider", "--resolution", "--prerelease", "--fork-strategy", "--exclude-newer", "-C --config-setting",
            "--link-mode", "-P --upgrade-package", "--reinstall-package", "--refresh-package", "--no-binary-package",
            "--no-build-package", "--no-build-isolation-package", "-p --python", "--no-install-package", "--python-platform",
            "--script", "--optional", "--rev", "--tag", "--branch", "-r --requirements", "--marker -m", "--with",
            "--with-editable", "--with-requirements", "--env-file", "--from", "-c --constraints", "--overrides",
            "--output-file -o", "--format", "--bounds", "--workspace", "--prune"};
        String[] resolveFlags = {"--all-extras", "--no-extra", "--dev", "--no-dev", "--only-dev", "--all-groups",
            "--no-default-groups", "--no-editable", "--inexact", "--exact", "--active", "--no-active",
            "--no-install-project", "--no-install-workspace", "--no-install-local", "--locked", "--frozen", "--all-packages",
            "--compile-bytecode", "-U --upgrade", "--reinstall", "--refresh", "--no-build-isolation", "--no-build",
            "--no-binary", "--no-sources", "--no-index", "--no-sync", "--raw", "--editable", "--check", "--dry-run",
            "--isolated", "--no-project", "--system", "--break-system-packages", "--pre", "--force", "--no-deps"};
        CommandSpec.Builder root = CommandSpec.builder("uv")
                .flags("-q --quiet", "-v --verbose", "--native-tls", "--offline", "--no-progress", "--no-config",
                        "-n --no-cache", "--no-python-downloads", "--managed-python", "--no-managed-python", "--preview",
                        "--no-preview", "-h --help", "-V --version")
                .values("--color", "--config-file", "--cache-dir", "--directory", "--project", "--allow-insecure-host",
                        "--python-preference")
                .subcommands(CommandSpec.builder("pip").delegateTo(uvPip()).build(),
                        level("add", resolveFlags, resolveValues), level("remove", resolveFlags, resolveValues),
                        level("sync", resolveFlags, resolveValues), level("lock", resolveFlags, resolveValues),
                        level("export", resolveFlags, resolveValues), level("tree", resolveFlags, resolveValues),
                        level("venv", resolveFlags, resolveValues), level("build", resolveFlags, resolveValues),
                        CommandSpec.builder("run").flags(resolveFlags).values(resolveValues).stopAtFirstOperand().build(),
                        CommandSpec.builder("tool")
                                .subcommands(level("install", resolveFlags, resolveValues),
                                        level("upgrade", resolveFlags, resolveValues),
                                        CommandSpec.builder("run").flags(resolveFlags).values(resolveValues)
                                                .stopAtFirstOperand().build())
                                .sub("uninstall", "list", "dir", "update-shell").build(),
                        CommandSpec.builder("python").flags("--force", "--default", "--reinstall", "--all-versions",
                                        "--only-installed")
                                .sub("install", "uninstall", "list", "find", "pin", "dir", "upgrade").build(),
                        CommandSpec.builder("cache").flags("--force").sub("clean", "prune", "dir", "size").build(),
                        CommandSpec.builder("self").sub("update", "version").build())
                .sub("init", "publish", "version", "help", "generate-shell-completion")
                .stopAtFirstOperand();
        return ToolSpec.builder("uv").root(root.build()).build();
    }

    private static CommandSpec level(String name, String[] flags, String[] values) {
        return CommandSpec.builder(name).flags(flags).values(values).build();
    }

    static ToolSpec poetry() {
        String[] groups = {"--without", "--with", "--only", "-E --extras"};
        CommandSpec root = CommandSpec.builder("poetry")
                .flags("-h --help", "-q --quiet", "-V --version", "--ansi", "--no-ansi", "-n --no-interaction",
                        "--no-plugins", "--no-cache", "-v --verbose")
                .values("-C --directory", "-P --project")
                .subcommands(
                        CommandSpec.builder("install").values(groups).flags("--no-root", "--no-directory", "--sync",
                                "--dry-run", "--all-extras", "--all-groups", "--only-root", "--compile", "--no-dev").build(),
                        CommandSpec.builder("add").values("-G --group", "-E --extras", "--python", "--platform",
                                "--source", "--markers").flags("-D --dev", "-e --editable", "--optional",
                                "--allow-prereleases", "--dry-run", "--lock").build(),
                        CommandSpec.builder("remove").values("-G --group").flags("-D --dev", "--dry-run", "--lock").build(),
                        CommandSpec.builder("update").values(groups).flags("--no-dev", "--dry-run", "--lock", "--sync")
                                .build(),
                        CommandSpec.builder("sync").values(groups).flags("--no-root", "--no-directory", "--dry-run",
                                "--all-extras", "--all-groups", "--only-root", "--compile").build(),
                        CommandSpec.builder("lock").flags("--no-update", "--regenerate", "--check").build(),
                        CommandSpec.builder("export").values(groups).values("-f --format", "-o --output")
                                .flags("--without-hashes", "--without-urls", "--with-credentials", "--all-extras",
                                        "--all-groups", "--dev").build(),
                        CommandSpec.builder("build").values("-f --format", "-o --output", "--config-settings")
                                .flags("--clean").build(),
                        CommandSpec.builder("config").flags("--list", "--unset", "--local", "--migrate").build(),
                        CommandSpec.builder("cache").sub("list").subcommands(CommandSpec.builder("clear")
                                .flags("--all", "-n --no-interaction").build()).build(),
                        CommandSpec.builder("run").stopAtFirstOperand().build(),
                        CommandSpec.builder("self").sub("install", "update", "add", "remove", "show", "lock", "sync")
                                .build(),
                        CommandSpec.builder("env").sub("use", "info", "list", "remove", "activate").build())
                .sub("shell", "publish", "version", "show", "check", "init", "new", "search", "source", "debug", "about",
                        "list", "help")
                .build();
        return ToolSpec.builder("poetry").root(root).build();
    }

    static ToolSpec pipenv() {
        String[] installValues = {"--python", "--categories", "-r --requirements", "--extra-pip-args", "-i --index",
            "--pypi-mirror"};
        String[] installFlags = {"-d --dev", "--system", "--deploy", "--ignore-pipfile", "--skip-lock", "--pre",
            "--three", "--two", "--sequential", "--selective-upgrade", "-e --editable", "--keep-outdated",
            "--outdated", "--dry-run", "--verbose", "-v", "--clear"};
        CommandSpec root = CommandSpec.builder("pipenv")
                .flags("--where", "--venv", "--py", "--envs", "--rm", "--bare", "--man", "--support", "--site-packages",
                        "--clear", "-q --quiet", "-v --verbose", "--version", "-h --help")
                .values("--python")
                .subcommands(level("install", installFlags, installValues), level("sync", installFlags, installValues),
                        level("lock", installFlags, installValues), level("update", installFlags, installValues),
                        level("upgrade", installFlags, installValues), level("uninstall", installFlags, installValues),
                        CommandSpec.builder("run").stopAtFirstOperand().build())
                .sub("shell", "clean", "graph", "requirements", "check", "scan", "verify", "open")
                .build();
        return ToolSpec.builder("pipenv").root(root).build();
    }
}
