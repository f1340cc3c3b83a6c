package dev.dlint.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Check names dlint knows but does not implement: BuildKit's check that needs a registry, and the codes hadolint
 * itself retired. They are accepted wherever a rule name is ({@code --ignore},
 * {@code ignore:} in configuration, {@code # check=skip=}, {@code # hadolint ignore=}), do nothing there, and
 * {@link Check#note} says why, so a file or configuration written for BuildKit or hadolint keeps working.
 */
public final class KnownForeignChecks {

    /**
     * One check dlint does not implement.
     *
     * @param name   the check's name as its tool spells it
     * @param tool   the tool that has it ({@code BuildKit}, {@code hadolint})
     * @param reason why dlint does not check it
     */
    public record Check(String name, String tool, String reason) {

        /** A one-line note for users: the name is accepted and skipped, and why. */
        public String note() {
            return tool + " check " + name + " is accepted and skipped: dlint does not check it because " + reason + ".";
        }
    }

    private static final String RETIRED = "hadolint retired it and no longer checks it either";

    private static final List<Check> CHECKS = checks();

    private KnownForeignChecks() {
    }

    private static List<Check> checks() {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("InvalidBaseImagePlatform", "BuildKit", "it compares the platform of the image a registry"
                + " returns with the build's target platform, which is only known after pulling the image"));
        for (String retired : List.of("DL3005", "DL3017", "DL3031", "DL3039")) {
            checks.add(new Check(retired, "hadolint", RETIRED));
        }
        return List.copyOf(checks);
    }

    /** Every known check dlint does not implement. */
    public static List<Check> all() {
        return CHECKS;
    }

    /** The check named {@code id} (case-insensitive). */
    public static Optional<Check> find(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return CHECKS.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
