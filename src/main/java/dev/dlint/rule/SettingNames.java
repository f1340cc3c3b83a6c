package dev.dlint.rule;

/**
 * How the user's configuration names the settings a rule's message may point to, so that a {@code .hadolint.yaml}
 * user is told to edit {@code trustedRegistries} in that file rather than a {@code .dlint.yaml} they do not have.
 *
 * @param trustedRegistries where trusted registries are listed ({@code trusted-registries in .dlint.yaml})
 * @param ignore            where a finding is ignored for good ({@code ignore: in .dlint.yaml})
 */
public record SettingNames(String trustedRegistries, String ignore) {

    /** dlint's own file, when the project has no configuration yet. */
    public static final SettingNames DLINT = new SettingNames("trusted-registries in .dlint.yaml",
            "ignore: in .dlint.yaml");
}
