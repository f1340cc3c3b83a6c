package dev.dlint.command;

import java.util.List;

/**
 * Language build tools that fetch dependencies: go (cmd/go documentation, build flags shared by build, install, run,
 * test, get and list), cargo ({@code cargo help}), composer (getcomposer.org CLI reference), Maven ({@code mvn --help},
 * 3.9) and Gradle (gradle.org command-line reference).
 */
final class BuildSpecs {
    /** cmd/go's build flags. */
    private static final String[] GO_BUILD_FLAGS = {"-a", "-n", "-race", "-msan", "-asan", "-cover", "-v", "-work", "-x",
        "-linkshared", "-modcacherw", "-trimpath", "-json", "-buildvcs", "-i"};
    private static final String[] GO_BUILD_VALUES = {"-C", "-p", "-coverpkg", "-covermode", "-asmflags", "-buildmode",
        "-compiler", "-gccgoflags", "-gcflags", "-installsuffix", "-ldflags", "-mod", "-modfile", "-overlay", "-pgo",
        "-pkgdir", "-tags", "-toolexec", "-o", "-exec"};

    private BuildSpecs() {
    }

    static List<ToolSpec> all() {
        return List.of(go(), cargo(), composer(), maven(), gradle());
    }

    private static CommandSpec.Builder goBuild(String... names) {
        return CommandSpec.builder(names).flags(GO_BUILD_FLAGS).values(GO_BUILD_VALUES);
    }

    static ToolSpec go() {
        CommandSpec mod = CommandSpec.builder("mod")
                .subcommands(CommandSpec.builder("download").flags("-json", "-x", "-reuse").values("-modfile").build(),
                        CommandSpec.builder("tidy").flags("-e", "-v", "-x", "-diff").values("-go", "-compat").build(),
                        CommandSpec.builder("vendor").flags("-e", "-v").values("-o").build(),
                        CommandSpec.builder("edit").flags("-fmt", "-print", "-json").values("-module", "-go",
                                "-toolchain", "-require", "-droprequire", "-exclude", "-dropexclude", "-replace",
                                "-dropreplace", "-retract", "-dropretract", "-tool", "-droptool", "-godebug",
                                "-dropgodebug").build())
                .sub("graph", "init", "verify", "why")
                .build();
        CommandSpec root = CommandSpec.builder("go")
                .subcommands(goBuild("build").build(), goBuild("install").build(),
                        goBuild("get").flags("-d", "-t", "-u", "-f", "-fix", "-insecure", "-tool").build(),
                        goBuild("run").stopAtFirstOperand().build(),
                        goBuild("test").flags("-c", "-failfast", "-short", "-benchmem", "-fullpath")
                                .values("-run", "-bench", "-count", "-timeout", "-cpu", "-parallel", "-coverprofile",
                                        "-benchtime", "-skip", "-shuffle", "-list", "-fuzz", "-fuzztime",
                                        "-cpuprofile", "-memprofile", "-outputdir", "-vet")
                                .option(OptionSpec.of("-args", Arity.NONE).endingOptions()).build(),
                        goBuild("list").flags("-e", "-m", "-u", "-versions", "-retracted", "-deps", "-test",
                                "-find", "-compiled", "-export").values("-f", "-reuse").build(),
                        goBuild("vet").build(),
                        CommandSpec.builder("clean").flags("-i", "-r", "-n", "-x", "-cache", "-modcache", "-testcache",
                                "-fuzzcache").build(),
                        CommandSpec.builder("env").flags("-json", "-changed").values("-w", "-u").build(),
                        CommandSpec.builder("generate").flags("-n", "-v", "-x").values("-run", "-skip").build(),
                        CommandSpec.builder("work").sub("init", "use", "edit", "sync", "vendor").build(),
                        CommandSpec.builder("tool").stopAtFirstOperand().build(),
                        mod)
                .sub("bug", "doc", "fix", "fmt", "help", "telemetry", "version")
                .build();
        return ToolSpec.builder("go").style(ParseStyle.SINGLE_DASH).root(root).build();
    }

