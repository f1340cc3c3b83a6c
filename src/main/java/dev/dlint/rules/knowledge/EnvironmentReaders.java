package dev.dlint.rules.knowledge;

import dev.dlint.model.RunCommand;
import dev.dlint.model.RunInstruction;
import java.util.Set;

/**
 * Whether a RUN may read a build argument without naming it: BuildKit passes every declared ARG to RUN as an
 * environment variable, and a build script ({@code ./hack/make.sh}, {@code make}) may read {@code GIT_COMMIT} from
 * there. Only commands known not to read arbitrary variables (package managers, file and text utilities, the shell's
 * own built-ins) count as not reading it; anything else might.
 */
public final class EnvironmentReaders {

    private static final Set<String> KNOWN_NOT_TO_READ = Set.of(
            "apt-get", "apt", "aptitude", "dpkg", "apk", "yum", "dnf", "microdnf", "tdnf", "zypper", "rpm", "pacman",
            "pip", "pip3", "npm", "yarn", "pnpm", "gem", "bundle", "composer", "cargo", "go",
            "mkdir", "rm", "rmdir", "cp", "mv", "ln", "chmod", "chown", "chgrp", "touch", "cat", "echo", "printf", "tee",
            "tar", "unzip", "gzip", "gunzip", "xz", "bzip2", "curl", "wget", "sed", "grep", "awk", "find", "xargs",
            "sort", "head", "tail", "cut", "tr", "wc", "sha256sum", "sha512sum", "md5sum", "gpg", "gpgconf", "install",
            "useradd", "groupadd", "adduser", "addgroup", "usermod", "update-ca-certificates", "ldconfig", "locale-gen",
            "ls", "true", "false", "test", "[", "set", "export", "cd", "exit", "sleep", "id", "whoami", "uname",
            "update-alternatives", "dpkg-reconfigure", "mktemp", "basename", "dirname", "readlink", "realpath", "git");

    private EnvironmentReaders() {
    }

    /** {@code python3 -m pip …}: pip, run through the interpreter. */
    private static boolean isPipModule(RunCommand command) {
        return command.name().get().matches("python[\\d.]*") && command.argument(0).equals("-m")
                && command.argument(1).startsWith("pip");
    }

    /** Whether some command of the RUN might read a variable from its environment without naming it. */
    public static boolean mayReadUnnamed(RunInstruction run) {
        if (!run.shell().isAnalysed()) {
            return true;
        }
        for (RunCommand command : run.commands()) {
            if (command.command().words().isEmpty()) {
                continue; // assignments or redirections only
            }
            if (command.name().isEmpty() || !KNOWN_NOT_TO_READ.contains(command.name().get()) && !isPipModule(command)) {
                return true;
            }
        }
        return false;
    }
}
