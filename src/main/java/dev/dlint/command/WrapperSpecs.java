package dev.dlint.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The wrappers {@link Invocations} looks through, with their options from their manuals (sudo(8), env(1), xargs(1),
 * nice(1), timeout(1), stdbuf(1), chroot(8), time(1), bash's {@code exec} and {@code command}, gosu, su-exec,
 * eatmydata(1), nohup(1)).
 */
final class WrapperSpecs {
    private WrapperSpecs() {
    }

    static List<WrapperSpec> all() {
        return List.of(
                wrapper(CommandSpec.builder("sudo")
                        .flags("-A --askpass", "-b --background", "-B --bell", "-E --preserve-env", "-e --edit",
                                "-H --set-home", "-h --help", "-i --login", "-K --remove-timestamp", "-k --reset-timestamp",
                                "-l --list", "-N --no-update", "-n --non-interactive", "-P --preserve-groups", "-S --stdin",
                                "-s --shell", "-V --version", "-v --validate")
                        .values("-C --close-from", "-D --chdir", "-g --group", "--host", "-p --prompt", "-R --chroot",
                                "-r --role", "-t --type", "-T --command-timeout", "-U --other-user", "-u --user"),
                        0, true, false, "--edit", "--list", "--version", "--validate", "--remove-timestamp", "--help"),
                wrapper(CommandSpec.builder("env")
                        .flags("-i --ignore-environment", "-0 --null", "-v --debug", "--list-signal-handling", "--help",
                                "--version")
                        .values("-u --unset", "-C --chdir", "-S --split-string")
                        .optionalValues("--block-signal", "--default-signal", "--ignore-signal"),
                        0, true, false, "--split-string", "--help", "--version"),
                wrapper(CommandSpec.builder("exec").flags("-c", "-l").values("-a"), 0, false, false),
                wrapper(CommandSpec.builder("command").flags("-p", "-v", "-V"), 0, false, false, "-v", "-V"),
                wrapper(CommandSpec.builder("nice").values("-n --adjustment").flags("--help", "--version"),
                        0, false, false, "--help", "--version"),
                wrapper(CommandSpec.builder("nohup").flags("--help", "--version"), 0, false, false, "--help", "--version"),
                wrapper(CommandSpec.builder("time")
                        .flags("-p --portability", "-a --append", "-v --verbose", "-q --quiet", "--help", "-V --version")
                        .values("-f --format", "-o --output"),
                        0, false, false, "--help", "-V"),
                wrapper(CommandSpec.builder("xargs")
                        .flags("-0 --null", "-o --open-tty", "-p --interactive", "-r --no-run-if-empty", "--show-limits",
                                "-t --verbose", "-x --exit", "--help", "--version")
                        .values("-a --arg-file", "-d --delimiter", "-E", "-I", "-L --max-lines", "-n --max-args",
                                "-P --max-procs", "--process-slot-var", "-s --max-chars")
                        .optionalValues("-e --eof", "-i --replace", "-l"),
                        0, false, true, "--help", "--version", "--show-limits"),
                wrapper(CommandSpec.builder("gosu").flags("--help", "-h", "--version", "-v"), 1, false, false),
                wrapper(CommandSpec.builder("su-exec"), 1, false, false),
                wrapper(CommandSpec.builder("chroot").flags("--skip-chdir", "--help", "--version")
                        .values("--groups", "--userspec"), 1, false, false, "--help", "--version"),
                wrapper(CommandSpec.builder("eatmydata").flags("--help", "--version"), 0, false, false),
                wrapper(CommandSpec.builder("stdbuf").values("-i --input", "-o --output", "-e --error")
                        .flags("--help", "--version"), 0, false, false, "--help", "--version"),
                wrapper(CommandSpec.builder("timeout")
                        .flags("--preserve-status", "--foreground", "-v --verbose", "--help", "--version")
                        .values("-k --kill-after", "-s --signal"),
                        1, false, false, "--help", "--version"));
    }

    private static WrapperSpec wrapper(CommandSpec.Builder root, int leading, boolean assignments, boolean stdin,
                                       String... nonWrapping) {
        CommandSpec level = root.stopAtFirstOperand().build();
        ToolSpec tool = ToolSpec.builder(level.name()).root(level).abbreviations().build();
        Set<String> canonical = new HashSet<>();
        for (String spelling : nonWrapping) {
            canonical.add(level.option(spelling).map(OptionSpec::name)
                    .orElseThrow(() -> new IllegalArgumentException(level.name() + " has no option " + spelling)));
        }
        return new WrapperSpec(tool, leading, assignments, stdin, canonical);
    }
}