    static ToolSpec cargo() {
        String[] targetValues = {"-p --package", "--exclude", "--bin", "--example", "--test", "--bench", "-F --features",
            "--target", "--target-dir", "--profile", "-j --jobs", "--manifest-path", "--message-format",
            "--artifact-dir --out-dir", "--lockfile-path"};
        String[] targetFlags = {"-r --release", "--workspace --all", "--lib", "--bins", "--examples", "--tests",
            "--benches", "--all-targets", "--all-features", "--no-default-features", "--keep-going",
            "--future-incompat-report", "--ignore-rust-version", "--build-plan", "--unit-graph"};
        CommandSpec root = CommandSpec.builder("cargo")
                .flags("-V --version", "--list", "-v --verbose", "-q --quiet", "--locked", "--offline", "--frozen",
                        "-h --help")
                .values("--explain", "--color", "-C", "--config", "-Z")
                .optionalValues("--timings")
                .subcommands(
                        CommandSpec.builder("install").flags("--list", "-f --force", "--no-track", "--bins", "--examples",
                                "--all-features", "--no-default-features", "--debug", "--ignore-rust-version", "--dry-run")
                                .values("--version --vers", "--git", "--branch", "--tag", "--rev", "--path", "--bin",
                                        "--example", "--root", "--registry", "--index", "-j --jobs", "-F --features",
                                        "--profile", "--target", "--target-dir", "--message-format").build(),
                        CommandSpec.builder("build", "b").flags(targetFlags).values(targetValues).build(),
                        CommandSpec.builder("check", "c").flags(targetFlags).values(targetValues).build(),
                        CommandSpec.builder("test", "t").flags(targetFlags).flags("--no-run", "--no-fail-fast", "--doc")
                                .values(targetValues).build(),
                        CommandSpec.builder("run", "r").flags(targetFlags).values(targetValues).build(),
                        CommandSpec.builder("fetch").values("--target", "--manifest-path").build(),
                        CommandSpec.builder("clean").flags("-r --release", "--doc", "-n --dry-run")
                                .values("-p --package", "--target", "--target-dir", "--profile", "--manifest-path")
                                .build(),
                        CommandSpec.builder("uninstall").values("-p --package", "--bin", "--root").build(),
                        CommandSpec.builder("update").flags("-w --workspace", "--recursive", "--aggressive", "--dry-run",
                                "--breaking").values("-p --package", "--precise", "--manifest-path").build(),
                        CommandSpec.builder("chef").subcommands(
                                CommandSpec.builder("prepare").values("--recipe-path", "--bin").build(),
                                CommandSpec.builder("cook").flags(targetFlags).flags("--no-std", "--check", "--zigbuild",
                                        "--no-build", "--verbose").values(targetValues).values("--recipe-path")
                                        .build()).build())
                .sub("bench", "doc d", "new", "init", "add", "remove rm", "search", "publish", "vendor",
                        "generate-lockfile", "tree", "fmt", "clippy", "metadata", "package", "login", "logout", "yank",
                        "owner", "fix", "rustc", "rustdoc", "locate-project", "pkgid", "verify-project", "version",
                        "report", "info", "help", "auditable", "audit", "binstall", "nextest", "make")
                .build();
        return ToolSpec.builder("cargo").root(root).build();
    }

    static ToolSpec composer() {
        String[] installFlags = {"--prefer-source", "--prefer-dist", "--dry-run", "--download-only", "--dev",
            "--no-suggest", "--no-dev", "--no-autoloader", "--no-progress", "--no-install", "--audit", "--no-audit",
            "-o --optimize-autoloader", "-a --classmap-authoritative", "--apcu-autoloader", "--ignore-platform-reqs",
            "--strict-psr-autoloader", "--update-no-dev", "-w --update-with-dependencies",
            "-W --update-with-all-dependencies", "--with-dependencies", "--with-all-dependencies", "--prefer-stable",
            "--prefer-lowest", "--minimal-changes", "--sort-packages", "--fixed", "--no-update", "--lock",
            "--interactive -i", "--root-reqs", "--patch-only", "--bump-after-update"};
        String[] installValues = {"--prefer-install", "--audit-format", "--apcu-autoloader-prefix",
            "--ignore-platform-req", "--with"};
        CommandSpec root = CommandSpec.builder("composer")
                .flags("-h --help", "-q --quiet", "-V --version", "--ansi", "--no-ansi", "-n --no-interaction",
                        "--profile", "--no-plugins", "--no-scripts", "--no-cache", "-v --verbose")
                .values("-d --working-dir")
                .subcommands(level("install i", installFlags, installValues),
                        level("require r", installFlags, installValues),
                        level("update u upgrade", installFlags, installValues),
                        level("remove rm uninstall", installFlags, installValues),
                        level("create-project", installFlags, installValues),
                        level("reinstall", installFlags, installValues),
                        CommandSpec.builder("global").sub("require", "update", "remove", "install", "config").build(),
                        CommandSpec.builder("dump-autoload", "dumpautoload").flags("-o --optimize",
                                "-a --classmap-authoritative", "--apcu", "--dev", "--no-dev", "--strict-psr",
                                "--strict-ambiguous", "--dry-run").values("--apcu-prefix",
                                "--ignore-platform-req").build(),
                        CommandSpec.builder("config").flags("-g --global", "-e --editor", "--auth", "--unset", "-l --list",
                                "--absolute", "-j --json", "--merge", "--append", "--source").values("-f --file").build(),
                        CommandSpec.builder("self-update", "selfupdate").flags("-r --rollback", "--clean-backups",
                                "--no-progress", "--update-keys", "--stable", "--preview", "--snapshot", "--1", "--2",
                                "--2.2", "--set-channel-only").build())
                .sub("clear-cache clearcache cc", "show info", "outdated", "validate", "diagnose", "run-script run",
                        "exec", "archive", "depends why", "prohibits why-not", "licenses", "search", "fund", "status",
                        "suggests", "check-platform-reqs", "audit", "bump", "init", "about", "browse home", "help", "list",
                        "repository repo")
                .build();
        return ToolSpec.builder("composer").names("composer.phar").root(root).build();
    }

