package dev.dlint.config;

import java.util.List;
import java.util.Optional;

/**
 * Settings of a whole run that hadolint lets its configuration file and environment hold as well as the command
 * line; each is empty when that source does not set it, so that a later source only replaces what it sets.
 *
 * @param noFail  always exit 0 when every input was read ({@code no-fail}, {@code HADOLINT_NOFAIL})
 * @param noColor never colour the output ({@code no-color}, {@code NO_COLOR})
 * @param verbose say on stderr which configuration is used ({@code verbose}, {@code HADOLINT_VERBOSE})
 * @param formats the output formats by name ({@code format}/{@code formats}, {@code HADOLINT_FORMAT})
 */
public record RunSettings(Optional<Boolean> noFail, Optional<Boolean> noColor, Optional<Boolean> verbose,
                          List<String> formats) {

    public RunSettings {
        formats = List.copyOf(formats);
    }

    public static RunSettings none() {
        return new RunSettings(Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** These settings on top of {@code lower}: each one set here replaces the one there. */
    public RunSettings over(RunSettings lower) {
        return new RunSettings(noFail.or(lower::noFail), noColor.or(lower::noColor), verbose.or(lower::verbose),
                formats.isEmpty() ? lower.formats : formats);
    }
}
