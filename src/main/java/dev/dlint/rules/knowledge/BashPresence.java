package dev.dlint.rules.knowledge;

import dev.dlint.facts.CommandUse;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.BaseImage;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether {@code /bin/bash} exists in a stage at an instruction: the stage's root base image ships it (Debian, Ubuntu
 * and the Red Hat family, and the official language images built on Debian), lacks it (Alpine, BusyBox, distroless,
 * scratch), or an earlier RUN of the stage's chain installed it with a system package manager.
 */
public final class BashPresence {

    private static final Set<String> WITH_BASH = Set.of("centos", "fedora", "rockylinux", "almalinux", "amazonlinux",
            "oraclelinux", "ubi", "ubi8", "ubi9", "ubi-minimal", "ubi8-minimal", "ubi9-minimal", "archlinux",
            "buildpack-deps", "opensuse", "leap", "tumbleweed");
    private static final Set<String> WITHOUT_BASH = Set.of("alpine", "busybox", "scratch", "static", "base", "cc",
            "static-debian11", "static-debian12", "base-debian11", "base-debian12", "cc-debian12");

    private BashPresence() {
    }

    /** True when bash is known to exist, false when it is known not to, empty when dlint cannot tell. */
    public static Optional<Boolean> at(Instruction instruction, Stage stage, DockerfileFacts facts) {
        if (installedBefore(instruction, stage, facts)) {
            return Optional.of(true);
        }
        BaseImage base = facts.rootBase(stage);
        if (base instanceof BaseImage.Scratch) {
            return Optional.of(false);
        }
        if (!(base instanceof BaseImage.External)) {
            return Optional.empty();
        }
        BaseImage.External external = (BaseImage.External) base;
        String name = external.reference().imageName().toLowerCase(Locale.ROOT);
        if (external.reference().text().contains("distroless") || WITHOUT_BASH.contains(name)) {
            return Optional.of(false);
        }
        RuntimeBases.Family family = RuntimeBases.family(Optional.of(external.reference()));
        if (family == RuntimeBases.Family.ALPINE) {
            return Optional.of(false);
        }
        if (family != RuntimeBases.Family.OTHER || WITH_BASH.contains(name)) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    private static boolean installedBefore(Instruction instruction, Stage stage, DockerfileFacts facts) {
        for (Stage s : facts.dockerfile().lineage(stage)) {
            for (Instruction i : s.instructions()) {
                if (i == instruction) {
                    return false;
                }
                if (i instanceof RunInstruction) {
                    for (CommandUse use : facts.commands((RunInstruction) i)) {
                        if (use.systemInstall().map(packages -> packages.contains("bash")).orElse(false)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }
}