    private static CommandSpec level(String names, String[] flags, String[] values) {
        return CommandSpec.builder(names.split(" ")).flags(flags).values(values).build();
    }

    static ToolSpec maven() {
        CommandSpec root = CommandSpec.builder("mvn")
                .flags("-am --also-make", "-amd --also-make-dependents", "-B --batch-mode", "-C --strict-checksums",
                        "-c --lax-checksums", "-cpu --check-plugin-updates", "-e --errors", "-fae --fail-at-end",
                        "-ff --fail-fast", "-fn --fail-never", "-h --help", "-llr --legacy-local-repository",
                        "-N --non-recursive", "-npr --no-plugin-registry", "-npu --no-plugin-updates",
                        "-nsu --no-snapshot-updates", "-ntp --no-transfer-progress", "-o --offline", "-q --quiet",
                        "-U --update-snapshots", "-up --update-plugins", "-v --version", "-V --show-version",
                        "-X --debug", "--color", "-itr --ignore-transitive-repositories")
                .values("-b --builder", "-D --define", "-emp --encrypt-master-password", "-ep --encrypt-password",
                        "-f --file", "-gs --global-settings", "-gt --global-toolchains", "-l --log-file",
                        "-P --activate-profiles", "-pl --projects", "-rf --resume-from", "-s --settings",
                        "-t --toolchains", "-T --threads")
                .build();
        return ToolSpec.builder("mvn").names("mvnw", "mvnd").style(ParseStyle.WHOLE_WORD).root(root).build();
    }

    static ToolSpec gradle() {
        CommandSpec root = CommandSpec.builder("gradle")
                .flags("-? -h --help", "-a --no-rebuild", "--build-cache", "--no-build-cache", "--configuration-cache",
                        "--no-configuration-cache", "--configure-on-demand", "--no-configure-on-demand", "--continue",
                        "-d --debug", "--daemon", "--no-daemon", "--export-keys", "--foreground", "-i --info",
                        "-m --dry-run", "--offline", "--parallel", "--no-parallel", "--profile", "-q --quiet",
                        "--refresh-keys", "--refresh-dependencies -U", "--rerun-tasks", "-S --full-stacktrace",
                        "-s --stacktrace", "--scan", "--no-scan", "--status", "--stop", "-t --continuous",
                        "-v --version", "-w --warn", "--watch-fs", "--no-watch-fs", "--write-locks", "--rerun",
                        "--problems-report", "--no-problems-report", "--task-graph", "--property-upgrade-report")
                .values("-b --build-file", "-c --settings-file", "--console", "-D --system-prop",
                        "-F --dependency-verification", "-g --gradle-user-home", "-I --init-script", "--include-build",
                        "-M --write-verification-metadata", "--max-workers", "-P --project-prop", "-p --project-dir",
                        "--priority", "--project-cache-dir", "--update-locks", "--warning-mode", "-x --exclude-task",
                        "--configuration-cache-problems")
                .build();
        return ToolSpec.builder("gradle").names("gradlew").style(ParseStyle.WHOLE_WORD).root(root).build();
    }
}
