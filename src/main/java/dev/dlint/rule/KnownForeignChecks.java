package dev.dlint.rule;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Check names dlint knows but does not implement, because what they check cannot be known without a registry or a
 * running build. They are accepted wherever a rule name is ({@code --ignore}, {@code ignore:} in configuration,
 * {@code # check=skip=}), do nothing there, and {@link #note} says why, so a file or configuration written for
 * BuildKit or hadolint keeps working.
 */
public final class KnownForeignChecks {

    /**
     * One check dlint does not implement.
     *
     * @param name   the check's name as its tool spells it
     * @param tool   the tool that has it ({@code BuildKit})
     * @param reason why dlint cannot check it statically
     */
    public record Check(String name, String tool, String reason) {

        /** A one-line note for users: the name is accepted and skipped, and why. */
        public String note() {
            return tool + " check " + name + " is accepted and skipped: dlint does not check it because " + reason + ".";
        }
    }

    private static final List<Check> CHECKS = List.of(new Check("InvalidBaseImagePlatform", "BuildKit",
            "it compares the platform of the image a registry returns with the build's target platform, which is"
                    + " only known after pulling the image"));

    private KnownForeignChecks() {
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
