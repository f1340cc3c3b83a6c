package dev.dlint.config;

import dev.dlint.rule.SettingNames;
import java.nio.file.Path;
import java.util.Optional;

/** The two schemas a configuration file may follow: dlint's ({@code .dlint.yaml}) and hadolint's. */
public enum ConfigDialect {
    DLINT("trusted-registries", "ignore:", ".dlint.yaml"),
    HADOLINT("trustedRegistries", "ignored:", ".hadolint.yaml");

    private final String trustedRegistriesKey;
    private final String ignoreKey;
    private final String defaultFile;

    ConfigDialect(String trustedRegistriesKey, String ignoreKey, String defaultFile) {
        this.trustedRegistriesKey = trustedRegistriesKey;
        this.ignoreKey = ignoreKey;
        this.defaultFile = defaultFile;
    }

    /** The settings as a file in this dialect names them: the file itself when there is one. */
    public SettingNames settingNames(Optional<Path> source) {
        String file = source.map(Path::toString).orElse(defaultFile);
        return new SettingNames(trustedRegistriesKey + " in " + file, ignoreKey + " in " + file);
    }
}
